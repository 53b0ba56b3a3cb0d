//! The outbox's IndexedDB storage, through `public/outbox.js`, and what an entry holds.

use super::Waiting;
use js_sys::{Array, Promise};
use leptos::logging::warn;
use portal_forms::{Answers, ErrorCode};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// An application waiting to be sent, as stored on the device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub idempotency_key: String,
    pub service: String,
    pub version: u32,
    pub language: String,
    pub answers: Answers,
    /// When it was queued, in milliseconds since 1970.
    pub queued_at: f64,
    /// Set when the server refused it while it was being sent in the background: then it is
    /// kept, no longer sent, and shown on the home page until the citizen corrects or deletes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<Refused>,
}

/// What the server refused: the page to show again and each question's code (no page: the
/// application as a whole).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Refused {
    pub page: String,
    pub errors: Vec<(String, ErrorCode)>,
    /// Set when an application with this key had already been sent with other answers: that
    /// one's reference, or empty if the server did not say. Correcting cannot help then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub already_sent: Option<String>,
}

#[wasm_bindgen(module = "/public/outbox.js")]
extern "C" {
    #[wasm_bindgen(js_name = outboxPut)]
    fn outbox_put(entry: JsValue) -> Promise;
    #[wasm_bindgen(js_name = outboxAll)]
    fn outbox_all() -> Promise;
    #[wasm_bindgen(js_name = outboxGet)]
    fn outbox_get(key: &str) -> Promise;
    #[wasm_bindgen(js_name = outboxRemove)]
    fn outbox_remove(key: &str) -> Promise;
    #[wasm_bindgen(js_name = outboxSummary)]
    fn outbox_summary() -> Promise;
    #[wasm_bindgen(js_name = outboxClear)]
    fn outbox_clear() -> Promise;
}

/// Which applications wait (key, service, refused, already sent), read without parsing the
/// answers.
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
                already_sent: pair.get(3).as_string(),
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

/// The entry stored under `key`, if it is still there and readable.
pub async fn get(key: &str) -> Option<OutboxEntry> {
    let value = JsFuture::from(outbox_get(key)).await.ok()?;
    if value.is_undefined() {
        return None;
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|error| warn!("outbox: a damaged entry was skipped: {error}"))
        .ok()
}

pub async fn remove(key: &str) {
    let _ = JsFuture::from(outbox_remove(key)).await;
}

/// Removes every entry, sent or not.
pub async fn clear() {
    let _ = JsFuture::from(outbox_clear()).await;
}
