//! The JSON API: `POST /api/submissions`, `GET /api/health` and page feedback. Every refusal is
//! a 4xx with a machine-readable code; nothing a client sends can cause a 500 or a partial row,
//! and no client can hold a request open longer than the body timeout.

use crate::definitions::Definitions;
use crate::rate_limit::RateLimiter;
use crate::store::{NewSubmission, StoreError, Stored, SubmissionStore};
use axum::Json;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_forms::journey::{SubmissionError, validate_submission};
use portal_forms::{Answers, CivilDate};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::sync::Arc;

#[derive(Clone)]
pub struct ApiState {
    pub store: Arc<dyn SubmissionStore>,
    /// Statuses and ratings, for progress look-up; `None`: `/api/track` and `/api/ratings` are
    /// not served.
    pub workspace: Option<Arc<dyn crate::store::WorkspaceStore>>,
    pub definitions: Arc<Definitions>,
    pub max_body: usize,
    pub body_timeout: std::time::Duration,
    pub utc_offset_hours: i32,
    pub rate_limiter: Arc<RateLimiter>,
    pub trusted_proxy_header: Option<String>,
    /// Where refusals on question pages are counted (per page, code and day, nothing else).
    pub tallies: Arc<crate::tallies::Tallies>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubmissionRequest {
    service: String,
    version: u32,
    language: String,
    idempotency_key: String,
    #[serde(deserialize_with = "portal_forms::answers::deserialize_unique")]
    answers: Answers,
}

/// How long a client should wait before retrying after a 503.
const RETRY_AFTER_SECONDS: &str = "30";

pub(crate) fn error(status: StatusCode, code: &str) -> Response {
    (status, Json(json!({ "code": code }))).into_response()
}

/// Today in the configured time zone.
pub fn today(utc_offset_hours: i32) -> CivilDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    CivilDate::from_days_since_epoch(
        (seconds + i64::from(utc_offset_hours) * 3600).div_euclid(86_400),
    )
}

/// The tracking secret of the application sent with `idempotency_key`: derived from the key,
/// which only the sender knows, so a retry after a lost answer gets the same secret back and the
/// server keeps only its hash.
pub(crate) fn tracking_secret(idempotency_key: &str) -> String {
    let digest = Sha256::digest(format!("portal-track\u{0}{idempotency_key}"));
    let mut bytes = [0u8; portal_forms::reference::SECRET_LENGTH];
    bytes.copy_from_slice(&digest[..portal_forms::reference::SECRET_LENGTH]);
    portal_forms::reference::secret_from_bytes(bytes)
}

fn is_token(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Who is asking: the trusted proxy's header when configured, else the connection's address.
/// Of the header's addresses the last is used, the one the proxy added: a client can send the
/// header itself with any addresses in front (`X-Forwarded-For: spoofed, real`).
pub(crate) fn client_of(request: &Request, trusted_header: Option<&str>) -> String {
    let forwarded = trusted_header
        .and_then(|name| request.headers().get_all(name).iter().next_back())
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty());
    forwarded
        .or_else(|| {
            request
                .extensions()
                .get::<ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip().to_string())
        })
        .unwrap_or_else(|| "unknown".to_string())
}

/// Whether the body is declared JSON (which also keeps other sites' plain forms out).
pub(crate) fn is_json(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
        })
}

/// The whole body, or the answer for a client that sent too much, something unreadable or too
/// slowly: a declared length over `limit` is refused before anything is read.
pub(crate) async fn read_body(
    request: Request,
    limit: usize,
    timeout: std::time::Duration,
) -> Result<axum::body::Bytes, Response> {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(error(StatusCode::PAYLOAD_TOO_LARGE, "too-large"));
    }
    let reading = axum::body::to_bytes(request.into_body(), limit);
    match tokio::time::timeout(timeout, reading).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(failure)) => {
            let too_large = std::error::Error::source(&failure)
                .is_some_and(|cause| cause.is::<http_body_util::LengthLimitError>());
            Err(if too_large {
                error(StatusCode::PAYLOAD_TOO_LARGE, "too-large")
            } else {
                error(StatusCode::BAD_REQUEST, "malformed")
            })
        }
        Err(_) => Err(error(StatusCode::REQUEST_TIMEOUT, "timeout")),
    }
}

pub async fn submit(State(state): State<ApiState>, request: Request) -> Response {
    let client = client_of(&request, state.trusted_proxy_header.as_deref());
    if let Err(wait) = state.rate_limiter.check(&client).await {
        let mut response = error(StatusCode::TOO_MANY_REQUESTS, "rate-limited");
        if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return response;
    }
    if !is_json(&request) {
        return error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    }
    let bytes = match read_body(request, state.max_body, state.body_timeout).await {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal,
    };
    let Ok(request) = serde_json::from_slice::<SubmissionRequest>(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "malformed");
    };
    if !is_token(&request.idempotency_key, 8, 100) || !is_token(&request.language, 2, 16) {
        return error(StatusCode::BAD_REQUEST, "malformed");
    }
    let Some(service) = state.definitions.get(&request.service, request.version) else {
        return error(StatusCode::NOT_FOUND, "unknown-service");
    };
    let answers =
        match validate_submission(service, &request.answers, today(state.utc_offset_hours)) {
            Ok(answers) => answers,
            Err(SubmissionError::Invalid { page, errors }) => {
                let errors: Vec<_> = errors
                    .iter()
                    .map(|(question, code)| json!({ "question": question, "code": code }))
                    .collect();
                return (
                    StatusCode::BAD_REQUEST,
                    Json(json!({ "code": "invalid", "page": page, "errors": errors })),
                )
                    .into_response();
            }
            Err(SubmissionError::Exited(exit)) => {
                return (
                    StatusCode::BAD_REQUEST,
                    Json(json!({ "code": "exited", "exit": exit })),
                )
                    .into_response();
            }
            Err(SubmissionError::UnknownQuestion(question)) => {
                return (
                    StatusCode::BAD_REQUEST,
                    Json(json!({ "code": "unknown-question", "question": question })),
                )
                    .into_response();
            }
        };
    let raw = serde_json::to_string(&request.answers).unwrap_or_default();
    let digest = Sha256::digest(format!(
        "{}\u{0}{}\u{0}{raw}",
        request.service, request.version
    ));
    let secret = tracking_secret(&request.idempotency_key);
    let submission = NewSubmission {
        service: request.service.clone(),
        version: request.version,
        language: request.language,
        idempotency_key: request.idempotency_key,
        request_digest: digest.iter().map(|b| format!("{b:02x}")).collect(),
        answers_json: serde_json::to_string(&answers).unwrap_or_default(),
        track_secret_hash: crate::console::hash_token(&secret),
        received_at: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64),
    };
    let store = state.store.clone();
    let stored = tokio::task::spawn_blocking(move || store.insert(submission)).await;
    match stored {
        Ok(Ok(Stored::Created(reference))) => {
            tracing::info!(service = %request.service, "submission stored");
            (
                StatusCode::CREATED,
                Json(json!({ "reference": reference, "secret": secret })),
            )
                .into_response()
        }
        Ok(Ok(Stored::AlreadyStored(reference))) => {
            tracing::info!(service = %request.service, "repeated submission answered from storage");
            (
                StatusCode::OK,
                Json(json!({ "reference": reference, "secret": secret })),
            )
                .into_response()
        }
        // Only the sender knows the key (a random secret), so it may learn the reference of the
        // application it sent before with other answers.
        Ok(Err(StoreError::KeyReused(reference))) => (
            StatusCode::CONFLICT,
            Json(json!({ "code": "idempotency-key-reused", "reference": reference })),
        )
            .into_response(),
        Ok(Err(StoreError::Unavailable(reason))) => {
            tracing::error!(%reason, "storage unavailable");
            unavailable()
        }
        Err(join) => {
            tracing::error!(%join, "storage task failed");
            unavailable()
        }
    }
}

pub(crate) fn unavailable() -> Response {
    let mut response = error(StatusCode::SERVICE_UNAVAILABLE, "unavailable");
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECONDS),
    );
    response
}

pub async fn health(State(state): State<ApiState>) -> Response {
    let store = state.store.clone();
    match tokio::task::spawn_blocking(move || store.ready()).await {
        Ok(true) => (StatusCode::OK, Json(json!({ "status": "ready" }))).into_response(),
        _ => unavailable(),
    }
}

pub async fn unknown_endpoint() -> Response {
    error(StatusCode::NOT_FOUND, "unknown-endpoint")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeedbackRequest {
    service: String,
    useful: bool,
}

/// `POST /api/feedback`: one "Was this page useful?" answer for a service's information page.
/// Only the count goes up; nothing about who answered is kept. Rate limited like submissions.
pub async fn feedback(State(state): State<ApiState>, request: Request) -> Response {
    let client = client_of(&request, state.trusted_proxy_header.as_deref());
    if state.rate_limiter.check(&client).await.is_err() {
        return error(StatusCode::TOO_MANY_REQUESTS, "rate-limited");
    }
    if !is_json(&request) {
        return error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    }
    let bytes = match read_body(request, 1024, state.body_timeout).await {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal,
    };
    let Ok(request) = serde_json::from_slice::<FeedbackRequest>(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "malformed");
    };
    if state.definitions.latest(&request.service).is_none() {
        return error(StatusCode::NOT_FOUND, "unknown-service");
    }
    let store = state.store.clone();
    match tokio::task::spawn_blocking(move || {
        store.count_feedback(&request.service, request.useful)
    })
    .await
    {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        _ => unavailable(),
    }
}

/// `GET /api/feedback`: the counts for every service, for the departments (no personal data).
pub async fn feedback_counts(State(state): State<ApiState>) -> Response {
    let store = state.store.clone();
    match tokio::task::spawn_blocking(move || store.feedback()).await {
        Ok(Ok(counts)) => {
            let services: serde_json::Map<String, serde_json::Value> = counts
                .into_iter()
                .map(|c| (c.service, json!({ "yes": c.yes, "no": c.no })))
                .collect();
            Json(json!({ "services": services })).into_response()
        }
        _ => unavailable(),
    }
}
