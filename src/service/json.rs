//! JSON through the browser's own `JSON.parse` and `JSON.stringify`, so the wasm carries no JSON
//! parser; serde-wasm-bindgen maps the values to and from Rust types. Rendering natively (the
//! prerender) there is no browser, and serde_json reads what it needs.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Parses `text` into `T`; `None` for malformed JSON or the wrong shape (logged, never a panic).
pub fn parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    #[cfg(feature = "ssr")]
    let parsed = serde_json::from_str(text);
    #[cfg(not(feature = "ssr"))]
    let parsed = serde_wasm_bindgen::from_value(js_sys::JSON::parse(text).ok()?);
    parsed.map_err(|e| leptos::logging::warn!("json: {e}")).ok()
}

/// Writes `value` as JSON text (maps become objects, as a server expects).
pub fn stringify<T: Serialize>(value: &T) -> Option<String> {
    let value = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&value).ok().map(String::from)
}
