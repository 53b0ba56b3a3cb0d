//! The device's local storage, for preferences and drafts, and the tab's session storage for
//! references shown on a confirmation page. Applications waiting to be sent are kept elsewhere,
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
