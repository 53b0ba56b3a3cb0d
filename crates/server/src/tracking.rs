//! Citizens follow their application and rate the service: `POST /api/track` and
//! `POST /api/ratings`, each with the reference and the tracking secret given with it. A wrong
//! reference and a wrong secret get the same answer (`404 not-found`), after the same work, so
//! neither can be found out on its own; both endpoints are rate limited with submissions.

use crate::api::{ApiState, client_of, error, is_json, read_body, unavailable};
use crate::store::StoreError;
use crate::store::workspace::{Application, Rating, RatingError};
use axum::Json;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use portal_forms::rating::{COMMENT_MOST, LEVELS, PROBLEMS};
use portal_forms::reference::{is_reference, is_secret};
use portal_forms::validate::has_hidden_characters;
use serde::Deserialize;
use serde_json::json;

/// Constant-time equality of two hex digests.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The request's body as `T`, after the rate limit and the content type; or the refusal.
async fn admitted<T: for<'de> Deserialize<'de>>(
    state: &ApiState,
    request: Request,
) -> Result<T, Response> {
    let client = client_of(&request, state.trusted_proxy_header.as_deref());
    if state.rate_limiter.check(&client).await.is_err() {
        return Err(error(StatusCode::TOO_MANY_REQUESTS, "rate-limited"));
    }
    if !is_json(&request) {
        return Err(error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
        ));
    }
    let bytes = read_body(request, 4096, state.body_timeout).await?;
    serde_json::from_slice(&bytes).map_err(|_| error(StatusCode::BAD_REQUEST, "malformed"))
}

/// The application `reference` if `secret` is its tracking secret; one refusal for every miss.
async fn unlocked(
    state: &ApiState,
    reference: &str,
    secret: &str,
) -> Result<Application, Response> {
    let Some(workspace) = state.workspace.clone() else {
        return Err(error(StatusCode::NOT_FOUND, "unknown-endpoint"));
    };
    let secret = secret.trim().to_ascii_uppercase();
    let reference = reference.trim().to_ascii_uppercase();
    let hash = crate::console::hash_token(&secret);
    let shaped = is_reference(&reference) && is_secret(&secret);
    let found = tokio::task::spawn_blocking(move || workspace.application(&reference)).await;
    let application = match found {
        Ok(Ok(application)) => application,
        Ok(Err(StoreError::Unavailable(_) | StoreError::KeyReused(_))) | Err(_) => {
            return Err(unavailable());
        }
    };
    application
        .filter(|a| {
            shaped
                && a.track_secret_hash
                    .as_deref()
                    .is_some_and(|h| same(h, &hash))
        })
        .ok_or_else(|| error(StatusCode::NOT_FOUND, "not-found"))
}

/// Whether `service` is rated as soon as it is sent (it decides nothing: a consultation).
fn rated_when_sent(state: &ApiState, service: &str) -> bool {
    state
        .definitions
        .latest(service)
        .is_some_and(|definition| definition.rated_when_sent)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrackRequest {
    reference: String,
    secret: String,
}

/// `POST /api/track` `{reference, secret}`: the status, its history with the department's
/// messages (not the staff's names), and the rating if given.
pub async fn track(State(state): State<ApiState>, request: Request) -> Response {
    let asked: TrackRequest = match admitted(&state, request).await {
        Ok(asked) => asked,
        Err(refusal) => return refusal,
    };
    let application = match unlocked(&state, &asked.reference, &asked.secret).await {
        Ok(application) => application,
        Err(refusal) => return refusal,
    };
    let rated_when_sent = rated_when_sent(&state, &application.service);
    let history: Vec<_> = application
        .history
        .iter()
        .map(|c| json!({ "status": c.to, "at": c.at, "message": c.message }))
        .collect();
    Json(json!({
        "reference": application.reference,
        "service": application.service,
        "received_at": application.received_at,
        "status": application.status,
        "history": history,
        "can_rate": portal_forms::rating::can_rate(application.status, rated_when_sent) && application.rating.is_none(),
        "rating": application.rating.as_ref().map(|r| json!({
            "level": r.level,
            "problems": r.problems,
            "comment": r.comment,
            "rated_at": r.rated_at,
            "reply": r.reply,
            "replied_at": r.replied_at,
        })),
    }))
    .into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RatingRequest {
    reference: String,
    secret: String,
    level: u8,
    #[serde(default)]
    problems: Vec<String>,
    #[serde(default)]
    comment: Option<String>,
}

/// `POST /api/ratings` `{reference, secret, level, problems?, comment?}`: one rating per
/// application, once it has been approved, refused or completed.
pub async fn rate(State(state): State<ApiState>, request: Request) -> Response {
    let asked: RatingRequest = match admitted(&state, request).await {
        Ok(asked) => asked,
        Err(refusal) => return refusal,
    };
    if !LEVELS.contains(&asked.level) {
        return error(StatusCode::BAD_REQUEST, "rating-level");
    }
    let mut problems = asked.problems.clone();
    problems.sort();
    problems.dedup();
    if problems.len() != asked.problems.len()
        || problems.iter().any(|p| !PROBLEMS.contains(&p.as_str()))
    {
        return error(StatusCode::BAD_REQUEST, "rating-problems");
    }
    let comment = asked
        .comment
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string);
    if let Some(comment) = &comment {
        if comment.chars().count() > COMMENT_MOST {
            return error(StatusCode::BAD_REQUEST, "comment-too-long");
        }
        if has_hidden_characters(comment, true) {
            return error(StatusCode::BAD_REQUEST, "comment-hidden-characters");
        }
    }
    let application = match unlocked(&state, &asked.reference, &asked.secret).await {
        Ok(application) => application,
        Err(refusal) => return refusal,
    };
    let Some(workspace) = state.workspace.clone() else {
        return error(StatusCode::NOT_FOUND, "unknown-endpoint");
    };
    let rating = Rating {
        level: asked.level,
        problems,
        comment,
        rated_at: crate::console::now(),
        reply: None,
        replied_at: None,
        replied_by: None,
    };
    let reference = application.reference.clone();
    let rated_when_sent = rated_when_sent(&state, &application.service);
    match tokio::task::spawn_blocking(move || workspace.rate(&reference, &rating, rated_when_sent))
        .await
    {
        Ok(Ok(Ok(()))) => (
            StatusCode::CREATED,
            Json(json!({ "reference": application.reference })),
        )
            .into_response(),
        Ok(Ok(Err(RatingError::NotFound))) => error(StatusCode::NOT_FOUND, "not-found"),
        Ok(Ok(Err(RatingError::NotEnded))) => error(StatusCode::CONFLICT, "not-ended"),
        Ok(Ok(Err(RatingError::AlreadyRated))) => error(StatusCode::CONFLICT, "already-rated"),
        _ => unavailable(),
    }
}
