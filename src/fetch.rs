//! Fetching text from the portal's own origin. Every URL here is same-origin by construction:
//! callers pass absolute paths, never hosts.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a fetch gave no text. Logged, never shown raw to a citizen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The network failed (offline, DNS, connection reset).
    Network,
    /// The server answered with a status other than 2xx.
    Status(u16),
    /// The body could not be read as text.
    Body,
}

/// GETs `path` (absolute, same origin) and returns the body as text.
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Body)?;
    JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or(FetchError::Body)
}
