//! The outbox's IndexedDB storage, through `public/outbox.js`.

use super::Waiting;
use super::sending::OutboxEntry;
use js_sys::{Array, Promise};
use leptos::logging::warn;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/public/outbox.js")]
extern "C" {
    #[wasm_bindgen(js_name = outboxPut)]
    fn outbox_put(entry: JsValue) -> Promise;
    #[wasm_bindgen(js_name = outboxAll)]
    fn outbox_all() -> Promise;
    #[wasm_bindgen(js_name = outboxRemove)]
    fn outbox_remove(key: &str) -> Promise;
    #[wasm_bindgen(js_name = outboxSummary)]
    fn outbox_summary() -> Promise;
    #[wasm_bindgen(js_name = outboxClear)]
    fn outbox_clear() -> Promise;
}

/// Which applications wait (key, service, refused), read without parsing the answers.
pub async fn summary() -> Vec<Waiting> {
    let Ok(list) = JsFuture::from(outbox_summary()).await else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .filter_map(|pair| {
            let pair = Array::from(&pair);
            Some(Waiting {
                key: pair.get(0).as_string()?,
                service: pair.get(1).as_string()?,
                refused: pair.get(2).as_bool() == Some(true),
            })
        })
        .collect()
}

/// Stores an entry durably; `Err` names why it could not be stored (e.g. the quota).
pub async fn put(entry: &OutboxEntry) -> Result<(), String> {
    let value =
        serde::Serialize::serialize(entry, &serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| e.to_string())?;
    JsFuture::from(outbox_put(value))
        .await
        .map(|_| ())
        .map_err(|e| {
            js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_else(|| "unknown".into())
        })
}

/// Every readable entry; a damaged one is skipped and reported, never blocks the others.
pub async fn all() -> Vec<OutboxEntry> {
    let Ok(list) = JsFuture::from(outbox_all()).await else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .filter_map(
            |value| match serde_wasm_bindgen::from_value::<OutboxEntry>(value) {
                Ok(entry) => Some(entry),
                Err(error) => {
                    warn!("outbox: a damaged entry was skipped: {error}");
                    None
                }
            },
        )
        .collect()
}

pub async fn remove(key: &str) {
    let _ = JsFuture::from(outbox_remove(key)).await;
}

/// Removes every entry, sent or not.
pub async fn clear() {
    let _ = JsFuture::from(outbox_clear()).await;
}
