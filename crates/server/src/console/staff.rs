//! Administrators manage their own department's staff: list them, add one (which gives a
//! one-time setup link for enrolling a passkey, valid 24 hours) and revoke one (their sessions
//! end at once). `portal-server staff` does the same on the server for any department.

use super::session::signed_in;
use super::{ConsoleState, blocking, now};
use crate::api::{error, read_body};
use crate::store::workspace::{AuditEntry, NewStaff, Role, StaffMember};
use crate::store::{StoreError, WorkspaceStore};
use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use portal_forms::validate::has_hidden_characters;
use serde::Deserialize;
use serde_json::json;

/// How long a setup link works.
pub const SETUP_LINK_SECONDS: i64 = 24 * 60 * 60;
/// Longest staff name, in characters.
const NAME_MOST: usize = 100;

/// A name fit to show in the console and the audit log.
pub fn valid_name(name: &str) -> bool {
    let count = name.chars().count();
    (1..=NAME_MOST).contains(&count) && name.trim() == name && !has_hidden_characters(name, false)
}

/// Adds a member of staff, with `audit` (its subject becomes their id); returns their id and
/// the setup link to give them.
pub fn add(
    workspace: &dyn WorkspaceStore,
    origin: &str,
    department: &str,
    role: Role,
    name: &str,
    audit: &AuditEntry,
) -> Result<(i64, String), StoreError> {
    let token = super::random_token()?;
    let handle = webauthn_rs::prelude::Uuid::new_v4().to_string();
    let now = now();
    let id = workspace.add_staff(
        NewStaff {
            department,
            role,
            name,
            user_handle: &handle,
            setup_token_hash: &super::hash_token(&token),
            setup_expires_at: now + SETUP_LINK_SECONDS,
            now,
        },
        audit,
    )?;
    // In the fragment: never sent to a server, so never in a log or a Referer.
    Ok((id, format!("{origin}/console/setup#{token}")))
}

fn administrator(
    state: &ConsoleState,
    request: &Request,
) -> impl Future<Output = Result<StaffMember, Response>> + Send + 'static {
    let session = signed_in(state, request);
    async move {
        let session = session.await?;
        if session.staff.role < Role::Administrator {
            return Err(error(StatusCode::FORBIDDEN, "role"));
        }
        Ok(session.staff)
    }
}

/// `GET /console/api/staff`: the department's staff.
pub async fn list(State(state): State<ConsoleState>, request: Request) -> Response {
    let admin = match administrator(&state, &request).await {
        Ok(admin) => admin,
        Err(refusal) => return refusal,
    };
    let workspace = state.workspace.clone();
    match blocking(move || workspace.list_staff(Some(&admin.department))).await {
        Ok(staff) => Json(json!({ "staff": staff })).into_response(),
        Err(refusal) => refusal,
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AddRequest {
    name: String,
    role: String,
}

/// `POST /console/api/staff` `{name, role}`: a new member of the administrator's department.
pub async fn add_route(State(state): State<ConsoleState>, request: Request) -> Response {
    let state = &state;
    let admin = match administrator(state, &request).await {
        Ok(admin) => admin,
        Err(refusal) => return refusal,
    };
    let bytes = match read_body(request, super::BODY_LIMIT, state.body_timeout).await {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal,
    };
    let Ok(wanted) = serde_json::from_slice::<AddRequest>(&bytes) else {
        return error(StatusCode::BAD_REQUEST, "malformed");
    };
    let Some(role) = Role::parse(&wanted.role) else {
        return error(StatusCode::BAD_REQUEST, "unknown-role");
    };
    if !valid_name(&wanted.name) {
        return error(StatusCode::BAD_REQUEST, "invalid-name");
    }
    let workspace = state.workspace.clone();
    let (origin, department, name) = (
        state.origin.clone(),
        admin.department.clone(),
        wanted.name.clone(),
    );
    let audit = super::entry(
        Some(&admin),
        "add-staff",
        None,
        Some(format!("{} {}", role.as_str(), wanted.name)),
    );
    let (id, link) = match blocking(move || {
        add(
            workspace.as_ref(),
            &origin,
            &department,
            role,
            &name,
            &audit,
        )
    })
    .await
    {
        Ok(added) => added,
        Err(refusal) => return refusal,
    };
    (
        StatusCode::CREATED,
        Json(json!({ "id": id, "setup_link": link })),
    )
        .into_response()
}

/// `POST /console/api/staff/{id}/revoke`: only within the administrator's department.
pub async fn revoke(
    State(state): State<ConsoleState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let admin = match administrator(&state, &request).await {
        Ok(admin) => admin,
        Err(refusal) => return refusal,
    };
    let Ok(id) = id.parse::<i64>() else {
        return error(StatusCode::NOT_FOUND, "not-found");
    };
    if id == admin.id {
        return error(StatusCode::CONFLICT, "cannot-revoke-self");
    }
    let workspace = state.workspace.clone();
    let department = admin.department.clone();
    let colleagues = match blocking(move || workspace.list_staff(Some(&department))).await {
        Ok(colleagues) => colleagues,
        Err(refusal) => return refusal,
    };
    let Some(member) = colleagues.iter().find(|m| m.id == id).cloned() else {
        return error(StatusCode::NOT_FOUND, "not-found");
    };
    let administrators = colleagues
        .iter()
        .filter(|m| m.role == Role::Administrator && m.revoked_at.is_none())
        .count();
    if member.role == Role::Administrator && member.revoked_at.is_none() && administrators < 2 {
        return error(StatusCode::CONFLICT, "last-administrator");
    }
    let workspace = state.workspace.clone();
    let audit = super::entry(
        Some(&admin),
        "revoke-staff",
        Some(id.to_string()),
        Some(format!("{} {}", member.role.as_str(), member.name)),
    );
    let revoked = match blocking(move || workspace.revoke_staff(id, now(), &audit)).await {
        Ok(revoked) => revoked,
        Err(refusal) => return refusal,
    };
    if !revoked {
        return error(StatusCode::CONFLICT, "already-revoked");
    }
    StatusCode::NO_CONTENT.into_response()
}
