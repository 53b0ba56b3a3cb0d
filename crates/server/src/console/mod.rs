//! The department workspace's API under `/console/api`: staff sign in with passkeys and process
//! the applications to their own department's services. Every refusal is a JSON code with its
//! status (401 not signed in, 403 not allowed or another department's service, 404 not found —
//! also for another department's application —, 405 a wrong method, 409 a status that changed
//! meanwhile or a move the workflow does not allow).

mod applications;
mod audit;
mod ceremonies;
mod insight;
mod page;
mod passkeys;
mod ratings;
mod session;
mod staff;

pub use ceremonies::Ceremonies;
pub use session::hash_token;
pub use staff::{add as add_staff, valid_name as valid_staff_name};

use crate::api::{error, unavailable};
use crate::definitions::Definitions;
use crate::rate_limit::RateLimiter;
use crate::store::workspace::{AuditEntry, StaffMember};
use crate::store::{StoreError, SubmissionStore, WorkspaceStore};
use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{any, get, post};
use portal_forms::departments::Departments;
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone)]
pub struct ConsoleState {
    pub workspace: Arc<dyn WorkspaceStore>,
    pub submissions: Arc<dyn SubmissionStore>,
    pub departments: Arc<Departments>,
    pub definitions: Arc<Definitions>,
    pub webauthn: Arc<webauthn_rs::Webauthn>,
    pub ceremonies: Arc<ceremonies::Ceremonies>,
    pub sign_in_limiter: Arc<RateLimiter>,
    pub trusted_proxy_header: Option<String>,
    /// The site's own origin (`https://portal.example.gov.cn`): state-changing requests from any
    /// other are refused.
    pub origin: String,
    pub behind_tls: bool,
    pub idle: Duration,
    pub longest: Duration,
    pub body_timeout: Duration,
    pub utc_offset_hours: i32,
    pub rating_reply_days: u32,
}

/// Largest request body the console accepts (a passkey's attestation is a few KB).
const BODY_LIMIT: usize = 16 * 1024;

pub fn router(state: ConsoleState) -> Router {
    Router::new()
        .route("/console/api/me", get(session::me))
        .route("/console/api/setup/start", post(passkeys::setup_start))
        .route("/console/api/setup/finish", post(passkeys::setup_finish))
        .route("/console/api/sign-in/start", post(passkeys::sign_in_start))
        .route(
            "/console/api/sign-in/finish",
            post(passkeys::sign_in_finish),
        )
        .route("/console/api/sign-out", post(session::sign_out))
        .route(
            "/console/api/services/{service}/applications",
            get(applications::inbox),
        )
        .route(
            "/console/api/services/{service}/export",
            get(applications::export),
        )
        .route(
            "/console/api/applications/{reference}",
            get(applications::view),
        )
        .route(
            "/console/api/applications/{reference}/status",
            post(applications::change_status),
        )
        .route("/console/api/ratings", get(ratings::to_answer))
        .route(
            "/console/api/applications/{reference}/rating-reply",
            post(ratings::reply),
        )
        .route(
            "/console/api/services/{service}/figures",
            get(ratings::figures),
        )
        .route(
            "/console/api/services/{service}/insight",
            get(insight::read),
        )
        .route(
            "/console/api/staff",
            get(staff::list).post(staff::add_route),
        )
        .route("/console/api/staff/{id}/revoke", post(staff::revoke))
        .route("/console/api/audit", get(audit::read))
        .route("/console/api/{*rest}", any(unknown_endpoint))
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
}

/// The console's page at each of its views' addresses.
pub fn pages(dist: &std::path::Path) -> Router {
    let page = page::ConsolePage {
        index: dist.join("console/index.html"),
    };
    Router::new()
        .route("/console", get(page::page))
        .route("/console/", get(page::page))
        .route("/console/setup", get(page::page))
        .route("/console/audit", get(page::page))
        .route("/console/ratings", get(page::page))
        .route("/console/staff", get(page::page))
        .route("/console/services/{service}", get(page::page))
        .route("/console/applications/{reference}", get(page::page))
        .with_state(page)
}

async fn method_not_allowed() -> Response {
    error(StatusCode::METHOD_NOT_ALLOWED, "method-not-allowed")
}

async fn unknown_endpoint() -> Response {
    error(StatusCode::NOT_FOUND, "unknown-endpoint")
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Runs a store call off the async threads; a failed store is a 503 with Retry-After.
async fn blocking<T: Send + 'static>(
    call: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, Response> {
    match tokio::task::spawn_blocking(call).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(StoreError::Unavailable(reason))) => {
            tracing::error!(%reason, "workspace storage unavailable");
            Err(unavailable())
        }
        Ok(Err(StoreError::KeyReused(_))) | Err(_) => Err(unavailable()),
    }
}

/// The audit entry for what `staff` did now.
pub fn entry(
    staff: Option<&StaffMember>,
    action: &str,
    subject: Option<String>,
    detail: Option<String>,
) -> AuditEntry {
    AuditEntry {
        at: now(),
        staff_id: staff.map(|s| s.id),
        actor: staff.map_or_else(String::new, |s| s.name.clone()),
        department: staff.map(|s| s.department.clone()),
        action: action.to_string(),
        subject,
        detail,
    }
}

/// Writes the audit entry for reading something (an application, an export) before it is sent:
/// what cannot be recorded is not shown. Changes write theirs in their own transaction.
async fn record(
    state: &ConsoleState,
    staff: Option<&StaffMember>,
    action: &str,
    subject: Option<String>,
    detail: Option<String>,
) -> Result<(), Response> {
    let entry = entry(staff, action, subject, detail);
    let workspace = state.workspace.clone();
    blocking(move || workspace.record(&entry)).await
}

/// 32 random bytes as hex: session, CSRF and setup tokens.
pub fn random_token() -> Result<String, StoreError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Unavailable(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
