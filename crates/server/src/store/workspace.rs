//! What the department workspace keeps: staff, their passkeys and sessions, each application's
//! status with its history, and the audit log. Behind a trait, like submissions, so PostgreSQL
//! can take SQLite's place.

use super::StoreError;
use portal_forms::status::Status;
use serde::Serialize;

/// What a member of staff may do. Each role includes the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Views and processes the applications to the department's services.
    Caseworker,
    /// Also exports applications and sees the department's figures.
    Manager,
    /// Also adds and revokes the department's staff and reads its audit log.
    Administrator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Caseworker => "caseworker",
            Role::Manager => "manager",
            Role::Administrator => "administrator",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        [Role::Caseworker, Role::Manager, Role::Administrator]
            .into_iter()
            .find(|r| r.as_str() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffMember {
    pub id: i64,
    /// The WebAuthn user handle: random, never shown, never reused.
    #[serde(skip)]
    pub user_handle: String,
    pub department: String,
    pub role: Role,
    pub name: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

/// A new member of staff and the hash of their one-time setup token.
pub struct NewStaff<'a> {
    pub department: &'a str,
    pub role: Role,
    pub name: &'a str,
    pub user_handle: &'a str,
    pub setup_token_hash: &'a str,
    pub setup_expires_at: i64,
    pub now: i64,
}

/// A signed-in session, found by its token's hash.
#[derive(Debug, Clone)]
pub struct Session {
    pub staff: StaffMember,
    pub csrf_token: String,
}

/// One line of an inbox.
#[derive(Debug, Clone, Serialize)]
pub struct ApplicationSummary {
    /// Paging position: pass it back as `before` for the next page.
    #[serde(skip)]
    pub id: i64,
    pub reference: String,
    pub service: String,
    pub received_at: i64,
    pub status: Status,
    pub status_changed_at: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusChange {
    pub from: Status,
    pub to: Status,
    pub message: Option<String>,
    pub staff_name: String,
    pub at: i64,
}

/// One application, whole.
#[derive(Debug, Clone, Serialize)]
pub struct Application {
    pub reference: String,
    pub service: String,
    pub version: u32,
    pub language: String,
    /// The answers as stored (JSON text).
    #[serde(skip)]
    pub answers_json: String,
    pub received_at: i64,
    pub status: Status,
    pub history: Vec<StatusChange>,
    /// SHA-256 (hex) of the citizen's tracking secret; none for applications sent before.
    #[serde(skip)]
    pub track_secret_hash: Option<String>,
    pub rating: Option<Rating>,
}

/// The citizen's rating of the service for one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rating {
    pub level: u8,
    /// What went wrong (codes of `portal_forms::rating::PROBLEMS`).
    pub problems: Vec<String>,
    pub comment: Option<String>,
    pub rated_at: i64,
    /// The department's answer (to a bad rating), when and by whom.
    pub reply: Option<String>,
    pub replied_at: Option<i64>,
    pub replied_by: Option<String>,
}

/// A bad rating, as listed for the department to answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BadRating {
    pub reference: String,
    pub service: String,
    pub level: u8,
    pub rated_at: i64,
    pub replied_at: Option<i64>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ReplyError {
    NotFound,
    /// No rating, or not a bad one.
    NothingToAnswer,
    AlreadyAnswered,
}

#[derive(Debug, PartialEq, Eq)]
pub enum RatingError {
    NotFound,
    /// Not approved, refused or completed yet.
    NotEnded,
    AlreadyRated,
}

/// Which inbox page to read.
pub struct InboxQuery<'a> {
    pub service: &'a str,
    pub status: Option<Status>,
    /// Only applications listed after this position (from an earlier page's last line).
    pub before: Option<(i64, i64)>,
    pub limit: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub enum StatusChangeError {
    /// No application has this reference.
    NotFound,
    /// The application is no longer in the status the caseworker saw (someone else moved it).
    Stale(Status),
    /// Not a move the workflow allows from the current status.
    NotAllowed(Status),
}

/// An audit entry: who did what, when. Never answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub at: i64,
    /// The member of staff, or `None` for a command run on the server.
    pub staff_id: Option<i64>,
    pub actor: String,
    pub department: Option<String>,
    pub action: String,
    /// What it was done to: a reference, a service or a member of staff's id.
    pub subject: Option<String>,
    /// e.g. the statuses of a change, never personal data.
    pub detail: Option<String>,
}

pub trait WorkspaceStore: Send + Sync + 'static {
    /// Adds a member of staff with a one-time setup token; returns their id.
    /// Every change below is kept together with its audit entry, in one transaction: a change
    /// whose entry cannot be written is not made.
    ///
    /// Adds a member of staff with a one-time setup token; returns their id (the audit entry's
    /// subject).
    fn add_staff(&self, staff: NewStaff<'_>, audit: &AuditEntry) -> Result<i64, StoreError>;
    fn staff(&self, id: i64) -> Result<Option<StaffMember>, StoreError>;
    /// The department's staff (every department's with `None`), revoked ones included.
    fn list_staff(&self, department: Option<&str>) -> Result<Vec<StaffMember>, StoreError>;
    /// Revokes a member of staff and ends their sessions at once; false if already revoked or
    /// unknown.
    fn revoke_staff(&self, id: i64, now: i64, audit: &AuditEntry) -> Result<bool, StoreError>;
    /// Who an unused, unexpired setup token belongs to.
    fn staff_for_setup(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<StaffMember>, StoreError>;
    /// Uses the setup token and keeps the passkey, in one transaction; false (nothing kept) if
    /// the token was used, has expired or its owner was revoked meanwhile.
    fn finish_setup(
        &self,
        token_hash: &str,
        credential_id: &str,
        passkey_json: &str,
        now: i64,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError>;
    /// The passkey with this credential id, with its owner (not revoked).
    fn passkey(&self, credential_id: &str) -> Result<Option<(StaffMember, String)>, StoreError>;
    fn update_passkey(&self, credential_id: &str, passkey_json: &str) -> Result<(), StoreError>;

    fn create_session(
        &self,
        token_hash: &str,
        staff_id: i64,
        csrf_token: &str,
        now: i64,
        audit: &AuditEntry,
    ) -> Result<(), StoreError>;
    /// The session if it is live: seen within `idle` seconds, begun within `longest`, its owner
    /// not revoked. Marks it seen now. A dead session is deleted.
    fn session(
        &self,
        token_hash: &str,
        now: i64,
        idle: i64,
        longest: i64,
    ) -> Result<Option<Session>, StoreError>;
    fn end_session(&self, token_hash: &str, audit: &AuditEntry) -> Result<(), StoreError>;

    /// A page of one service's applications, newest first.
    fn inbox(&self, query: InboxQuery<'_>) -> Result<Vec<ApplicationSummary>, StoreError>;
    fn application(&self, reference: &str) -> Result<Option<Application>, StoreError>;
    /// Moves an application from `from` to `to` if it is still in `from` and the workflow
    /// allows it, keeping who did it and the message for the citizen, at the audit entry's time.
    fn change_status(
        &self,
        reference: &str,
        from: Status,
        to: Status,
        message: Option<&str>,
        staff: &StaffMember,
        audit: &AuditEntry,
    ) -> Result<Result<(), StatusChangeError>, StoreError>;

    /// Keeps the rating for the application if it has ended (or its service is rated when sent:
    /// `rated_when_sent`) and has none yet.
    fn rate(
        &self,
        reference: &str,
        rating: &Rating,
        rated_when_sent: bool,
    ) -> Result<Result<(), RatingError>, StoreError>;

    /// The bad ratings (at most `portal_forms::rating::BAD_AT_MOST`) of `services`, answered or
    /// not, oldest first.
    fn bad_ratings(&self, services: &[String]) -> Result<Vec<BadRating>, StoreError>;
    /// Keeps the department's answer to the application's bad rating, once.
    fn reply_to_rating(
        &self,
        reference: &str,
        reply: &str,
        staff: &StaffMember,
        now: i64,
        audit: &AuditEntry,
    ) -> Result<Result<(), ReplyError>, StoreError>;
    /// How many ratings `service` has at each level, 1 to 5.
    fn rating_counts(&self, service: &str) -> Result<[u64; 5], StoreError>;

    fn record(&self, entry: &AuditEntry) -> Result<(), StoreError>;
    /// Audit entries at or after `since`, newest first, at most `limit`; one department's
    /// with `Some`.
    fn audit_log(
        &self,
        department: Option<&str>,
        since: i64,
        limit: usize,
    ) -> Result<Vec<AuditEntry>, StoreError>;

    /// Whether passkey ceremonies are kept here, for every instance on this database (else
    /// each server keeps its own in memory).
    fn keeps_ceremonies(&self) -> bool {
        false
    }

    /// Keeps a ceremony's server half `state` under `id`, started by `client` (a hash) at
    /// `now`; the client's oldest beyond `most_per_client` and every expired one give way.
    fn keep_ceremony(
        &self,
        _id: &str,
        _client: &str,
        _state: &str,
        _now: i64,
        _most_per_client: usize,
    ) -> Result<(), StoreError> {
        Err(StoreError::Unavailable(
            "this store keeps no ceremonies".into(),
        ))
    }

    /// Takes (deletes and returns) the ceremony `id` if it started at or after `since`.
    fn take_ceremony(&self, _id: &str, _since: i64) -> Result<Option<String>, StoreError> {
        Err(StoreError::Unavailable(
            "this store keeps no ceremonies".into(),
        ))
    }
}
