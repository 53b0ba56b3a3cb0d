//! `GET /console/api/audit?since=&limit=`: administrators read their department's audit log,
//! newest first. `portal-server audit` reads every department's on the server.

use super::session::signed_in;
use super::{ConsoleState, blocking};
use crate::api::error;
use crate::store::workspace::Role;
use axum::Json;
use axum::extract::{Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::collections::HashMap;

const MOST: usize = 1000;

pub async fn read(
    State(state): State<ConsoleState>,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let session = match signed_in(&state, &request).await {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    if session.staff.role < Role::Administrator {
        return error(StatusCode::FORBIDDEN, "role");
    }
    let since = match query.get("since").map(|s| s.parse::<i64>()) {
        None => 0,
        Some(Ok(since)) => since,
        Some(Err(_)) => return error(StatusCode::BAD_REQUEST, "malformed"),
    };
    let limit = match query.get("limit").map(|s| s.parse::<usize>()) {
        None => 100,
        Some(Ok(limit)) if (1..=MOST).contains(&limit) => limit,
        Some(_) => return error(StatusCode::BAD_REQUEST, "malformed"),
    };
    let workspace = state.workspace.clone();
    let department = session.staff.department.clone();
    match blocking(move || workspace.audit_log(Some(&department), since, limit)).await {
        Ok(entries) => Json(json!({ "entries": entries })).into_response(),
        Err(refusal) => refusal,
    }
}
