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
    /// No connection, or the connection dropped.
    Network,
    /// The server refused some answers: the page to show again and each question's code.
    Rejected {
        page: String,
        errors: Vec<(String, ErrorCode)>,
    },
    /// The server had a problem or asked us to wait (5xx, 429), or answered something unreadable.
    Server,
}

#[derive(Deserialize)]
struct Receipt {
    reference: String,
}

#[derive(Deserialize)]
struct FieldError {
    question: String,
    code: ErrorCode,
}

#[derive(Deserialize)]
struct Refusal {
    #[serde(default)]
    code: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    errors: Vec<FieldError>,
}

fn endpoint() -> String {
    leptos::prelude::document()
        .query_selector("meta[name=\"portal-submissions\"]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| DEFAULT_ENDPOINT.to_string())
}

/// Sends the application and returns the reference number the server gave it.
pub async fn send(submission: &Submission<'_>) -> Result<String, SubmitError> {
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
        200 | 201 => json::parse::<Receipt>(&text)
            .map(|r| r.reference)
            .ok_or(SubmitError::Server),
        400 | 422 => {
            let refusal: Refusal = json::parse(&text).ok_or(SubmitError::Server)?;
            Err(SubmitError::Rejected {
                page: refusal.page,
                errors: refusal
                    .errors
                    .into_iter()
                    .map(|e| (e.question, e.code))
                    .collect(),
            })
        }
        // The server does not have this service at this version (it changed after the
        // application was filled in, and the department did not keep the old version): sending
        // again cannot help, so it is refused as a whole, to be checked against the service now.
        404 if json::parse::<Refusal>(&text).is_some_and(|r| r.code == UNKNOWN_SERVICE) => {
            Err(SubmitError::Rejected {
                page: String::new(),
                errors: Vec::new(),
            })
        }
        _ => Err(SubmitError::Server),
    }
}
