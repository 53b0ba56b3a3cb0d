//! The applications sent from this device: reference, tracking code, service, the latest status
//! seen (so the list reads offline) and a rating waiting to be sent. Kept in local storage under
//! `portal.sent` (the privacy notice's "delete everything" removes it), newest first, at most
//! [`MOST`] of them.

use crate::service::json;
use crate::storage;
use portal_forms::status::Status;
use serde::{Deserialize, Serialize};

const KEY: &str = "portal.sent";
/// How many sent applications are kept; older ones give way.
const MOST: usize = 20;

/// A rating as the citizen gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatingDraft {
    pub level: u8,
    pub problems: Vec<String>,
    pub comment: String,
}

/// One application sent from this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    pub reference: String,
    /// The tracking code given with the reference (empty if the server gave none).
    pub secret: String,
    pub service: String,
    /// The latest status seen, and when it was set (seconds since 1970).
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub status_at: Option<i64>,
    /// A rating given offline, waiting to be sent.
    #[serde(default)]
    pub waiting_rating: Option<RatingDraft>,
    /// Whether it has been rated.
    #[serde(default)]
    pub rated: bool,
}

/// Every application kept, newest first.
pub fn all() -> Vec<Sent> {
    storage::load(KEY)
        .and_then(|text| json::parse(&text))
        .unwrap_or_default()
}

fn save(list: &[Sent]) {
    if list.is_empty() {
        storage::remove(KEY);
    } else if let Some(text) = json::stringify(&list) {
        storage::save(KEY, &text);
    }
}

/// Whether any application sent from this device is kept (cheap: the main wasm asks).
pub fn has_sent() -> bool {
    storage::load(KEY).is_some_and(|text| text.len() > 2)
}

/// Whether a rating waits to be sent (cheap: the main wasm asks at start-up).
pub fn has_waiting_rating() -> bool {
    storage::load(KEY).is_some_and(|text| text.contains("\"waiting_rating\":{"))
}

/// Keeps an application just sent (again after a retry: once).
pub fn remember(reference: &str, secret: &str, service: &str) {
    let mut list = all();
    if list.iter().any(|s| s.reference == reference) {
        return;
    }
    list.insert(
        0,
        Sent {
            reference: reference.to_string(),
            secret: secret.to_string(),
            service: service.to_string(),
            status: Some(Status::Received),
            status_at: None,
            waiting_rating: None,
            rated: false,
        },
    );
    list.truncate(MOST);
    save(&list);
}

/// Changes the kept application `reference`, if kept.
pub fn update(reference: &str, change: impl FnOnce(&mut Sent)) {
    let mut list = all();
    if let Some(sent) = list.iter_mut().find(|s| s.reference == reference) {
        change(sent);
        save(&list);
    }
}

/// Keeps a rating to send later for application `reference`, adding the application to the
/// device if it is not there (looked up with a code typed on this device); `false` if storage
/// did not take it.
pub fn keep_rating(reference: &str, secret: &str, service: &str, draft: RatingDraft) -> bool {
    if !all().iter().any(|s| s.reference == reference) {
        remember(reference, secret, service);
    }
    update(reference, |s| s.waiting_rating = Some(draft.clone()));
    all()
        .iter()
        .any(|s| s.reference == reference && s.waiting_rating.as_ref() == Some(&draft))
}

/// Removes application `reference` from this device.
pub fn forget(reference: &str) {
    let mut list = all();
    list.retain(|s| s.reference != reference);
    save(&list);
}
