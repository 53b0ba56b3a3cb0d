//! `POST /api/track` and `POST /api/ratings`: what the server answers, read into what the pages
//! show. A wrong reference and a wrong code get one answer from the server, and one here.

use crate::fetch::post_json;
use crate::service::json;
use portal_forms::status::Status;
use serde::{Deserialize, Serialize};
use wasm_bindgen_futures::JsFuture;

use super::RatingDraft;

/// One change of status, with the department's message to the citizen.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Change {
    pub status: Status,
    pub at: i64,
    #[serde(default)]
    pub message: Option<String>,
}

/// The citizen's rating as the server has it, with the department's answer.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GivenRating {
    pub level: u8,
    #[serde(default)]
    pub problems: Vec<String>,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub reply: Option<String>,
    #[serde(default)]
    pub replied_at: Option<i64>,
}

/// Where an application stands.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Progress {
    pub reference: String,
    pub service: String,
    pub received_at: i64,
    pub status: Status,
    #[serde(default)]
    pub history: Vec<Change>,
    #[serde(default)]
    pub can_rate: bool,
    #[serde(default)]
    pub rating: Option<GivenRating>,
}

/// Why no progress could be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrackError {
    /// No application with this reference and code (either may be wrong; nobody can tell which).
    NotFound,
    /// Too many tries from this connection: wait a minute.
    TooMany,
    /// No connection.
    Offline,
    /// The server could not answer now.
    Unavailable,
}

/// Why a rating was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RateError {
    /// No connection: kept on the device to be sent later.
    Offline,
    /// The server could not take it now (5xx, 429): kept to be sent later.
    Unavailable,
    /// This application was rated before.
    AlreadyRated,
    /// Refused for good, with the server's code.
    Refused(String),
}

#[derive(Serialize)]
struct Asked<'a> {
    reference: &'a str,
    secret: &'a str,
}

#[derive(Serialize)]
struct Rated<'a> {
    reference: &'a str,
    secret: &'a str,
    level: u8,
    problems: &'a [String],
    comment: &'a str,
}

#[derive(Deserialize, Default)]
struct Refusal {
    #[serde(default)]
    code: String,
}

/// The response's status and body text, or `None` when the network failed.
async fn post(path: &str, body: &impl Serialize) -> Option<(u16, String)> {
    let body = json::stringify(body)?;
    let response = post_json(path, &body).await?;
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Some((response.status(), text))
}

/// Where application `reference` stands, if `secret` is its tracking code.
pub async fn track(reference: &str, secret: &str) -> Result<Progress, TrackError> {
    let (status, text) = post("/api/track", &Asked { reference, secret })
        .await
        .ok_or(TrackError::Offline)?;
    match status {
        200 => json::parse(&text).ok_or(TrackError::Unavailable),
        404 => Err(TrackError::NotFound),
        429 => Err(TrackError::TooMany),
        _ => Err(TrackError::Unavailable),
    }
}

/// Sends the citizen's rating of application `reference`.
pub async fn rate(reference: &str, secret: &str, draft: &RatingDraft) -> Result<(), RateError> {
    let rated = Rated {
        reference,
        secret,
        level: draft.level,
        problems: &draft.problems,
        comment: &draft.comment,
    };
    let (status, text) = post("/api/ratings", &rated)
        .await
        .ok_or(RateError::Offline)?;
    let code = || json::parse::<Refusal>(&text).unwrap_or_default().code;
    match status {
        200 | 201 => Ok(()),
        409 if code() == "already-rated" => Err(RateError::AlreadyRated),
        408 | 429 | 500..=599 => Err(RateError::Unavailable),
        _ => Err(RateError::Refused(code())),
    }
}
