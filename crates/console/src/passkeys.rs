//! The browser's passkey calls (`public/webauthn.js`): JSON options in, JSON credential out.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/public/webauthn.js")]
extern "C" {
    #[wasm_bindgen(js_name = createPasskey)]
    fn create_passkey(options: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = usePasskey)]
    fn use_passkey(options: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = passkeysAvailable)]
    pub fn passkeys_available() -> bool;
}

/// Creates a passkey for the server's options; `None` if the staff member cancelled or the
/// device refused.
pub async fn create(options: &serde_json::Value) -> Option<serde_json::Value> {
    let text = JsFuture::from(create_passkey(&options.to_string()))
        .await
        .ok()?;
    serde_json::from_str(&text.as_string()?).ok()
}

/// Signs the server's challenge with a passkey of this site.
pub async fn sign(options: &serde_json::Value) -> Option<serde_json::Value> {
    let text = JsFuture::from(use_passkey(&options.to_string()))
        .await
        .ok()?;
    serde_json::from_str(&text.as_string()?).ok()
}
