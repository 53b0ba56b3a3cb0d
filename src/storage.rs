//! The device's local storage, for preferences and drafts, the tab's session storage for
//! references shown on a confirmation page, and the two cookies that tell portal-server the
//! citizen's language and display settings (so pages it sends, even without scripts, follow them). Applications waiting to be sent are kept elsewhere,
//! in IndexedDB, which survives storage pressure better (`crate::outbox`).
//! Storage can be missing or full (private browsing, quota); every call here then does nothing.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value for `key`, if storage works and holds one.
pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; a failure only means the preference is not remembered.
pub fn save(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes `key`; nothing happens if storage is unavailable.
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// A value kept only for this tab (e.g. the reference of an application just sent).
pub fn load_session(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

pub fn save_session(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes every value the portal keeps in this browser's local and tab storage (keys starting
/// with `portal.`), leaving other sites' and tools' keys alone.
pub fn remove_all() {
    for name in COOKIES {
        save_cookie(name, "", 0);
    }
    for storage in [local_storage(), session_storage()].into_iter().flatten() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with("portal."))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}

/// The cookies the portal sets, both read by portal-server: the language and display settings.
pub const LANGUAGE_COOKIE: &str = "portal-lang";
pub const DISPLAY_COOKIE: &str = "portal-display";
const COOKIES: [&str; 2] = [LANGUAGE_COOKIE, DISPLAY_COOKIE];
/// How long a choice is remembered: a year, in seconds.
pub const REMEMBER_SECONDS: u32 = 365 * 24 * 60 * 60;

/// The value of cookie `name`, if the page has it.
pub fn load_cookie(name: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?
        .document()?
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()?;
    let cookies = document.cookie().ok()?;
    cookies
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// Sets cookie `name` for this site for `seconds` (0 deletes it). Only preferences go in
/// cookies, never answers.
pub fn save_cookie(name: &str, value: &str, seconds: u32) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
    else {
        return;
    };
    let secure = if document
        .location()
        .is_some_and(|l| l.protocol().is_ok_and(|p| p == "https:"))
    {
        "; secure"
    } else {
        ""
    };
    let _ = document.set_cookie(&format!(
        "{name}={value}; path=/; max-age={seconds}; samesite=lax{secure}"
    ));
}
