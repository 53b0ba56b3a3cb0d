//! SQLite: one file, WAL journal, synchronous writes, every insert in its own transaction that is
//! committed before the caller is told the reference. Migrations run at start-up.

use super::sealing::Keys;
use super::{
    FeedbackCount, NewSubmission, PageErrorCount, Rekeyed, StoreError, Stored, StoredSubmission,
    SubmissionStore,
};
use portal_forms::reference::{LENGTH, reference_from_bytes};
use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior, params};
use std::path::Path;
use std::sync::Mutex;

/// Schema changes in order; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE submissions (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        request_digest TEXT NOT NULL,
        service TEXT NOT NULL,
        version INTEGER NOT NULL,
        language TEXT NOT NULL,
        answers TEXT NOT NULL,
        received_at INTEGER NOT NULL
    );
    CREATE INDEX submissions_by_service_and_time ON submissions (service, received_at);",
    // Counts only: no time, address or anything else about who answered.
    "CREATE TABLE page_feedback (
        service TEXT PRIMARY KEY,
        yes INTEGER NOT NULL DEFAULT 0,
        no INTEGER NOT NULL DEFAULT 0
    );",
    // One row, rewritten by every readiness check: only a write proves the store can write.
    "CREATE TABLE readiness (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        checked_at INTEGER NOT NULL
    );",
    // The department workspace: each application's status, staff, passkeys, sessions (tokens
    // kept only as hashes), status history and the audit log (never answers).
    "ALTER TABLE submissions ADD COLUMN status TEXT NOT NULL DEFAULT 'received';
    ALTER TABLE submissions ADD COLUMN status_changed_at INTEGER;
    CREATE INDEX submissions_by_service_status ON submissions (service, status, received_at, id);
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        user_handle TEXT NOT NULL UNIQUE,
        department TEXT NOT NULL,
        role TEXT NOT NULL,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
    );
    CREATE TABLE staff_setup (
        token_hash TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
    );
    CREATE TABLE passkeys (
        credential_id TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        passkey TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE staff_sessions (
        token_hash TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_seen INTEGER NOT NULL
    );
    CREATE TABLE status_changes (
        id INTEGER PRIMARY KEY,
        submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        message TEXT,
        staff_id INTEGER,
        staff_name TEXT NOT NULL,
        at INTEGER NOT NULL
    );
    CREATE INDEX status_changes_by_submission ON status_changes (submission_id, id);
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        staff_id INTEGER,
        actor TEXT NOT NULL,
        department TEXT,
        action TEXT NOT NULL,
        subject TEXT,
        detail TEXT
    );
    CREATE INDEX audit_by_time ON audit_log (at);
    CREATE INDEX audit_by_department ON audit_log (department, at);",
    // Progress look-up and ratings: the hash of each application's tracking secret (none for
    // applications sent before), and one rating per application.
    "ALTER TABLE submissions ADD COLUMN track_secret_hash TEXT;
    CREATE TABLE ratings (
        submission_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        problems TEXT NOT NULL,
        comment TEXT,
        rated_at INTEGER NOT NULL,
        reply TEXT,
        replied_at INTEGER,
        replied_by TEXT
    );
    CREATE INDEX ratings_to_answer ON ratings (level, replied_at);",
    // Encryption at rest: every data key answers were sealed with, by id, with a probe sealed
    // by it, so a wrong key is refused before anything is written.
    "CREATE TABLE data_keys (
        id TEXT PRIMARY KEY,
        probe TEXT NOT NULL,
        added_at INTEGER NOT NULL
    );",
    // Views of each service's information page per day (insight's completion share): counts only.
    "CREATE TABLE page_views (
        service TEXT NOT NULL,
        day TEXT NOT NULL,
        views INTEGER NOT NULL,
        PRIMARY KEY (service, day)
    );",
    // Refusals on each question page per error code and day (insight): counts only.
    "CREATE TABLE page_errors (
        service TEXT NOT NULL,
        page TEXT NOT NULL,
        code TEXT NOT NULL,
        day TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (service, day, page, code)
    );",
];

/// Below this much free space on the database's disk the server says it is not ready, before
/// SQLite starts refusing submissions: room for some hundreds of them.
const READY_FREE_BYTES: u64 = 1024 * 1024;

pub struct SqliteStore {
    connection: Mutex<Connection>,
    pub(super) keys: Keys,
    /// The folder holding the database, whose disk's free space readiness checks.
    folder: std::path::PathBuf,
}

impl SqliteStore {
    /// Opens (creating if needed) the database and brings its schema up to date.
    /// `keys` seal answers (none: in clear); a database that used a key not given is refused.
    pub fn open(path: &Path, keys: Keys) -> Result<Self, String> {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        let connection = Connection::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        connection
            // secure_delete: what is deleted or rewritten (purged applications, answers sealed by
            // rekey) is overwritten with zeros in the file, not left in free pages.
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;")
            .map_err(|e| e.to_string())?;
        let done: usize = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|e| e.to_string())?;
        for (index, migration) in MIGRATIONS.iter().enumerate().skip(done) {
            connection
                .execute_batch(&format!(
                    "BEGIN; {migration}; PRAGMA user_version = {}; COMMIT;",
                    index + 1
                ))
                .map_err(|e| format!("migration {}: {e}", index + 1))?;
        }
        check_keys(&connection, &keys)?;
        let folder = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(folder) => folder.to_path_buf(),
            None => std::path::PathBuf::from("."),
        };
        Ok(Self {
            connection: Mutex::new(connection),
            keys,
            folder,
        })
    }
}

/// Refuses keys that do not match the ones the database used; records a new current key.
fn check_keys(connection: &Connection, keys: &Keys) -> Result<(), String> {
    let known = connection
        .prepare("SELECT id, probe FROM data_keys ORDER BY added_at")
        .and_then(|mut statement| {
            statement
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<Vec<(String, String)>>>()
        })
        .map_err(|e| e.to_string())?;
    if let Some((id, probe)) = keys.check(&known)? {
        connection
            .execute(
                "INSERT INTO data_keys (id, probe, added_at) VALUES (?1, ?2, ?3)",
                params![id, probe, super::now()],
            )
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

impl SqliteStore {
    /// The connection; a panic in another request while it held the lock does not make the
    /// database unusable (SQLite rolled back whatever that request had not committed).
    pub(super) fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn random_reference() -> Result<String, StoreError> {
    let mut bytes = [0u8; LENGTH];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Unavailable(e.to_string()))?;
    Ok(reference_from_bytes(bytes))
}

impl SubmissionStore for SqliteStore {
    fn count_feedback(&self, service: &str, useful: bool) -> Result<(), StoreError> {
        let connection = self.lock();
        let column = if useful { "yes" } else { "no" };
        connection
            .execute(
                &format!(
                    "INSERT INTO page_feedback (service, {column}) VALUES (?1, 1)
                     ON CONFLICT (service) DO UPDATE SET {column} = {column} + 1"
                ),
                params![service],
            )
            .map(|_| ())
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    fn count_page_views(&self, service: &str, day: &str, views: u64) -> Result<(), StoreError> {
        self.lock()
            .execute(
                "INSERT INTO page_views (service, day, views) VALUES (?1, ?2, ?3)
                 ON CONFLICT (service, day) DO UPDATE SET views = views + excluded.views",
                params![service, day, views as i64],
            )
            .map(|_| ())
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    fn page_views(&self, service: &str, from: &str, to: &str) -> Result<u64, StoreError> {
        self.lock()
            .query_row(
                "SELECT COALESCE(SUM(views), 0) FROM page_views WHERE service = ?1 AND day BETWEEN ?2 AND ?3",
                params![service, from, to],
                |row| row.get::<_, i64>(0),
            )
            .map(|n| n.max(0) as u64)
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    fn count_page_errors(
        &self,
        service: &str,
        page: &str,
        code: &str,
        day: &str,
        count: u64,
    ) -> Result<(), StoreError> {
        self.lock()
            .execute(
                "INSERT INTO page_errors (service, page, code, day, count) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (service, day, page, code) DO UPDATE SET count = count + excluded.count",
                params![service, page, code, day, count as i64],
            )
            .map(|_| ())
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    fn page_errors(
        &self,
        service: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<PageErrorCount>, StoreError> {
        let unavailable = |e: rusqlite::Error| StoreError::Unavailable(e.to_string());
        let connection = self.lock();
        let mut statement = connection
            .prepare_cached(
                "SELECT page, code, SUM(count) AS n FROM page_errors
                 WHERE service = ?1 AND day BETWEEN ?2 AND ?3
                 GROUP BY page, code ORDER BY n DESC, page, code",
            )
            .map_err(unavailable)?;
        statement
            .query_map(params![service, from, to], |row| {
                Ok(PageErrorCount {
                    page: row.get(0)?,
                    code: row.get(1)?,
                    count: row.get::<_, i64>(2)?.max(0) as u64,
                })
            })
            .map_err(unavailable)?
            .collect::<Result<_, _>>()
            .map_err(unavailable)
    }

    fn feedback(&self) -> Result<Vec<FeedbackCount>, StoreError> {
        let unavailable = |e: rusqlite::Error| StoreError::Unavailable(e.to_string());
        let connection = self.lock();
        let mut statement = connection
            .prepare("SELECT service, yes, no FROM page_feedback ORDER BY service")
            .map_err(unavailable)?;
        let rows = statement
            .query_map([], |row| {
                Ok(FeedbackCount {
                    service: row.get(0)?,
                    yes: row.get::<_, i64>(1)?.max(0) as u64,
                    no: row.get::<_, i64>(2)?.max(0) as u64,
                })
            })
            .map_err(unavailable)?;
        rows.collect::<Result<_, _>>().map_err(unavailable)
    }

    fn insert(&self, submission: NewSubmission) -> Result<Stored, StoreError> {
        let unavailable = |e: rusqlite::Error| StoreError::Unavailable(e.to_string());
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let earlier: Option<(String, String)> = transaction
            .query_row(
                "SELECT reference, request_digest FROM submissions WHERE idempotency_key = ?1",
                params![submission.idempotency_key],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .map_err(unavailable)?;
        if let Some((reference, digest)) = earlier {
            return if digest == submission.request_digest {
                Ok(Stored::AlreadyStored(reference))
            } else {
                Err(StoreError::KeyReused(reference))
            };
        }
        // The key this server seals with must still be listed (not retired by a `rekey` run
        // while this server kept an older key); the write lock keeps it so until the commit.
        if let Some(key) = self.keys.current() {
            let listed: bool = transaction
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM data_keys WHERE id = ?1)",
                    params![key.id()],
                    |row| row.get(0),
                )
                .map_err(unavailable)?;
            if !listed {
                return Err(super::retired(key.id()));
            }
        }
        // A reference collision is astronomically rare, but the unique index decides, not luck.
        for _ in 0..5 {
            let reference = random_reference()?;
            let answers = self
                .keys
                .seal(&reference, &submission.answers_json)
                .map_err(StoreError::Unavailable)?;
            let inserted = transaction.execute(
                "INSERT INTO submissions (reference, idempotency_key, request_digest, service, version, language, answers, received_at, track_secret_hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    reference,
                    submission.idempotency_key,
                    submission.request_digest,
                    submission.service,
                    submission.version,
                    submission.language,
                    answers,
                    submission.received_at,
                    submission.track_secret_hash
                ],
            );
            match inserted {
                Ok(_) => {
                    transaction.commit().map_err(unavailable)?;
                    return Ok(Stored::Created(reference));
                }
                Err(rusqlite::Error::SqliteFailure(e, Some(message)))
                    if e.code == ErrorCode::ConstraintViolation
                        && message.contains("reference") => {}
                Err(other) => return Err(unavailable(other)),
            }
        }
        Err(StoreError::Unavailable(
            "no free reference after 5 tries".into(),
        ))
    }

    /// Ready when the disk has room and a write commits: a full disk, a read-only file or
    /// folder, or a damaged database all make it not ready.
    fn ready(&self) -> bool {
        let free = rustix::fs::statvfs(&self.folder)
            .map(|disk| disk.f_bavail.saturating_mul(disk.f_frsize))
            .unwrap_or(0);
        if free < READY_FREE_BYTES {
            return false;
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let connection = self.lock();
        let written = connection
            .execute(
                "INSERT INTO readiness (id, checked_at) VALUES (1, ?1)
                 ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at",
                params![now],
            )
            .is_ok();
        // A server whose key `rekey` retired cannot take submissions: not ready.
        written
            && self.keys.current().is_none_or(|key| {
                connection
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM data_keys WHERE id = ?1)",
                        params![key.id()],
                        |row| row.get::<_, bool>(0),
                    )
                    .unwrap_or(false)
            })
    }

    fn export(&self, service: &str, since: i64) -> Result<Vec<StoredSubmission>, StoreError> {
        let unavailable = |e: rusqlite::Error| StoreError::Unavailable(e.to_string());
        let connection = self.lock();
        let mut statement = connection
            .prepare(
                "SELECT reference, service, version, language, answers, received_at FROM submissions
                 WHERE service = ?1 AND received_at >= ?2 ORDER BY received_at, id",
            )
            .map_err(unavailable)?;
        let rows = statement
            .query_map(params![service, since], |row| {
                Ok(StoredSubmission {
                    reference: row.get(0)?,
                    service: row.get(1)?,
                    version: row.get(2)?,
                    language: row.get(3)?,
                    answers_json: row.get(4)?,
                    received_at: row.get(5)?,
                })
            })
            .map_err(unavailable)?;
        let mut rows = rows
            .collect::<Result<Vec<StoredSubmission>, _>>()
            .map_err(unavailable)?;
        for row in &mut rows {
            row.answers_json = self
                .keys
                .open(&row.reference, &row.answers_json)
                .map_err(StoreError::Unavailable)?;
        }
        Ok(rows)
    }

    fn rekey(&self, after: i64, batch: usize) -> Result<Rekeyed, StoreError> {
        let unavailable = |e: rusqlite::Error| StoreError::Unavailable(e.to_string());
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let rows: Vec<(i64, String, String)> = {
            let mut statement = transaction
                .prepare("SELECT id, reference, answers FROM submissions WHERE id > ?1 ORDER BY id LIMIT ?2")
                .map_err(unavailable)?;
            statement
                .query_map(params![after, batch as i64], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })
                .map_err(unavailable)?
                .collect::<Result<_, _>>()
                .map_err(unavailable)?
        };
        let mut changed = 0;
        for (id, reference, stored) in rows.iter().filter(|(_, _, s)| !self.keys.is_current(s)) {
            let sealed = self
                .keys
                .reseal(reference, stored)
                .map_err(StoreError::Unavailable)?;
            transaction
                .execute(
                    "UPDATE submissions SET answers = ?2 WHERE id = ?1",
                    params![id, sealed],
                )
                .map_err(unavailable)?;
            changed += 1;
        }
        let last = rows.last().map(|(id, _, _)| *id);
        transaction.commit().map_err(unavailable)?;
        Ok(Rekeyed { last, changed })
    }

    fn insight_rows(
        &self,
        service: &str,
        since: i64,
        answers: bool,
    ) -> Result<Vec<crate::insight::InsightRow>, StoreError> {
        let unavailable = |e: rusqlite::Error| StoreError::Unavailable(e.to_string());
        let connection = self.lock();
        let mut statement = connection
            .prepare(
                "SELECT reference, received_at, status, status_changed_at, language,
                        CASE WHEN ?3 THEN answers ELSE '' END, ratings.level
                 FROM submissions LEFT JOIN ratings ON ratings.submission_id = submissions.id
                 WHERE service = ?1 AND received_at >= ?2 ORDER BY received_at, submissions.id",
            )
            .map_err(unavailable)?;
        let rows = statement
            .query_map(params![service, since, answers], |row| {
                Ok(crate::insight::InsightRow {
                    reference: row.get(0)?,
                    received_at: row.get(1)?,
                    status: row.get(2)?,
                    status_changed_at: row.get(3)?,
                    language: row.get(4)?,
                    answers_json: row.get(5)?,
                    rating: row.get(6)?,
                })
            })
            .map_err(unavailable)?;
        let mut rows = rows.collect::<Result<Vec<_>, _>>().map_err(unavailable)?;
        drop(statement);
        drop(connection);
        // Opened after the database is let go: other requests need not wait for this.
        for row in rows.iter_mut().filter(|_| answers) {
            row.answers_json = self
                .keys
                .open(&row.reference, &row.answers_json)
                .map_err(StoreError::Unavailable)?;
        }
        Ok(rows)
    }

    fn forget_older_keys(&self) -> Result<bool, StoreError> {
        let unavailable = |e: rusqlite::Error| StoreError::Unavailable(e.to_string());
        let Some(current) = self.keys.current().map(|k| k.id().to_string()) else {
            return Ok(false);
        };
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let left: bool = transaction
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM submissions WHERE answers NOT LIKE ?1)",
                params![format!("sealed1.{current}.%")],
                |row| row.get(0),
            )
            .map_err(unavailable)?;
        if left {
            return Ok(false);
        }
        transaction
            .execute("DELETE FROM data_keys WHERE id <> ?1", params![current])
            .map_err(unavailable)?;
        transaction.commit().map_err(unavailable)?;
        // The write-ahead log still holds pages as they were before: empty it, waiting for a
        // reader in another process (a serving server) to finish if there is one.
        for _ in 0..50 {
            let busy: i64 = connection
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))
                .map_err(unavailable)?;
            if busy == 0 {
                return Ok(true);
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Err(StoreError::Unavailable(
            "the write-ahead log, which may still hold answers as they were, could not be emptied: run rekey again".into(),
        ))
    }

    fn purge(&self, before: i64, worked: &[String]) -> Result<usize, StoreError> {
        let connection = self.lock();
        let worked = serde_json::to_string(worked).unwrap_or_else(|_| "[]".into());
        connection
            .execute(
                // Purging never takes work in hand: an application to a service whose
                // department works in the console is kept until it has ended and the retention
                // period has passed since; others (departments that export) by their age.
                "DELETE FROM submissions WHERE received_at < ?1
                 AND ((status = 'received' AND service NOT IN (SELECT value FROM json_each(?2)))
                      OR (status IN ('refused', 'completed') AND status_changed_at < ?1))",
                params![before, worked],
            )
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }
}
