//! JSON through the browser's own `JSON.parse` and `JSON.stringify`, so the wasm carries no JSON
//! parser; serde-wasm-bindgen maps the values to and from Rust types.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Parses `text` into `T`; `None` for malformed JSON or the wrong shape (logged, never a panic).
pub fn parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    let value = js_sys::JSON::parse(text).ok()?;
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| leptos::logging::warn!("json: {e}"))
        .ok()
}

/// Writes `value` as JSON text (maps become objects, as a server expects).
pub fn stringify<T: Serialize>(value: &T) -> Option<String> {
    let value = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&value).ok().map(String::from)
}
