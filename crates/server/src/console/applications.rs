//! A department's applications: the inbox per service (newest first, filtered by status, paged
//! by position so tens of thousands page as fast as ten), one application whole, status changes
//! with a message to the citizen, and the managers' export. Staff of another department get the
//! same 404 as for a reference that does not exist.

use super::session::signed_in;
use super::{ConsoleState, blocking, record};
use crate::api::{error, read_body};
use crate::settings::ExportFormat;
use crate::store::workspace::{InboxQuery, Role, Session, StaffMember, StatusChangeError};
use axum::Json;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_forms::status::Status;
use portal_forms::validate::has_hidden_characters;
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;

/// Most applications on one inbox page, and the default.
const PAGE_MOST: usize = 200;
const PAGE_DEFAULT: usize = 50;
/// Longest message to the citizen, in characters.
pub const MESSAGE_MOST: usize = 2000;

pub(super) fn owns(state: &ConsoleState, staff: &StaffMember, service: &str) -> bool {
    state
        .departments
        .owner_of(service)
        .is_some_and(|d| d.id == staff.department)
}

/// The session of a manager (or administrator) of the department that owns `service`, or the
/// refusal: not signed in, an unknown service, another department's, or a caseworker.
pub(super) fn manager_of<'a>(
    state: &'a ConsoleState,
    request: &Request,
    service: &'a str,
) -> impl std::future::Future<Output = Result<Session, Response>> + Send + 'a {
    // The request is read now: it cannot be shared between threads while the session is looked up.
    let signed = signed_in(state, request);
    async move {
        let session = signed.await?;
        if state.departments.owner_of(service).is_none() {
            return Err(error(StatusCode::NOT_FOUND, "unknown-service"));
        }
        if !owns(state, &session.staff, service) {
            return Err(error(StatusCode::FORBIDDEN, "not-your-department"));
        }
        if session.staff.role < Role::Manager {
            return Err(error(StatusCode::FORBIDDEN, "role"));
        }
        Ok(session)
    }
}

/// `before` cursors are `<received_at>.<id>` as given in an earlier page's `next`.
fn parse_cursor(text: &str) -> Option<(i64, i64)> {
    let (time, id) = text.split_once('.')?;
    Some((time.parse().ok()?, id.parse().ok()?))
}

/// `GET /console/api/services/{service}/applications?status=&before=&limit=`
pub async fn inbox(
    State(state): State<ConsoleState>,
    Path(service): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let session = match signed_in(&state, &request).await {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    if state.departments.owner_of(&service).is_none() {
        return error(StatusCode::NOT_FOUND, "unknown-service");
    }
    if !owns(&state, &session.staff, &service) {
        return error(StatusCode::FORBIDDEN, "not-your-department");
    }
    if query
        .keys()
        .any(|k| !matches!(k.as_str(), "status" | "before" | "limit"))
    {
        return error(StatusCode::BAD_REQUEST, "malformed");
    }
    let status = match query.get("status").map(|s| Status::parse(s)) {
        None => None,
        Some(Some(status)) => Some(status),
        Some(None) => return error(StatusCode::BAD_REQUEST, "unknown-status"),
    };
    let before = match query.get("before").map(|c| parse_cursor(c)) {
        None => None,
        Some(Some(cursor)) => Some(cursor),
        Some(None) => return error(StatusCode::BAD_REQUEST, "malformed"),
    };
    let limit = match query.get("limit").map(|l| l.parse::<usize>()) {
        None => PAGE_DEFAULT,
        Some(Ok(limit)) if (1..=PAGE_MOST).contains(&limit) => limit,
        Some(_) => return error(StatusCode::BAD_REQUEST, "malformed"),
    };
    let workspace = state.workspace.clone();
    let wanted = service.clone();
    let page = match blocking(move || {
        workspace.inbox(InboxQuery {
            service: &wanted,
            status,
            before,
            limit,
        })
    })
    .await
    {
        Ok(page) => page,
        Err(refusal) => return refusal,
    };
    let next = (page.len() == limit)
        .then(|| page.last().map(|a| format!("{}.{}", a.received_at, a.id)))
        .flatten();
    Json(json!({ "service": service, "applications": page, "next": next })).into_response()
}

/// The application if it exists and belongs to the staff member's department.
pub(super) async fn own_application(
    state: &ConsoleState,
    staff: &StaffMember,
    reference: String,
) -> Result<crate::store::workspace::Application, Response> {
    if !portal_forms::reference::is_reference(&reference) {
        return Err(error(StatusCode::NOT_FOUND, "not-found"));
    }
    let workspace = state.workspace.clone();
    let found = blocking(move || workspace.application(&reference)).await?;
    found
        .filter(|a| owns(state, staff, &a.service))
        .ok_or_else(|| error(StatusCode::NOT_FOUND, "not-found"))
}

/// `GET /console/api/applications/{reference}`: answers, status and its history. Recorded in
/// the audit log before the answers are sent.
pub async fn view(
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
    if let Err(refusal) = record(
        &state,
        Some(&session.staff),
        "view-application",
        Some(application.reference.clone()),
        None,
    )
    .await
    {
        return refusal;
    }
    let answers: serde_json::Value =
        serde_json::from_str(&application.answers_json).unwrap_or(serde_json::Value::Null);
    let mut body = serde_json::to_value(&application).unwrap_or_default();
    body["answers"] = answers;
    body["next_statuses"] = json!(
        Status::ALL
            .into_iter()
            .filter(|s| application.status.can_move_to(*s))
            .collect::<Vec<_>>()
    );
    Json(body).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusRequest {
    from: Status,
    to: Status,
    #[serde(default)]
    message: Option<String>,
}

/// `POST /console/api/applications/{reference}/status` `{from, to, message?}`: `from` is the
/// status the caseworker saw, so two caseworkers cannot overwrite each other unknowingly.
pub async fn change_status(
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
    let Ok(change) = serde_json::from_slice::<StatusRequest>(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "malformed");
    };
    let message = change
        .message
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty());
    if let Some(message) = message {
        if message.chars().count() > MESSAGE_MOST {
            return error(StatusCode::BAD_REQUEST, "message-too-long");
        }
        if has_hidden_characters(message, true) {
            return error(StatusCode::BAD_REQUEST, "message-hidden-characters");
        }
    }
    let message = message.map(str::to_string);
    let workspace = state.workspace.clone();
    let staff = session.staff.clone();
    let reference = application.reference.clone();
    let audit = super::entry(
        Some(&session.staff),
        "change-status",
        Some(application.reference.clone()),
        Some(format!(
            "{} -> {}",
            change.from.as_str(),
            change.to.as_str()
        )),
    );
    let outcome = match blocking(move || {
        workspace.change_status(
            &reference,
            change.from,
            change.to,
            message.as_deref(),
            &staff,
            &audit,
        )
    })
    .await
    {
        Ok(outcome) => outcome,
        Err(refusal) => return refusal,
    };
    match outcome {
        Ok(()) => {
            Json(json!({ "reference": application.reference, "status": change.to })).into_response()
        }
        Err(StatusChangeError::NotFound) => error(StatusCode::NOT_FOUND, "not-found"),
        Err(StatusChangeError::Stale(current)) => (
            StatusCode::CONFLICT,
            Json(json!({ "code": "status-changed", "status": current })),
        )
            .into_response(),
        Err(StatusChangeError::NotAllowed(current)) => (
            StatusCode::CONFLICT,
            Json(json!({ "code": "transition-not-allowed", "status": current })),
        )
            .into_response(),
    }
}

/// `GET /console/api/services/{service}/export?format=csv|jsonl`: managers only; recorded.
pub async fn export(
    State(state): State<ConsoleState>,
    Path(service): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let session = match manager_of(&state, &request, &service).await {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let format = match query.get("format").map(String::as_str) {
        None | Some("csv") => ExportFormat::Csv,
        Some("jsonl") => ExportFormat::Jsonl,
        Some(_) => return error(StatusCode::BAD_REQUEST, "malformed"),
    };
    if let Err(refusal) = record(
        &state,
        Some(&session.staff),
        "export",
        Some(service.clone()),
        Some(format!("{format:?}").to_lowercase()),
    )
    .await
    {
        return refusal;
    }
    let submissions = state.submissions.clone();
    let wanted = service.clone();
    let rows = match blocking(move || submissions.export(&wanted, 0)).await {
        Ok(rows) => rows,
        Err(refusal) => return refusal,
    };
    let mut out = Vec::new();
    if crate::export::write(
        &mut out,
        state.definitions.latest(&service),
        &rows,
        format,
        true,
    )
    .is_err()
    {
        return crate::api::unavailable();
    }
    let (content_type, extension) = match format {
        ExportFormat::Csv => ("text/csv; charset=utf-8", "csv"),
        ExportFormat::Jsonl => ("application/x-ndjson; charset=utf-8", "jsonl"),
    };
    let mut response = out.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"{service}.{extension}\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
