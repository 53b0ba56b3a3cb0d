//! Talking to the portal's own origin: fetching text and posting JSON. Every URL here is
//! same-origin by construction: callers pass absolute paths, never hosts.

use js_sys::Promise;
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

impl FetchError {
    /// A short code for logs.
    pub fn code(&self) -> String {
        match self {
            FetchError::Network => "network".into(),
            FetchError::Status(status) => format!("status {status}"),
            FetchError::Body => "body".into(),
        }
    }
}

/// Sends a GET for `path` (absolute, same origin) at once; await it with [`fetch_text`].
pub fn start_fetch(path: &str) -> Option<Promise> {
    Some(web_sys::window()?.fetch_with_str(path))
}

/// The body of a fetch started by [`start_fetch`], as text.
pub async fn fetch_text(request: Option<Promise>) -> Result<String, FetchError> {
    let response = JsFuture::from(request.ok_or(FetchError::Network)?)
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Body)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::Body)
}

/// Sends a POST of `body` as JSON to `path` (same origin) at once; await it with
/// [`post_json`], or drop it when the answer does not matter.
pub fn start_post(path: &str, body: &str) -> Option<Promise> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let headers = web_sys::Headers::new().ok()?;
    let _ = headers.set("Content-Type", "application/json");
    init.set_headers(&headers);
    Some(web_sys::window()?.fetch_with_str_and_init(path, &init))
}

/// POSTs `body` as JSON to `path` (same origin); the response whatever its status, or `None`
/// when the network failed.
pub async fn post_json(path: &str, body: &str) -> Option<web_sys::Response> {
    let response = JsFuture::from(start_post(path, body)?).await.ok()?;
    response.dyn_into().ok()
}

/// Where the prerender reads what the browser would fetch: the built `dist/` folder.
#[cfg(feature = "ssr")]
static LOCAL_ROOT: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

/// Sets the folder [`read_local`] reads from (the prerender, once, before rendering).
#[cfg(feature = "ssr")]
pub fn set_local_root(root: std::path::PathBuf) {
    let _ = LOCAL_ROOT.set(root);
}

/// When pages are rendered natively, the body of `path` read from the built files at once, as
/// the browser would fetch it; `None` in the browser, or when the file is not there.
pub fn read_local(path: &str) -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        let root = LOCAL_ROOT.get()?;
        std::fs::read_to_string(root.join(path.trim_start_matches('/'))).ok()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = path;
        None
    }
}
