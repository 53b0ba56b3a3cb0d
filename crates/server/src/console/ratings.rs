//! Ratings for the department (好差评): the bad ones to answer within the deadline, each with
//! its answer for the citizen, and per-service figures for managers.

use super::applications::{MESSAGE_MOST, manager_of, own_application};
use super::session::signed_in;
use super::{ConsoleState, blocking, now};
use crate::api::{error, read_body};
use crate::store::workspace::ReplyError;
use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use portal_forms::rating::{is_bad, reply_deadline};
use portal_forms::validate::has_hidden_characters;
use serde::Deserialize;
use serde_json::json;

/// `GET /console/api/ratings`: the department's bad ratings, unanswered first by deadline, each
/// with its deadline and whether it is overdue.
pub async fn to_answer(State(state): State<ConsoleState>, request: Request) -> Response {
    let session = match signed_in(&state, &request).await {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let services = state
        .departments
        .get(&session.staff.department)
        .map(|d| d.services.clone())
        .unwrap_or_default();
    let workspace = state.workspace.clone();
    let mut ratings = match blocking(move || workspace.bad_ratings(&services)).await {
        Ok(ratings) => ratings,
        Err(refusal) => return refusal,
    };
    ratings.sort_by_key(|r| (r.replied_at.is_some(), r.rated_at));
    let now = now();
    let items: Vec<_> = ratings
        .into_iter()
        .map(|r| {
            let deadline =
                reply_deadline(r.rated_at, state.utc_offset_hours, state.rating_reply_days);
            json!({
                "reference": r.reference,
                "service": r.service,
                "level": r.level,
                "rated_at": r.rated_at,
                "deadline": deadline,
                "answered_at": r.replied_at,
                "overdue": r.replied_at.unwrap_or(now) > deadline,
            })
        })
        .collect();
    Json(json!({ "ratings": items, "reply_days": state.rating_reply_days })).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyRequest {
    reply: String,
}

/// `POST /console/api/applications/{reference}/rating-reply` `{reply}`: the department's answer
/// to a bad rating, shown to the citizen on their progress page. Once.
pub async fn reply(
    State(state): State<ConsoleState>,
    Path(reference): Path<String>,
    request: Request,
) -> Response {
    let session = match signed_in(&state, &request).await {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let application = match own_application(&state, &session.staff, reference).await {
        Ok(application) => application,
        Err(refusal) => return refusal,
    };
    let bytes = match read_body(request, super::BODY_LIMIT, state.body_timeout).await {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal,
    };
    let Ok(asked) = serde_json::from_slice::<ReplyRequest>(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "malformed");
    };
    let text = asked.reply.trim().to_string();
    if text.is_empty() {
        return error(StatusCode::BAD_REQUEST, "reply-missing");
    }
    if text.chars().count() > MESSAGE_MOST {
        return error(StatusCode::BAD_REQUEST, "message-too-long");
    }
    if has_hidden_characters(&text, true) {
        return error(StatusCode::BAD_REQUEST, "message-hidden-characters");
    }
    let workspace = state.workspace.clone();
    let staff = session.staff.clone();
    let wanted = application.reference.clone();
    let audit = super::entry(
        Some(&session.staff),
        "reply-rating",
        Some(application.reference.clone()),
        None,
    );
    let outcome =
        match blocking(move || workspace.reply_to_rating(&wanted, &text, &staff, now(), &audit))
            .await
        {
            Ok(outcome) => outcome,
            Err(refusal) => return refusal,
        };
    match outcome {
        Ok(()) => Json(json!({ "reference": application.reference })).into_response(),
        Err(ReplyError::NotFound) => error(StatusCode::NOT_FOUND, "not-found"),
        Err(ReplyError::NothingToAnswer) => error(StatusCode::CONFLICT, "no-bad-rating"),
        Err(ReplyError::AlreadyAnswered) => error(StatusCode::CONFLICT, "already-answered"),
    }
}

/// `GET /console/api/services/{service}/figures`: managers see how the service is rated —
/// the count at each level, and the bad ratings unanswered and overdue.
pub async fn figures(
    State(state): State<ConsoleState>,
    Path(service): Path<String>,
    request: Request,
) -> Response {
    if let Err(refusal) = manager_of(&state, &request, &service).await {
        return refusal;
    }
    let workspace = state.workspace.clone();
    let wanted = service.clone();
    let found = blocking(move || {
        Ok((
            workspace.rating_counts(&wanted)?,
            workspace.bad_ratings(std::slice::from_ref(&wanted))?,
        ))
    })
    .await;
    let (levels, bad) = match found {
        Ok(found) => found,
        Err(refusal) => return refusal,
    };
    let now = now();
    let unanswered = bad.iter().filter(|r| r.replied_at.is_none()).count();
    let overdue = bad
        .iter()
        .filter(|r| {
            is_bad(r.level)
                && r.replied_at.unwrap_or(now)
                    > reply_deadline(r.rated_at, state.utc_offset_hours, state.rating_reply_days)
        })
        .count();
    Json(json!({
        "service": service,
        "ratings": {
            "count": levels.iter().sum::<u64>(),
            "levels": levels,
            "unanswered": unanswered,
            "overdue": overdue,
        }
    }))
    .into_response()
}
