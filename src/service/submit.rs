//! Sending a finished application: one POST of JSON to the submissions endpoint. The endpoint
//! can be set per deployment with `<meta name="portal-submissions" content="…">`.

use super::json;
use crate::fetch::post_json;
use portal_forms::{Answers, ErrorCode};
use serde::{Deserialize, Serialize};
use wasm_bindgen_futures::JsFuture;

const DEFAULT_ENDPOINT: &str = "/api/submissions";
/// portal-server's code for a service or version it does not have.
const UNKNOWN_SERVICE: &str = "unknown-service";
/// portal-server's code for answers it found invalid, with the page and each question's code.
const INVALID: &str = "invalid";
/// portal-server's codes for answers that lead to an exit page, or answer an unknown question.
const EXITED: &str = "exited";
const UNKNOWN_QUESTION: &str = "unknown-question";

#[derive(Serialize)]
pub struct Submission<'a> {
    pub service: &'a str,
    pub version: u32,
    pub language: &'a str,
    pub idempotency_key: &'a str,
    pub answers: &'a Answers,
}

/// Why sending failed. The answers are kept in every case.
#[derive(Debug, Clone, PartialEq)]
pub enum SubmitError {
    /// No connection, or the connection dropped: send again later.
    Network,
    /// The server had a problem or asked us to wait (5xx, 408, 429), or answered something
    /// unreadable: send again later.
    Server,
    /// The server refused some answers: the page to show again and each question's code. With
    /// no page, the application as a whole (e.g. a service version the server no longer has).
    Rejected {
        page: String,
        errors: Vec<(String, ErrorCode)>,
    },
    /// The application is larger than the server takes (413): some answer is too long.
    TooLarge,
    /// An application with this key was sent before with other answers (409): the department
    /// has that one, under this reference if the server said.
    AlreadySent { reference: Option<String> },
    /// Any other refusal (4xx): sending the same again cannot help.
    Refused(u16),
}

impl SubmitError {
    /// Whether sending the same application again later may succeed.
    pub fn is_temporary(&self) -> bool {
        matches!(self, SubmitError::Network | SubmitError::Server)
    }
}

/// What the server gives for an accepted application: its reference, and the tracking code the
/// citizen looks its progress up with (empty from a server that gives none).
#[derive(Deserialize)]
pub struct Receipt {
    pub reference: String,
    #[serde(default)]
    pub secret: String,
}

#[derive(Deserialize)]
struct FieldError {
    question: String,
    code: ErrorCode,
}

#[derive(Deserialize, Default)]
struct Refusal {
    #[serde(default)]
    code: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    errors: Vec<FieldError>,
    #[serde(default)]
    reference: Option<String>,
}

fn endpoint() -> String {
    leptos::prelude::document()
        .query_selector("meta[name=\"portal-submissions\"]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| DEFAULT_ENDPOINT.to_string())
}

/// Sends the application and returns the reference number and tracking code the server gave it.
pub async fn send(submission: &Submission<'_>) -> Result<Receipt, SubmitError> {
    let body = json::stringify(submission).ok_or(SubmitError::Server)?;
    let response = post_json(&endpoint(), &body)
        .await
        .ok_or(SubmitError::Network)?;
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    match status {
        200 | 201 => json::parse::<Receipt>(&text).ok_or(SubmitError::Server),
        // Every other 4xx is final: the same request would be refused again.
        408 | 429 => Err(SubmitError::Server),
        400..=499 => Err(refusal(status, json::parse(&text).unwrap_or_default())),
        _ => Err(SubmitError::Server),
    }
}

/// What a final refusal means for the citizen.
fn refusal(status: u16, refusal: Refusal) -> SubmitError {
    match (status, refusal.code.as_str()) {
        (400, INVALID) => SubmitError::Rejected {
            page: refusal.page,
            errors: refusal
                .errors
                .into_iter()
                .map(|e| (e.question, e.code))
                .collect(),
        },
        // The answers lead to an exit page or name a question the service does not ask, or
        // the server does not have this service at this version (it changed after the
        // application was filled in, and the department did not keep the old version): it is
        // refused as a whole, to be checked against the service as it is now.
        (400, EXITED | UNKNOWN_QUESTION) | (404, UNKNOWN_SERVICE) => SubmitError::Rejected {
            page: String::new(),
            errors: Vec::new(),
        },
        (409, _) => SubmitError::AlreadySent {
            reference: refusal.reference,
        },
        (413, _) => SubmitError::TooLarge,
        (status, _) => SubmitError::Refused(status),
    }
}
