//! PostgreSQL, for several portal-server instances on one (replicated) database. The same
//! guarantees as SQLite: every submission committed (synchronous commit) before the caller is
//! told its reference, one row per idempotency key however many instances receive it at once
//! (a unique index decides), every workspace change in one transaction with its audit entry,
//! rows locked while a status or rating changes.
//!
//! The stores' traits are synchronous and called from blocking threads; this store drives
//! `tokio-postgres` (through a `deadpool-postgres` pool) on a small runtime of its own.

use super::sealing::Keys;
use super::{
    FeedbackCount, NewSubmission, PageErrorCount, Rekeyed, StoreError, Stored, StoredSubmission,
    SubmissionStore,
};
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use portal_forms::reference::{LENGTH, reference_from_bytes};
use std::future::Future;
use std::str::FromStr;
use std::time::Duration;
use tokio_postgres::NoTls;
use tokio_postgres::error::SqlState;

/// Schema changes in order, kept in `migrations/postgres/`; `schema_migrations` records which ran.
const MIGRATIONS: &[(i32, &str)] = &[
    (1, include_str!("../../migrations/postgres/0001_schema.sql")),
    (
        2,
        include_str!("../../migrations/postgres/0002_ceremonies.sql"),
    ),
    (
        3,
        include_str!("../../migrations/postgres/0003_page_views.sql"),
    ),
    (
        4,
        include_str!("../../migrations/postgres/0004_page_errors.sql"),
    ),
];

/// Any number that no other part of the portal uses as an advisory lock: instances starting
/// together run the migrations one after another.
const MIGRATION_LOCK: i64 = 0x706f_7274_616c;

/// How long a request waits for a connection, or to make one, before the store says it is
/// unavailable (the API answers 503 with Retry-After; the outbox sends again).
const WAIT: Duration = Duration::from_secs(5);

pub struct PostgresStore {
    /// Dropped without waiting (`shutdown_background`), so the store can be dropped anywhere.
    runtime: Option<tokio::runtime::Runtime>,
    pool: Pool,
    pub(super) keys: Keys,
}

pub(super) fn unavailable(e: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

pub(super) fn is_unique_violation(e: &tokio_postgres::Error) -> bool {
    e.code() == Some(&SqlState::UNIQUE_VIOLATION)
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`), brings the schema up to
    /// date and checks `keys` against the database. Fails with a message naming the host when the
    /// database cannot be reached.
    pub fn open(url: &str, keys: Keys) -> Result<Self, String> {
        let mut config =
            tokio_postgres::Config::from_str(url).map_err(|e| format!("--database: {e}"))?;
        config.connect_timeout(WAIT);
        config.application_name("portal-server");
        // A submission is acknowledged only once durable, whatever the role's or database's
        // own setting.
        config.options("-c synchronous_commit=on");
        let host = match config.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(host)) => host.clone(),
            Some(tokio_postgres::config::Host::Unix(path)) => path.display().to_string(),
            None => "localhost".into(),
        };
        let where_ = format!(
            "{host}:{}/{}",
            config.get_ports().first().copied().unwrap_or(5432),
            config.get_dbname().unwrap_or("")
        );
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(16)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(WAIT))
            .create_timeout(Some(WAIT))
            .recycle_timeout(Some(WAIT))
            .build()
            .map_err(|e| e.to_string())?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("postgres")
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let store = PostgresStore {
            runtime: Some(runtime),
            pool,
            keys,
        };
        store
            .run(async {
                let mut client = store.client().await?;
                migrate(&mut client, &store.keys).await
            })
            .map_err(|e| match e {
                StoreError::Unavailable(message) | StoreError::KeyReused(message) => {
                    format!("PostgreSQL at {where_}: {message}")
                }
            })?;
        Ok(store)
    }

    /// Runs `work` on the store's runtime, from a blocking thread.
    pub(super) fn run<T>(
        &self,
        work: impl Future<Output = Result<T, StoreError>>,
    ) -> Result<T, StoreError> {
        match &self.runtime {
            Some(runtime) => runtime.block_on(work),
            None => Err(StoreError::Unavailable("the store is closed".into())),
        }
    }

    pub(super) async fn client(&self) -> Result<Object, StoreError> {
        self.pool.get().await.map_err(unavailable)
    }
}

impl Drop for PostgresStore {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// Runs the migrations not yet run and checks the data keys, under one advisory lock, so that
/// instances starting together (even with different keys) take turns.
async fn migrate(client: &mut Object, keys: &Keys) -> Result<(), StoreError> {
    let transaction = client.transaction().await.map_err(unavailable)?;
    transaction
        .batch_execute("SET LOCAL client_min_messages = warning")
        .await
        .map_err(unavailable)?;
    transaction
        .execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(unavailable)?;
    transaction
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
        )
        .await
        .map_err(unavailable)?;
    let done: i32 = transaction
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            &[],
        )
        .await
        .map_err(unavailable)?
        .get(0);
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > done) {
        transaction
            .batch_execute(sql)
            .await
            .map_err(|e| unavailable(format!("migration {version}: {e}")))?;
        transaction
            .execute(
                "INSERT INTO schema_migrations (version) VALUES ($1)",
                &[version],
            )
            .await
            .map_err(unavailable)?;
    }
    check_keys(&transaction, keys).await?;
    transaction.commit().await.map_err(unavailable)
}

async fn check_keys(
    client: &impl deadpool_postgres::GenericClient,
    keys: &Keys,
) -> Result<(), StoreError> {
    let known: Vec<(String, String)> = client
        .query("SELECT id, probe FROM data_keys ORDER BY added_at", &[])
        .await
        .map_err(unavailable)?
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
    if let Some((id, probe)) = keys.check(&known).map_err(StoreError::Unavailable)? {
        client
            .execute(
                "INSERT INTO data_keys (id, probe, added_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
                &[&id, &probe, &super::now()],
            )
            .await
            .map_err(unavailable)?;
    }
    Ok(())
}

fn random_reference() -> Result<String, StoreError> {
    let mut bytes = [0u8; LENGTH];
    getrandom::fill(&mut bytes).map_err(unavailable)?;
    Ok(reference_from_bytes(bytes))
}

impl SubmissionStore for PostgresStore {
    fn insert(&self, submission: NewSubmission) -> Result<Stored, StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let version = i64::from(submission.version);
            // A reference collision is astronomically rare, but the unique index decides.
            for _ in 0..5 {
                let reference = random_reference()?;
                let answers = self
                    .keys
                    .seal(&reference, &submission.answers_json)
                    .map_err(StoreError::Unavailable)?;
                // One transaction per try: a reference collision aborts it.
                let transaction = client.transaction().await.map_err(unavailable)?;
                // The key this server seals with must still be listed, and stays listed until
                // this commits: `rekey` cannot retire it under a row being written with it.
                if let Some(key) = self.keys.current() {
                    let listed = transaction
                        .query_opt("SELECT 1 FROM data_keys WHERE id = $1 FOR SHARE", &[&key.id()])
                        .await
                        .map_err(unavailable)?;
                    if listed.is_none() {
                        return Err(super::retired(key.id()));
                    }
                }
                // Another instance inserting the same key at the same moment waits for this
                // one's row, then inserts nothing.
                let inserted = transaction
                    .query_opt(
                        "INSERT INTO submissions (reference, idempotency_key, request_digest, service, version, language, answers, received_at, track_secret_hash)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                         ON CONFLICT (idempotency_key) DO NOTHING RETURNING reference",
                        &[
                            &reference,
                            &submission.idempotency_key,
                            &submission.request_digest,
                            &submission.service,
                            &version,
                            &submission.language,
                            &answers,
                            &submission.received_at,
                            &submission.track_secret_hash,
                        ],
                    )
                    .await;
                match inserted {
                    Ok(Some(_)) => {
                        // Committed (synchronous_commit) before the citizen is told.
                        transaction.commit().await.map_err(unavailable)?;
                        return Ok(Stored::Created(reference));
                    }
                    Ok(None) => {
                        let earlier = transaction
                            .query_one(
                                "SELECT reference, request_digest FROM submissions WHERE idempotency_key = $1",
                                &[&submission.idempotency_key],
                            )
                            .await
                            .map_err(unavailable)?;
                        let (reference, digest): (String, String) = (earlier.get(0), earlier.get(1));
                        return if digest == submission.request_digest {
                            Ok(Stored::AlreadyStored(reference))
                        } else {
                            Err(StoreError::KeyReused(reference))
                        };
                    }
                    Err(e) if is_unique_violation(&e) => {}
                    Err(e) => return Err(unavailable(e)),
                }
            }
            Err(StoreError::Unavailable("no free reference after 5 tries".into()))
        })
    }

    /// Ready when a connection can be had and a write commits.
    fn ready(&self) -> bool {
        self.run(async {
            let client = self.client().await?;
            client
                .execute(
                    "INSERT INTO readiness (id, checked_at) VALUES (1, $1)
                     ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at",
                    &[&super::now()],
                )
                .await
                .map_err(unavailable)?;
            // A server whose key `rekey` retired cannot take submissions: not ready.
            match self.keys.current() {
                None => Ok(true),
                Some(key) => client
                    .query_opt("SELECT 1 FROM data_keys WHERE id = $1", &[&key.id()])
                    .await
                    .map(|row| row.is_some())
                    .map_err(unavailable),
            }
        })
        .unwrap_or(false)
    }

    fn export(&self, service: &str, since: i64) -> Result<Vec<StoredSubmission>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT reference, service, version, language, answers, received_at FROM submissions
                     WHERE service = $1 AND received_at >= $2 ORDER BY received_at, id",
                    &[&service, &since],
                )
                .await
                .map_err(unavailable)?;
            rows.iter()
                .map(|row| {
                    let reference: String = row.get(0);
                    let answers_json = self
                        .keys
                        .open(&reference, row.get(4))
                        .map_err(StoreError::Unavailable)?;
                    Ok(StoredSubmission {
                        reference,
                        service: row.get(1),
                        version: u32::try_from(row.get::<_, i64>(2)).unwrap_or(0),
                        language: row.get(3),
                        answers_json,
                        received_at: row.get(5),
                    })
                })
                .collect()
        })
    }

    fn purge(&self, before: i64, worked: &[String]) -> Result<usize, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let deleted = client
                .execute(
                    "DELETE FROM submissions WHERE received_at < $1
                     AND ((status = 'received' AND NOT (service = ANY ($2)))
                          OR (status IN ('refused', 'completed') AND status_changed_at < $1))",
                    &[&before, &worked],
                )
                .await
                .map_err(unavailable)?;
            client
                .execute(
                    "DELETE FROM rate_limits WHERE minute < $1",
                    &[&(super::now() / 60 - 2)],
                )
                .await
                .map_err(unavailable)?;
            Ok(deleted as usize)
        })
    }

    fn count_feedback(&self, service: &str, useful: bool) -> Result<(), StoreError> {
        let column = if useful { "yes" } else { "no" };
        self.run(async {
            let client = self.client().await?;
            client
                .execute(
                    &format!(
                        "INSERT INTO page_feedback (service, {column}) VALUES ($1, 1)
                         ON CONFLICT (service) DO UPDATE SET {column} = page_feedback.{column} + 1"
                    ),
                    &[&service],
                )
                .await
                .map(|_| ())
                .map_err(unavailable)
        })
    }

    fn count_page_views(&self, service: &str, day: &str, views: u64) -> Result<(), StoreError> {
        let views = views as i64;
        self.run(async {
            let client = self.client().await?;
            client
                .execute(
                    "INSERT INTO page_views (service, day, views) VALUES ($1, $2, $3)
                     ON CONFLICT (service, day) DO UPDATE SET views = page_views.views + excluded.views",
                    &[&service, &day, &views],
                )
                .await
                .map(|_| ())
                .map_err(unavailable)
        })
    }

    fn page_views(&self, service: &str, from: &str, to: &str) -> Result<u64, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let row = client
                .query_one(
                    "SELECT COALESCE(SUM(views), 0)::BIGINT FROM page_views WHERE service = $1 AND day BETWEEN $2 AND $3",
                    &[&service, &from, &to],
                )
                .await
                .map_err(unavailable)?;
            Ok(row.get::<_, i64>(0).max(0) as u64)
        })
    }

    fn count_page_errors(
        &self,
        service: &str,
        page: &str,
        code: &str,
        day: &str,
        count: u64,
    ) -> Result<(), StoreError> {
        let count = count as i64;
        self.run(async {
            let client = self.client().await?;
            client
                .execute(
                    "INSERT INTO page_errors (service, page, code, day, count) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (service, day, page, code) DO UPDATE SET count = page_errors.count + excluded.count",
                    &[&service, &page, &code, &day, &count],
                )
                .await
                .map(|_| ())
                .map_err(unavailable)
        })
    }

    fn page_errors(
        &self,
        service: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<PageErrorCount>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT page, code, SUM(count)::BIGINT AS n FROM page_errors
                     WHERE service = $1 AND day BETWEEN $2 AND $3
                     GROUP BY page, code ORDER BY n DESC, page, code",
                    &[&service, &from, &to],
                )
                .await
                .map_err(unavailable)?;
            Ok(rows
                .iter()
                .map(|row| PageErrorCount {
                    page: row.get(0),
                    code: row.get(1),
                    count: row.get::<_, i64>(2).max(0) as u64,
                })
                .collect())
        })
    }

    fn feedback(&self) -> Result<Vec<FeedbackCount>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT service, yes, no FROM page_feedback ORDER BY service",
                    &[],
                )
                .await
                .map_err(unavailable)?;
            Ok(rows
                .iter()
                .map(|row| FeedbackCount {
                    service: row.get(0),
                    yes: row.get::<_, i64>(1).max(0) as u64,
                    no: row.get::<_, i64>(2).max(0) as u64,
                })
                .collect())
        })
    }

    fn rekey(&self, after: i64, batch: usize) -> Result<Rekeyed, StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            let rows = transaction
                .query(
                    "SELECT id, reference, answers FROM submissions WHERE id > $1 ORDER BY id LIMIT $2 FOR UPDATE",
                    &[&after, &(batch as i64)],
                )
                .await
                .map_err(unavailable)?;
            let mut changed = 0;
            for row in &rows {
                let stored: &str = row.get(2);
                if self.keys.is_current(stored) {
                    continue;
                }
                let sealed = self
                    .keys
                    .reseal(row.get(1), stored)
                    .map_err(StoreError::Unavailable)?;
                transaction
                    .execute(
                        "UPDATE submissions SET answers = $2 WHERE id = $1",
                        &[&row.get::<_, i64>(0), &sealed],
                    )
                    .await
                    .map_err(unavailable)?;
                changed += 1;
            }
            let last = rows.last().map(|row| row.get::<_, i64>(0));
            transaction.commit().await.map_err(unavailable)?;
            Ok(Rekeyed { last, changed })
        })
    }

    fn insight_rows(
        &self,
        service: &str,
        since: i64,
        answers: bool,
    ) -> Result<Vec<crate::insight::InsightRow>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT reference, received_at, status, status_changed_at, language,
                            CASE WHEN $3 THEN answers ELSE '' END, ratings.level
                     FROM submissions LEFT JOIN ratings ON ratings.submission_id = submissions.id
                     WHERE service = $1 AND received_at >= $2 ORDER BY received_at, submissions.id",
                    &[&service, &since, &answers],
                )
                .await
                .map_err(unavailable)?;
            rows.iter()
                .map(|row| {
                    let reference: String = row.get(0);
                    let answers_json = if answers {
                        self.keys
                            .open(&reference, row.get(5))
                            .map_err(StoreError::Unavailable)?
                    } else {
                        String::new()
                    };
                    Ok(crate::insight::InsightRow {
                        reference,
                        received_at: row.get(1),
                        status: row.get(2),
                        status_changed_at: row.get(3),
                        language: row.get(4),
                        answers_json,
                        rating: row
                            .get::<_, Option<i16>>(6)
                            .and_then(|l| u8::try_from(l).ok()),
                    })
                })
                .collect()
        })
    }

    fn forget_older_keys(&self) -> Result<bool, StoreError> {
        let Some(current) = self.keys.current().map(|k| k.id().to_string()) else {
            return Ok(false);
        };
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            // Deleting first waits for every insert still holding an older key (FOR SHARE);
            // the check then sees their rows. If any is left, nothing is forgotten.
            transaction
                .execute("DELETE FROM data_keys WHERE id <> $1", &[&current])
                .await
                .map_err(unavailable)?;
            let left: bool = transaction
                .query_one(
                    "SELECT EXISTS (SELECT 1 FROM submissions WHERE answers NOT LIKE $1)",
                    &[&format!("sealed1.{current}.%")],
                )
                .await
                .map_err(unavailable)?
                .get(0);
            if left {
                transaction.rollback().await.map_err(unavailable)?;
                return Ok(false);
            }
            transaction.commit().await.map_err(unavailable)?;
            Ok(true)
        })
    }

    fn count_request(&self, bucket: &str, minute: i64) -> Option<Result<u32, StoreError>> {
        Some(self.run(async {
            let client = self.client().await?;
            let row = client
                .query_one(
                    "INSERT INTO rate_limits (bucket, minute, hits) VALUES ($1, $2, 1)
                     ON CONFLICT (bucket, minute) DO UPDATE SET hits = rate_limits.hits + 1
                     RETURNING hits",
                    &[&bucket, &minute],
                )
                .await
                .map_err(unavailable)?;
            Ok(row.get::<_, i32>(0).max(0) as u32)
        }))
    }
}
