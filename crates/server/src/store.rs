//! Where submissions are kept. A small trait, so SQLite (the embedded default) can be replaced by
//! PostgreSQL when several server instances share one database.

mod postgres;
mod postgres_workspace;
pub mod sealing;
mod sqlite;
mod sqlite_workspace;
pub mod workspace;

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;
pub use workspace::WorkspaceStore;

/// Everything the server keeps, in one database.
pub trait Store: SubmissionStore + WorkspaceStore {}
impl<T: SubmissionStore + WorkspaceStore> Store for T {}

/// Seconds since 1970.
pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A server sealing with a key that `rekey` has retired: it must be restarted with the current
/// key. Nothing is written (the citizen's outbox keeps the submission and sends it again).
pub(crate) fn retired(key: &str) -> StoreError {
    tracing::error!(
        key,
        "this server's data key was retired by rekey: restart it with the current key"
    );
    StoreError::Unavailable(format!(
        "data key {key} was retired by rekey: restart this server with the current key"
    ))
}

/// One batch of `rekey`: the last row looked at (none: no rows were left) and how many were
/// sealed again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rekeyed {
    pub last: Option<i64>,
    pub changed: usize,
}

/// A validated submission, ready to be kept.
pub struct NewSubmission {
    pub service: String,
    pub version: u32,
    pub language: String,
    pub idempotency_key: String,
    /// A digest of what was sent, to tell a retry from a different submission with the same key.
    pub request_digest: String,
    /// The normalised answers, as JSON.
    pub answers_json: String,
    /// SHA-256 (hex) of the tracking secret the citizen gets with the reference.
    pub track_secret_hash: String,
    pub received_at: i64,
}

/// What happened to a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// Newly committed to disk, with its reference.
    Created(String),
    /// Sent before with the same key and content: the reference it got then.
    AlreadyStored(String),
}

#[derive(Debug)]
pub enum StoreError {
    /// The key was used before for different content: the reference that content got.
    KeyReused(String),
    /// The database could not be written (full disk, read-only file, corruption).
    Unavailable(String),
}

/// A stored submission, as exported to the department.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSubmission {
    pub reference: String,
    pub service: String,
    pub version: u32,
    pub language: String,
    pub answers_json: String,
    pub received_at: i64,
}

/// How many people answered "Was this page useful?" for one service's information page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackCount {
    pub service: String,
    pub yes: u64,
    pub no: u64,
}

/// How many times a question page of a service refused what was entered, with one error code,
/// in a span of days (counts only: nothing about who, or what they entered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageErrorCount {
    pub page: String,
    pub code: String,
    pub count: u64,
}

/// Keeps submissions. `insert` returns only after the submission is durably committed.
pub trait SubmissionStore: Send + Sync + 'static {
    fn insert(&self, submission: NewSubmission) -> Result<Stored, StoreError>;
    /// Whether the store can take writes now (for readiness checks).
    fn ready(&self) -> bool;
    /// Submissions to `service` received at or after `since` (seconds since 1970), oldest first.
    fn export(&self, service: &str, since: i64) -> Result<Vec<StoredSubmission>, StoreError>;
    /// Deletes submissions received before `before` that ended before `before`, or that no one
    /// has started to process unless their service is one of `worked` (its department processes
    /// applications in the console, so they wait for a caseworker); returns how many.
    fn purge(&self, before: i64, worked: &[String]) -> Result<usize, StoreError>;
    /// Adds one answer to "Was this page useful?" for `service`: a count, nothing about who.
    fn count_feedback(&self, service: &str, useful: bool) -> Result<(), StoreError>;
    /// Every service's feedback counts, by service id.
    fn feedback(&self) -> Result<Vec<FeedbackCount>, StoreError>;
    /// Adds `views` views of `service`'s information page on `day` (YYYY-MM-DD): a count per
    /// service and day, nothing about who.
    fn count_page_views(&self, service: &str, day: &str, views: u64) -> Result<(), StoreError>;
    /// Views of `service`'s information page from `from` to `to` (YYYY-MM-DD, inclusive).
    fn page_views(&self, service: &str, from: &str, to: &str) -> Result<u64, StoreError>;
    /// Adds `count` refusals with `code` on question page `page` of `service` on `day`
    /// (YYYY-MM-DD): a count per service, page, code and day, nothing about who.
    fn count_page_errors(
        &self,
        service: &str,
        page: &str,
        code: &str,
        day: &str,
        count: u64,
    ) -> Result<(), StoreError>;
    /// The refusals on `service`'s question pages from `from` to `to` (inclusive), per page and
    /// code, most first.
    fn page_errors(
        &self,
        service: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<PageErrorCount>, StoreError>;
    /// Seals again, with the current data key, the answers of up to `batch` submissions after
    /// row `after` (in clear or under an older key), each batch in its own short transaction so
    /// the portal keeps serving.
    fn rekey(&self, after: i64, batch: usize) -> Result<Rekeyed, StoreError>;
    /// After `rekey` has been through every row: forgets the older keys, unless some answer is
    /// still not under the current key (written meanwhile by a server still on an older key);
    /// returns whether they were forgotten.
    fn forget_older_keys(&self) -> Result<bool, StoreError>;
    /// What insight needs of each application to `service` received at or after `since`:
    /// times, status, language, rating and, with `answers`, the answers (opened), oldest first.
    /// Without `answers` nothing is read or opened of them (open data needs only counts).
    fn insight_rows(
        &self,
        service: &str,
        since: i64,
        answers: bool,
    ) -> Result<Vec<crate::insight::InsightRow>, StoreError>;
    /// Counts one request of `client` against a limit shared by every server on this database
    /// (`None`: this store keeps no shared counts; each server limits on its own). The count is
    /// for the minute `minute`; returns the count so far.
    fn count_request(&self, _bucket: &str, _minute: i64) -> Option<Result<u32, StoreError>> {
        None
    }
}
