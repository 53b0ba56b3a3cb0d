//! The citizen's answers kept on this device until they are sent, deleted after 7 days so an old
//! shared-phone session never comes back. If the department changed the service meanwhile, the
//! answers to questions it still asks are kept (and checked again), the others dropped. A
//! damaged draft is ignored, never an error.

use super::json;
use crate::storage;
use portal_forms::Answers;
use serde::{Deserialize, Serialize};

/// How long a draft is kept.
pub const DRAFT_DAYS: f64 = 7.0;
const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

#[derive(Serialize, Deserialize)]
pub struct Draft {
    pub version: u32,
    /// When it was last saved, in milliseconds since 1970 (the browser's clock).
    pub saved_at: f64,
    pub answers: Answers,
    /// The key that makes sending it twice store it once.
    pub idempotency_key: String,
}

fn key(service: &str) -> String {
    format!("portal.draft.{service}")
}

/// The saved draft for `service`, if it exists and is recent. A draft made with another version
/// of the service keeps only the answers to questions the service still has (`asks`), and keeps
/// its old `version` so that the caller can say the questions changed; every answer is
/// validated again on its page, and the server validates the whole application.
pub fn load(service: &str, version: u32, asks: impl Fn(&str) -> bool) -> Option<Draft> {
    let mut draft: Draft = json::parse(&storage::load(&key(service))?)?;
    let fresh = js_sys::Date::now() - draft.saved_at < DRAFT_DAYS * DAY_MS;
    if draft.version != version {
        draft.answers.retain(|question, _| asks(question));
    }
    if fresh && !draft.answers.is_empty() {
        Some(draft)
    } else {
        remove(service);
        None
    }
}

pub fn save(service: &str, draft: &Draft) {
    if let Some(text) = json::stringify(draft) {
        storage::save(&key(service), &text);
    }
}

/// Whether a draft is saved for `service`, whatever its state.
pub fn exists(service: &str) -> bool {
    storage::load(&key(service)).is_some()
}

pub fn remove(service: &str) {
    storage::remove(&key(service));
}
