//! Staff sessions: a random token in an `HttpOnly; SameSite=Strict` cookie (kept in the database
//! only as its hash), an idle and a longest lifetime, and a CSRF token that every state-changing
//! request must send back in `X-CSRF-Token`, from the site's own origin, as JSON.

use super::{ConsoleState, blocking, now};
use crate::api::{error, is_json};
use crate::store::workspace::{Session, StaffMember};
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use sha2::{Digest, Sha256};

/// The cookie's name: with TLS, `__Host-` makes browsers refuse it unless it is Secure, for
/// this host only and for every path.
fn cookie_name(behind_tls: bool) -> &'static str {
    if behind_tls {
        "__Host-portal-staff"
    } else {
        "portal-staff"
    }
}

pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The `Set-Cookie` value that starts a session (or, with an empty token, ends it).
pub fn cookie(state: &ConsoleState, token: &str) -> HeaderValue {
    let secure = if state.behind_tls { "; Secure" } else { "" };
    let lifetime = if token.is_empty() {
        "; Max-Age=0".to_string()
    } else {
        format!("; Max-Age={}", state.longest.as_secs())
    };
    let value = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict{secure}{lifetime}",
        cookie_name(state.behind_tls)
    );
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn session_token(headers: &HeaderMap, behind_tls: bool) -> Option<String> {
    let name = cookie_name(behind_tls);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The refusal for a state-changing request that is not JSON from this site's own origin.
pub fn not_same_origin_json(state: &ConsoleState, request: &Request) -> Option<Response> {
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok());
    if origin.is_some_and(|o| o != state.origin) {
        return Some(error(StatusCode::FORBIDDEN, "cross-origin"));
    }
    if !is_json(request) {
        return Some(error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
        ));
    }
    None
}

/// The live session of the request, checking the CSRF token on anything but GET. The future
/// holds nothing of the request (whose body is not `Sync`), so handlers stay `Send`.
pub fn signed_in(
    state: &ConsoleState,
    request: &Request,
) -> impl Future<Output = Result<Session, Response>> + Send + 'static {
    let token = session_token(request.headers(), state.behind_tls);
    let writes = request.method() != Method::GET && request.method() != Method::HEAD;
    let refusal = if writes {
        not_same_origin_json(state, request)
    } else {
        None
    };
    let sent_csrf = request
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let state = state.clone();
    async move {
        let Some(token) = token else {
            return Err(error(StatusCode::UNAUTHORIZED, "not-signed-in"));
        };
        if let Some(refusal) = refusal {
            return Err(refusal);
        }
        let workspace = state.workspace.clone();
        let (idle, longest) = (state.idle.as_secs() as i64, state.longest.as_secs() as i64);
        let session =
            blocking(move || workspace.session(&hash_token(&token), now(), idle, longest))
                .await?
                .ok_or_else(|| error(StatusCode::UNAUTHORIZED, "not-signed-in"))?;
        if writes {
            // Both are 64 hex characters from our own generator; compared in constant time.
            let matches = sent_csrf.is_some_and(|sent| {
                sent.len() == session.csrf_token.len()
                    && sent
                        .bytes()
                        .zip(session.csrf_token.bytes())
                        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                        == 0
            });
            if !matches {
                return Err(error(StatusCode::FORBIDDEN, "csrf-token"));
            }
        }
        Ok(session)
    }
}

/// The answer that opens a session: the cookie, and the CSRF token in the body.
/// The session and its "sign-in" audit entry are kept together.
pub async fn start(
    state: &ConsoleState,
    staff: &StaffMember,
    status: StatusCode,
) -> Result<Response, Response> {
    let token = super::random_token().map_err(|_| crate::api::unavailable())?;
    let csrf = super::random_token().map_err(|_| crate::api::unavailable())?;
    let workspace = state.workspace.clone();
    let (hash, csrf_kept) = (hash_token(&token), csrf.clone());
    let (staff_id, audit) = (staff.id, super::entry(Some(staff), "sign-in", None, None));
    blocking(move || workspace.create_session(&hash, staff_id, &csrf_kept, now(), &audit)).await?;
    let mut response = (status, Json(json!({ "csrf_token": csrf }))).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie(state, &token));
    Ok(response)
}

/// `GET /console/api/me`: who is signed in, their department's services and the CSRF token.
pub async fn me(State(state): State<ConsoleState>, request: Request) -> Response {
    let session = match signed_in(&state, &request).await {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let services = state
        .departments
        .get(&session.staff.department)
        .map(|d| d.services.clone())
        .unwrap_or_default();
    Json(json!({
        "name": session.staff.name,
        "department": session.staff.department,
        "role": session.staff.role,
        "services": services,
        "csrf_token": session.csrf_token,
    }))
    .into_response()
}

/// `POST /console/api/sign-out`: ends the session here and in the database.
pub async fn sign_out(State(state): State<ConsoleState>, request: Request) -> Response {
    let Some(token) = session_token(request.headers(), state.behind_tls) else {
        return error(StatusCode::UNAUTHORIZED, "not-signed-in");
    };
    let session = match signed_in(&state, &request).await {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let workspace = state.workspace.clone();
    let audit = super::entry(Some(&session.staff), "sign-out", None, None);
    if let Err(refusal) = blocking(move || workspace.end_session(&hash_token(&token), &audit)).await
    {
        return refusal;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie(&state, ""));
    response
}
