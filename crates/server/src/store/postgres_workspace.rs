//! The department workspace's tables in PostgreSQL (created by `migrations/postgres/`). Rows
//! that a change reads before writing are locked (`FOR UPDATE`), so two caseworkers on two
//! instances cannot both move one application from the same status.

use super::StoreError;
use super::postgres::{PostgresStore, is_unique_violation, unavailable};
use super::workspace::{
    Application, ApplicationSummary, AuditEntry, BadRating, InboxQuery, NewStaff, Rating,
    RatingError, ReplyError, Role, Session, StaffMember, StatusChange, StatusChangeError,
    WorkspaceStore,
};
use deadpool_postgres::GenericClient;
use portal_forms::status::Status;
use tokio_postgres::Row;

/// Writes `entry` in the transaction (or connection) `client`.
async fn audit(client: &impl GenericClient, entry: &AuditEntry) -> Result<(), StoreError> {
    client
        .execute(
            "INSERT INTO audit_log (at, staff_id, actor, department, action, subject, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[&entry.at, &entry.staff_id, &entry.actor, &entry.department, &entry.action, &entry.subject, &entry.detail],
        )
        .await
        .map(|_| ())
        .map_err(unavailable)
}

const STAFF_COLUMNS: &str = "staff.id, staff.user_handle, staff.department, staff.role, staff.name, staff.created_at, staff.revoked_at";

fn staff_from(row: &Row) -> StaffMember {
    let role: String = row.get(3);
    StaffMember {
        id: row.get(0),
        user_handle: row.get(1),
        department: row.get(2),
        // Written only from `Role::as_str`; an edited row reads as the least privilege.
        role: Role::parse(&role).unwrap_or(Role::Caseworker),
        name: row.get(4),
        created_at: row.get(5),
        revoked_at: row.get(6),
    }
}

fn status_from(code: String) -> Status {
    Status::parse(&code).unwrap_or(Status::Received)
}

fn level_from(level: i16) -> u8 {
    u8::try_from(level).unwrap_or(0)
}

impl WorkspaceStore for PostgresStore {
    fn add_staff(&self, staff: NewStaff<'_>, entry: &AuditEntry) -> Result<i64, StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            let id: i64 = transaction
                .query_one(
                    "INSERT INTO staff (user_handle, department, role, name, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                    &[&staff.user_handle, &staff.department, &staff.role.as_str(), &staff.name, &staff.now],
                )
                .await
                .map_err(unavailable)?
                .get(0);
            transaction
                .execute(
                    "INSERT INTO staff_setup (token_hash, staff_id, expires_at) VALUES ($1, $2, $3)",
                    &[&staff.setup_token_hash, &id, &staff.setup_expires_at],
                )
                .await
                .map_err(unavailable)?;
            let mut entry = entry.clone();
            entry.subject = Some(id.to_string());
            audit(&transaction, &entry).await?;
            transaction.commit().await.map_err(unavailable)?;
            Ok(id)
        })
    }

    fn staff(&self, id: i64) -> Result<Option<StaffMember>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let row = client
                .query_opt(
                    &format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1"),
                    &[&id],
                )
                .await
                .map_err(unavailable)?;
            Ok(row.as_ref().map(staff_from))
        })
    }

    fn list_staff(&self, department: Option<&str>) -> Result<Vec<StaffMember>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    &format!(
                        "SELECT {STAFF_COLUMNS} FROM staff WHERE $1::TEXT IS NULL OR department = $1 ORDER BY department, name, id"
                    ),
                    &[&department],
                )
                .await
                .map_err(unavailable)?;
            Ok(rows.iter().map(staff_from).collect())
        })
    }

    fn revoke_staff(&self, id: i64, now: i64, entry: &AuditEntry) -> Result<bool, StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            let changed = transaction
                .execute(
                    "UPDATE staff SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
                    &[&id, &now],
                )
                .await
                .map_err(unavailable)?;
            transaction
                .execute("DELETE FROM staff_sessions WHERE staff_id = $1", &[&id])
                .await
                .map_err(unavailable)?;
            transaction
                .execute(
                    "UPDATE staff_setup SET used_at = $2 WHERE staff_id = $1 AND used_at IS NULL",
                    &[&id, &now],
                )
                .await
                .map_err(unavailable)?;
            if changed == 1 {
                audit(&transaction, entry).await?;
            }
            transaction.commit().await.map_err(unavailable)?;
            Ok(changed == 1)
        })
    }

    fn staff_for_setup(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<StaffMember>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let row = client
                .query_opt(
                    &format!(
                        "SELECT {STAFF_COLUMNS} FROM staff_setup JOIN staff ON staff.id = staff_setup.staff_id
                         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 AND staff.revoked_at IS NULL"
                    ),
                    &[&token_hash, &now],
                )
                .await
                .map_err(unavailable)?;
            Ok(row.as_ref().map(staff_from))
        })
    }

    fn finish_setup(
        &self,
        token_hash: &str,
        credential_id: &str,
        passkey_json: &str,
        now: i64,
        entry: &AuditEntry,
    ) -> Result<bool, StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            let staff_id: Option<i64> = transaction
                .query_opt(
                    "SELECT staff_id FROM staff_setup JOIN staff ON staff.id = staff_setup.staff_id
                     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 AND staff.revoked_at IS NULL
                     FOR UPDATE OF staff_setup",
                    &[&token_hash, &now],
                )
                .await
                .map_err(unavailable)?
                .map(|row| row.get(0));
            let Some(staff_id) = staff_id else {
                return Ok(false);
            };
            transaction
                .execute(
                    "UPDATE staff_setup SET used_at = $2 WHERE token_hash = $1",
                    &[&token_hash, &now],
                )
                .await
                .map_err(unavailable)?;
            let inserted = transaction
                .execute(
                    "INSERT INTO passkeys (credential_id, staff_id, passkey, created_at) VALUES ($1, $2, $3, $4)",
                    &[&credential_id, &staff_id, &passkey_json, &now],
                )
                .await;
            match inserted {
                Ok(_) => {}
                // The same authenticator enrolled twice: keep the first, refuse the second.
                Err(e) if is_unique_violation(&e) => return Ok(false),
                Err(e) => return Err(unavailable(e)),
            }
            audit(&transaction, entry).await?;
            transaction.commit().await.map_err(unavailable)?;
            Ok(true)
        })
    }

    fn passkey(&self, credential_id: &str) -> Result<Option<(StaffMember, String)>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let row = client
                .query_opt(
                    &format!(
                        "SELECT {STAFF_COLUMNS}, passkeys.passkey FROM passkeys JOIN staff ON staff.id = passkeys.staff_id
                         WHERE credential_id = $1 AND staff.revoked_at IS NULL"
                    ),
                    &[&credential_id],
                )
                .await
                .map_err(unavailable)?;
            Ok(row.map(|row| (staff_from(&row), row.get(7))))
        })
    }

    fn update_passkey(&self, credential_id: &str, passkey_json: &str) -> Result<(), StoreError> {
        self.run(async {
            let client = self.client().await?;
            client
                .execute(
                    "UPDATE passkeys SET passkey = $2 WHERE credential_id = $1",
                    &[&credential_id, &passkey_json],
                )
                .await
                .map(|_| ())
                .map_err(unavailable)
        })
    }

    fn create_session(
        &self,
        token_hash: &str,
        staff_id: i64,
        csrf_token: &str,
        now: i64,
        entry: &AuditEntry,
    ) -> Result<(), StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            transaction
                .execute(
                    "INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, created_at, last_seen) VALUES ($1, $2, $3, $4, $4)",
                    &[&token_hash, &staff_id, &csrf_token, &now],
                )
                .await
                .map_err(unavailable)?;
            audit(&transaction, entry).await?;
            transaction.commit().await.map_err(unavailable)
        })
    }

    fn session(
        &self,
        token_hash: &str,
        now: i64,
        idle: i64,
        longest: i64,
    ) -> Result<Option<Session>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let found = client
                .query_opt(
                    &format!(
                        "SELECT {STAFF_COLUMNS}, staff_sessions.csrf_token, staff_sessions.created_at, staff_sessions.last_seen
                         FROM staff_sessions JOIN staff ON staff.id = staff_sessions.staff_id WHERE token_hash = $1"
                    ),
                    &[&token_hash],
                )
                .await
                .map_err(unavailable)?;
            let Some(row) = found else {
                return Ok(None);
            };
            let staff = staff_from(&row);
            let (csrf_token, created_at, last_seen): (String, i64, i64) =
                (row.get(7), row.get(8), row.get(9));
            let live = staff.revoked_at.is_none()
                && now - last_seen <= idle
                && now - created_at <= longest;
            if !live {
                client
                    .execute("DELETE FROM staff_sessions WHERE token_hash = $1", &[&token_hash])
                    .await
                    .map_err(unavailable)?;
                return Ok(None);
            }
            client
                .execute(
                    "UPDATE staff_sessions SET last_seen = $2 WHERE token_hash = $1",
                    &[&token_hash, &now],
                )
                .await
                .map_err(unavailable)?;
            Ok(Some(Session { staff, csrf_token }))
        })
    }

    fn end_session(&self, token_hash: &str, entry: &AuditEntry) -> Result<(), StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            transaction
                .execute(
                    "DELETE FROM staff_sessions WHERE token_hash = $1",
                    &[&token_hash],
                )
                .await
                .map_err(unavailable)?;
            audit(&transaction, entry).await?;
            transaction.commit().await.map_err(unavailable)
        })
    }

    fn inbox(&self, query: InboxQuery<'_>) -> Result<Vec<ApplicationSummary>, StoreError> {
        let (before_time, before_id) = query.before.unwrap_or((i64::MAX, i64::MAX));
        let status = query.status.map(Status::as_str);
        let limit = query.limit as i64;
        self.run(async {
            let client = self.client().await?;
            // Two statements, so that each pages along its own index.
            let sql = if status.is_some() {
                "SELECT id, reference, service, received_at, status, status_changed_at FROM submissions
                 WHERE service = $1 AND status = $2
                   AND (received_at < $3 OR (received_at = $3 AND id < $4))
                 ORDER BY received_at DESC, id DESC LIMIT $5"
            } else {
                "SELECT id, reference, service, received_at, status, status_changed_at FROM submissions
                 WHERE service = $1 AND $2::TEXT IS NULL
                   AND (received_at < $3 OR (received_at = $3 AND id < $4))
                 ORDER BY received_at DESC, id DESC LIMIT $5"
            };
            let rows = client
                .query(sql, &[&query.service, &status, &before_time, &before_id, &limit])
                .await
                .map_err(unavailable)?;
            Ok(rows
                .iter()
                .map(|row| ApplicationSummary {
                    id: row.get(0),
                    reference: row.get(1),
                    service: row.get(2),
                    received_at: row.get(3),
                    status: status_from(row.get(4)),
                    status_changed_at: row.get(5),
                })
                .collect())
        })
    }

    fn application(&self, reference: &str) -> Result<Option<Application>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let found = client
                .query_opt(
                    "SELECT submissions.id, reference, service, version, language, answers, received_at, status, track_secret_hash,
                            ratings.level, ratings.problems, ratings.comment, ratings.rated_at,
                            ratings.reply, ratings.replied_at, ratings.replied_by
                     FROM submissions LEFT JOIN ratings ON ratings.submission_id = submissions.id WHERE reference = $1",
                    &[&reference],
                )
                .await
                .map_err(unavailable)?;
            let Some(row) = found else {
                return Ok(None);
            };
            let id: i64 = row.get(0);
            let reference: String = row.get(1);
            let answers_json = self
                .keys
                .open(&reference, row.get(5))
                .map_err(StoreError::Unavailable)?;
            let rating = row.get::<_, Option<i16>>(9).map(|level| Rating {
                level: level_from(level),
                problems: serde_json::from_str(row.get::<_, &str>(10)).unwrap_or_default(),
                comment: row.get(11),
                rated_at: row.get(12),
                reply: row.get(13),
                replied_at: row.get(14),
                replied_by: row.get(15),
            });
            let history = client
                .query(
                    "SELECT from_status, to_status, message, staff_name, at FROM status_changes
                     WHERE submission_id = $1 ORDER BY id",
                    &[&id],
                )
                .await
                .map_err(unavailable)?
                .iter()
                .map(|row| StatusChange {
                    from: status_from(row.get(0)),
                    to: status_from(row.get(1)),
                    message: row.get(2),
                    staff_name: row.get(3),
                    at: row.get(4),
                })
                .collect();
            Ok(Some(Application {
                reference,
                service: row.get(2),
                version: u32::try_from(row.get::<_, i64>(3)).unwrap_or(0),
                language: row.get(4),
                answers_json,
                received_at: row.get(6),
                status: status_from(row.get(7)),
                history,
                track_secret_hash: row.get(8),
                rating,
            }))
        })
    }

    fn change_status(
        &self,
        reference: &str,
        from: Status,
        to: Status,
        message: Option<&str>,
        staff: &StaffMember,
        entry: &AuditEntry,
    ) -> Result<Result<(), StatusChangeError>, StoreError> {
        let now = entry.at;
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            let current = transaction
                .query_opt(
                    "SELECT id, status FROM submissions WHERE reference = $1 FOR UPDATE",
                    &[&reference],
                )
                .await
                .map_err(unavailable)?;
            let Some(current) = current else {
                return Ok(Err(StatusChangeError::NotFound));
            };
            let id: i64 = current.get(0);
            let current = status_from(current.get(1));
            if current != from {
                return Ok(Err(StatusChangeError::Stale(current)));
            }
            if !current.can_move_to(to) {
                return Ok(Err(StatusChangeError::NotAllowed(current)));
            }
            transaction
                .execute(
                    "UPDATE submissions SET status = $2, status_changed_at = $3 WHERE id = $1",
                    &[&id, &to.as_str(), &now],
                )
                .await
                .map_err(unavailable)?;
            transaction
                .execute(
                    "INSERT INTO status_changes (submission_id, from_status, to_status, message, staff_id, staff_name, at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    &[&id, &from.as_str(), &to.as_str(), &message, &staff.id, &staff.name, &now],
                )
                .await
                .map_err(unavailable)?;
            audit(&transaction, entry).await?;
            transaction.commit().await.map_err(unavailable)?;
            Ok(Ok(()))
        })
    }

    fn rate(
        &self,
        reference: &str,
        rating: &Rating,
        rated_when_sent: bool,
    ) -> Result<Result<(), RatingError>, StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            let found = transaction
                .query_opt(
                    "SELECT id, status, EXISTS (SELECT 1 FROM ratings WHERE submission_id = submissions.id)
                     FROM submissions WHERE reference = $1 FOR UPDATE",
                    &[&reference],
                )
                .await
                .map_err(unavailable)?;
            let Some(found) = found else {
                return Ok(Err(RatingError::NotFound));
            };
            let (id, status, rated): (i64, String, bool) = (found.get(0), found.get(1), found.get(2));
            if !portal_forms::rating::can_rate(status_from(status), rated_when_sent) {
                return Ok(Err(RatingError::NotEnded));
            }
            if rated {
                return Ok(Err(RatingError::AlreadyRated));
            }
            let problems = serde_json::to_string(&rating.problems).unwrap_or_else(|_| "[]".into());
            let inserted = transaction
                .execute(
                    "INSERT INTO ratings (submission_id, level, problems, comment, rated_at) VALUES ($1, $2, $3, $4, $5)",
                    &[&id, &i16::from(rating.level), &problems, &rating.comment, &rating.rated_at],
                )
                .await;
            match inserted {
                Ok(_) => {}
                Err(e) if is_unique_violation(&e) => return Ok(Err(RatingError::AlreadyRated)),
                Err(e) => return Err(unavailable(e)),
            }
            transaction.commit().await.map_err(unavailable)?;
            Ok(Ok(()))
        })
    }

    fn bad_ratings(&self, services: &[String]) -> Result<Vec<BadRating>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT reference, service, level, rated_at, replied_at FROM ratings
                     JOIN submissions ON submissions.id = ratings.submission_id
                     WHERE level <= $1 AND service = ANY ($2)
                     ORDER BY rated_at, submissions.id",
                    &[&i16::from(portal_forms::rating::BAD_AT_MOST), &services],
                )
                .await
                .map_err(unavailable)?;
            Ok(rows
                .iter()
                .map(|row| BadRating {
                    reference: row.get(0),
                    service: row.get(1),
                    level: level_from(row.get(2)),
                    rated_at: row.get(3),
                    replied_at: row.get(4),
                })
                .collect())
        })
    }

    fn reply_to_rating(
        &self,
        reference: &str,
        reply: &str,
        staff: &StaffMember,
        now: i64,
        entry: &AuditEntry,
    ) -> Result<Result<(), ReplyError>, StoreError> {
        self.run(async {
            let mut client = self.client().await?;
            let transaction = client.transaction().await.map_err(unavailable)?;
            let found = transaction
                .query_opt(
                    "SELECT submissions.id, ratings.level, ratings.replied_at FROM submissions
                     LEFT JOIN ratings ON ratings.submission_id = submissions.id WHERE reference = $1
                     FOR UPDATE OF submissions",
                    &[&reference],
                )
                .await
                .map_err(unavailable)?;
            let Some(found) = found else {
                return Ok(Err(ReplyError::NotFound));
            };
            let (id, level, replied_at): (i64, Option<i16>, Option<i64>) =
                (found.get(0), found.get(1), found.get(2));
            if !level.map(level_from).is_some_and(portal_forms::rating::is_bad) {
                return Ok(Err(ReplyError::NothingToAnswer));
            }
            if replied_at.is_some() {
                return Ok(Err(ReplyError::AlreadyAnswered));
            }
            // Another instance may have answered since the row was read: the update decides.
            let answered = transaction
                .execute(
                    "UPDATE ratings SET reply = $2, replied_at = $3, replied_by = $4 WHERE submission_id = $1 AND replied_at IS NULL",
                    &[&id, &reply, &now, &staff.name],
                )
                .await
                .map_err(unavailable)?;
            if answered == 0 {
                return Ok(Err(ReplyError::AlreadyAnswered));
            }
            audit(&transaction, entry).await?;
            transaction.commit().await.map_err(unavailable)?;
            Ok(Ok(()))
        })
    }

    fn rating_counts(&self, service: &str) -> Result<[u64; 5], StoreError> {
        self.run(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT level, COUNT(*) FROM ratings JOIN submissions ON submissions.id = ratings.submission_id
                     WHERE service = $1 GROUP BY level",
                    &[&service],
                )
                .await
                .map_err(unavailable)?;
            let mut counts = [0u64; 5];
            for row in rows {
                let level = usize::from(level_from(row.get(0)));
                if let Some(slot) = counts.get_mut(level.wrapping_sub(1)) {
                    *slot = row.get::<_, i64>(1).max(0) as u64;
                }
            }
            Ok(counts)
        })
    }

    fn record(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        self.run(async {
            let client = self.client().await?;
            audit(&client, entry).await
        })
    }

    fn audit_log(
        &self,
        department: Option<&str>,
        since: i64,
        limit: usize,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let limit = limit as i64;
        self.run(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT at, staff_id, actor, department, action, subject, detail FROM audit_log
                     WHERE ($1::TEXT IS NULL OR department = $1) AND at >= $2 ORDER BY at DESC, id DESC LIMIT $3",
                    &[&department, &since, &limit],
                )
                .await
                .map_err(unavailable)?;
            Ok(rows
                .iter()
                .map(|row| AuditEntry {
                    at: row.get(0),
                    staff_id: row.get(1),
                    actor: row.get(2),
                    department: row.get(3),
                    action: row.get(4),
                    subject: row.get(5),
                    detail: row.get(6),
                })
                .collect())
        })
    }

    fn keeps_ceremonies(&self) -> bool {
        true
    }

    fn keep_ceremony(
        &self,
        id: &str,
        client: &str,
        state: &str,
        now: i64,
        most_per_client: usize,
    ) -> Result<(), StoreError> {
        let keep = most_per_client.saturating_sub(1) as i64;
        self.run(async {
            let mut client_ = self.client().await?;
            let transaction = client_.transaction().await.map_err(unavailable)?;
            transaction
                .execute(
                    "DELETE FROM ceremonies WHERE started_at < $1",
                    &[&(now - CEREMONY_SECONDS)],
                )
                .await
                .map_err(unavailable)?;
            transaction
                .execute(
                    "DELETE FROM ceremonies WHERE client = $1 AND id NOT IN
                     (SELECT id FROM ceremonies WHERE client = $1 ORDER BY started_at DESC LIMIT $2)",
                    &[&client, &keep],
                )
                .await
                .map_err(unavailable)?;
            transaction
                .execute(
                    "INSERT INTO ceremonies (id, client, state, started_at) VALUES ($1, $2, $3, $4)",
                    &[&id, &client, &state, &now],
                )
                .await
                .map_err(unavailable)?;
            transaction.commit().await.map_err(unavailable)
        })
    }

    fn take_ceremony(&self, id: &str, since: i64) -> Result<Option<String>, StoreError> {
        self.run(async {
            let client = self.client().await?;
            let row = client
                .query_opt(
                    "DELETE FROM ceremonies WHERE id = $1 RETURNING state, started_at",
                    &[&id],
                )
                .await
                .map_err(unavailable)?;
            Ok(row
                .filter(|row| row.get::<_, i64>(1) >= since)
                .map(|row| row.get(0)))
        })
    }
}

/// A ceremony's lifetime, as `console::ceremonies` keeps it (expired rows are deleted).
const CEREMONY_SECONDS: i64 = 5 * 60;
