//! The department workspace's tables in SQLite (created by the migrations in `sqlite.rs`).

use super::SqliteStore;
use super::StoreError;
use super::workspace::{
    Application, ApplicationSummary, AuditEntry, BadRating, InboxQuery, NewStaff, Rating,
    RatingError, ReplyError, Role, Session, StaffMember, StatusChange, StatusChangeError,
    WorkspaceStore,
};
use portal_forms::status::Status;
use rusqlite::{OptionalExtension, Row, TransactionBehavior, params};

fn unavailable(e: rusqlite::Error) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

/// Writes `entry` in the transaction (or connection) `connection`.
fn audit(connection: &rusqlite::Connection, entry: &AuditEntry) -> Result<(), StoreError> {
    connection
        .execute(
            "INSERT INTO audit_log (at, staff_id, actor, department, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![entry.at, entry.staff_id, entry.actor, entry.department, entry.action, entry.subject, entry.detail],
        )
        .map(|_| ())
        .map_err(unavailable)
}

const STAFF_COLUMNS: &str = "staff.id, staff.user_handle, staff.department, staff.role, staff.name, staff.created_at, staff.revoked_at";

fn staff_from(row: &Row<'_>) -> rusqlite::Result<StaffMember> {
    let role: String = row.get(3)?;
    Ok(StaffMember {
        id: row.get(0)?,
        user_handle: row.get(1)?,
        department: row.get(2)?,
        // Written only from `Role::as_str`; an edited row reads as the least privilege.
        role: Role::parse(&role).unwrap_or(Role::Caseworker),
        name: row.get(4)?,
        created_at: row.get(5)?,
        revoked_at: row.get(6)?,
    })
}

fn status_from(code: String) -> Status {
    Status::parse(&code).unwrap_or(Status::Received)
}

impl WorkspaceStore for SqliteStore {
    fn add_staff(&self, staff: NewStaff<'_>, entry: &AuditEntry) -> Result<i64, StoreError> {
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        transaction
            .execute(
                "INSERT INTO staff (user_handle, department, role, name, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![staff.user_handle, staff.department, staff.role.as_str(), staff.name, staff.now],
            )
            .map_err(unavailable)?;
        let id = transaction.last_insert_rowid();
        transaction
            .execute(
                "INSERT INTO staff_setup (token_hash, staff_id, expires_at) VALUES (?1, ?2, ?3)",
                params![staff.setup_token_hash, id, staff.setup_expires_at],
            )
            .map_err(unavailable)?;
        let mut entry = entry.clone();
        entry.subject = Some(id.to_string());
        audit(&transaction, &entry)?;
        transaction.commit().map_err(unavailable)?;
        Ok(id)
    }

    fn staff(&self, id: i64) -> Result<Option<StaffMember>, StoreError> {
        self.lock()
            .query_row(
                &format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = ?1"),
                params![id],
                staff_from,
            )
            .optional()
            .map_err(unavailable)
    }

    fn list_staff(&self, department: Option<&str>) -> Result<Vec<StaffMember>, StoreError> {
        let connection = self.lock();
        let mut statement = connection
            .prepare(&format!(
                "SELECT {STAFF_COLUMNS} FROM staff WHERE ?1 IS NULL OR department = ?1 ORDER BY department, name, id"
            ))
            .map_err(unavailable)?;
        let rows = statement
            .query_map(params![department], staff_from)
            .map_err(unavailable)?;
        rows.collect::<Result<_, _>>().map_err(unavailable)
    }

    fn revoke_staff(&self, id: i64, now: i64, entry: &AuditEntry) -> Result<bool, StoreError> {
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let changed = transaction
            .execute(
                "UPDATE staff SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
                params![id, now],
            )
            .map_err(unavailable)?;
        transaction
            .execute(
                "DELETE FROM staff_sessions WHERE staff_id = ?1",
                params![id],
            )
            .map_err(unavailable)?;
        transaction
            .execute(
                "UPDATE staff_setup SET used_at = ?2 WHERE staff_id = ?1 AND used_at IS NULL",
                params![id, now],
            )
            .map_err(unavailable)?;
        if changed == 1 {
            audit(&transaction, entry)?;
        }
        transaction.commit().map_err(unavailable)?;
        Ok(changed == 1)
    }

    fn staff_for_setup(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<StaffMember>, StoreError> {
        self.lock()
            .query_row(
                &format!(
                    "SELECT {STAFF_COLUMNS} FROM staff_setup JOIN staff ON staff.id = staff_setup.staff_id
                     WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2 AND staff.revoked_at IS NULL"
                ),
                params![token_hash, now],
                staff_from,
            )
            .optional()
            .map_err(unavailable)
    }

    fn finish_setup(
        &self,
        token_hash: &str,
        credential_id: &str,
        passkey_json: &str,
        now: i64,
        entry: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let staff_id: Option<i64> = transaction
            .query_row(
                "SELECT staff_id FROM staff_setup JOIN staff ON staff.id = staff_setup.staff_id
                 WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2 AND staff.revoked_at IS NULL",
                params![token_hash, now],
                |row| row.get(0),
            )
            .optional()
            .map_err(unavailable)?;
        let Some(staff_id) = staff_id else {
            return Ok(false);
        };
        transaction
            .execute(
                "UPDATE staff_setup SET used_at = ?2 WHERE token_hash = ?1",
                params![token_hash, now],
            )
            .map_err(unavailable)?;
        let inserted = transaction.execute(
            "INSERT INTO passkeys (credential_id, staff_id, passkey, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![credential_id, staff_id, passkey_json, now],
        );
        match inserted {
            Ok(_) => {}
            // The same authenticator enrolled twice: keep the first, refuse the second.
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                return Ok(false);
            }
            Err(other) => return Err(unavailable(other)),
        }
        audit(&transaction, entry)?;
        transaction.commit().map_err(unavailable)?;
        Ok(true)
    }

    fn passkey(&self, credential_id: &str) -> Result<Option<(StaffMember, String)>, StoreError> {
        self.lock()
            .query_row(
                &format!(
                    "SELECT {STAFF_COLUMNS}, passkeys.passkey FROM passkeys JOIN staff ON staff.id = passkeys.staff_id
                     WHERE credential_id = ?1 AND staff.revoked_at IS NULL"
                ),
                params![credential_id],
                |row| Ok((staff_from(row)?, row.get(7)?)),
            )
            .optional()
            .map_err(unavailable)
    }

    fn update_passkey(&self, credential_id: &str, passkey_json: &str) -> Result<(), StoreError> {
        self.lock()
            .execute(
                "UPDATE passkeys SET passkey = ?2 WHERE credential_id = ?1",
                params![credential_id, passkey_json],
            )
            .map(|_| ())
            .map_err(unavailable)
    }

    fn create_session(
        &self,
        token_hash: &str,
        staff_id: i64,
        csrf_token: &str,
        now: i64,
        entry: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        transaction
            .execute(
                "INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, created_at, last_seen) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![token_hash, staff_id, csrf_token, now],
            )
            .map_err(unavailable)?;
        audit(&transaction, entry)?;
        transaction.commit().map_err(unavailable)
    }

    fn session(
        &self,
        token_hash: &str,
        now: i64,
        idle: i64,
        longest: i64,
    ) -> Result<Option<Session>, StoreError> {
        let connection = self.lock();
        let found = connection
            .query_row(
                &format!(
                    "SELECT {STAFF_COLUMNS}, staff_sessions.csrf_token, staff_sessions.created_at, staff_sessions.last_seen
                     FROM staff_sessions JOIN staff ON staff.id = staff_sessions.staff_id WHERE token_hash = ?1"
                ),
                params![token_hash],
                |row| Ok((staff_from(row)?, row.get::<_, String>(7)?, row.get::<_, i64>(8)?, row.get::<_, i64>(9)?)),
            )
            .optional()
            .map_err(unavailable)?;
        let Some((staff, csrf_token, created_at, last_seen)) = found else {
            return Ok(None);
        };
        let live =
            staff.revoked_at.is_none() && now - last_seen <= idle && now - created_at <= longest;
        if !live {
            connection
                .execute(
                    "DELETE FROM staff_sessions WHERE token_hash = ?1",
                    params![token_hash],
                )
                .map_err(unavailable)?;
            return Ok(None);
        }
        connection
            .execute(
                "UPDATE staff_sessions SET last_seen = ?2 WHERE token_hash = ?1",
                params![token_hash, now],
            )
            .map_err(unavailable)?;
        Ok(Some(Session { staff, csrf_token }))
    }

    fn end_session(&self, token_hash: &str, entry: &AuditEntry) -> Result<(), StoreError> {
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        transaction
            .execute(
                "DELETE FROM staff_sessions WHERE token_hash = ?1",
                params![token_hash],
            )
            .map_err(unavailable)?;
        audit(&transaction, entry)?;
        transaction.commit().map_err(unavailable)
    }

    fn inbox(&self, query: InboxQuery<'_>) -> Result<Vec<ApplicationSummary>, StoreError> {
        let connection = self.lock();
        let (before_time, before_id) = query.before.unwrap_or((i64::MAX, i64::MAX));
        // Two statements, so that each pages along its own index, with a status filter or not.
        let sql = if query.status.is_some() {
            "SELECT id, reference, service, received_at, status, status_changed_at FROM submissions
             WHERE service = ?1 AND status = ?2
               AND (received_at < ?3 OR (received_at = ?3 AND id < ?4))
             ORDER BY received_at DESC, id DESC LIMIT ?5"
        } else {
            "SELECT id, reference, service, received_at, status, status_changed_at FROM submissions
             WHERE service = ?1 AND ?2 IS NULL
               AND (received_at < ?3 OR (received_at = ?3 AND id < ?4))
             ORDER BY received_at DESC, id DESC LIMIT ?5"
        };
        let mut statement = connection.prepare(sql).map_err(unavailable)?;
        let rows = statement
            .query_map(
                params![
                    query.service,
                    query.status.map(Status::as_str),
                    before_time,
                    before_id,
                    query.limit as i64
                ],
                |row| {
                    Ok(ApplicationSummary {
                        id: row.get(0)?,
                        reference: row.get(1)?,
                        service: row.get(2)?,
                        received_at: row.get(3)?,
                        status: status_from(row.get(4)?),
                        status_changed_at: row.get(5)?,
                    })
                },
            )
            .map_err(unavailable)?;
        rows.collect::<Result<_, _>>().map_err(unavailable)
    }

    fn application(&self, reference: &str) -> Result<Option<Application>, StoreError> {
        let connection = self.lock();
        let found = connection
            .query_row(
                "SELECT submissions.id, reference, service, version, language, answers, received_at, status, track_secret_hash,
                        ratings.level, ratings.problems, ratings.comment, ratings.rated_at,
                        ratings.reply, ratings.replied_at, ratings.replied_by
                 FROM submissions LEFT JOIN ratings ON ratings.submission_id = submissions.id WHERE reference = ?1",
                params![reference],
                |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        Application {
                            reference: row.get(1)?,
                            service: row.get(2)?,
                            version: row.get(3)?,
                            language: row.get(4)?,
                            answers_json: row.get(5)?,
                            received_at: row.get(6)?,
                            status: status_from(row.get(7)?),
                            history: Vec::new(),
                            track_secret_hash: row.get(8)?,
                            rating: match row.get::<_, Option<u8>>(9)? {
                                Some(level) => Some(Rating {
                                    level,
                                    problems: serde_json::from_str(&row.get::<_, String>(10)?)
                                        .unwrap_or_default(),
                                    comment: row.get(11)?,
                                    rated_at: row.get(12)?,
                                    reply: row.get(13)?,
                                    replied_at: row.get(14)?,
                                    replied_by: row.get(15)?,
                                }),
                                None => None,
                            },
                        },
                    ))
                },
            )
            .optional()
            .map_err(unavailable)?;
        let Some((id, mut application)) = found else {
            return Ok(None);
        };
        application.answers_json = self
            .keys
            .open(&application.reference, &application.answers_json)
            .map_err(StoreError::Unavailable)?;
        let mut statement = connection
            .prepare(
                "SELECT from_status, to_status, message, staff_name, at FROM status_changes
                 WHERE submission_id = ?1 ORDER BY id",
            )
            .map_err(unavailable)?;
        application.history = statement
            .query_map(params![id], |row| {
                Ok(StatusChange {
                    from: status_from(row.get(0)?),
                    to: status_from(row.get(1)?),
                    message: row.get(2)?,
                    staff_name: row.get(3)?,
                    at: row.get(4)?,
                })
            })
            .map_err(unavailable)?
            .collect::<Result<_, _>>()
            .map_err(unavailable)?;
        Ok(Some(application))
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
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let current: Option<(i64, String)> = transaction
            .query_row(
                "SELECT id, status FROM submissions WHERE reference = ?1",
                params![reference],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .map_err(unavailable)?;
        let Some((id, current)) = current else {
            return Ok(Err(StatusChangeError::NotFound));
        };
        let current = status_from(current);
        if current != from {
            return Ok(Err(StatusChangeError::Stale(current)));
        }
        if !current.can_move_to(to) {
            return Ok(Err(StatusChangeError::NotAllowed(current)));
        }
        transaction
            .execute(
                "UPDATE submissions SET status = ?2, status_changed_at = ?3 WHERE id = ?1",
                params![id, to.as_str(), now],
            )
            .map_err(unavailable)?;
        transaction
            .execute(
                "INSERT INTO status_changes (submission_id, from_status, to_status, message, staff_id, staff_name, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![id, from.as_str(), to.as_str(), message, staff.id, staff.name, now],
            )
            .map_err(unavailable)?;
        audit(&transaction, entry)?;
        transaction.commit().map_err(unavailable)?;
        Ok(Ok(()))
    }

    fn rate(
        &self,
        reference: &str,
        rating: &Rating,
        rated_when_sent: bool,
    ) -> Result<Result<(), RatingError>, StoreError> {
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let found: Option<(i64, String, bool)> = transaction
            .query_row(
                "SELECT id, status, EXISTS (SELECT 1 FROM ratings WHERE submission_id = submissions.id)
                 FROM submissions WHERE reference = ?1",
                params![reference],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()
            .map_err(unavailable)?;
        let Some((id, status, rated)) = found else {
            return Ok(Err(RatingError::NotFound));
        };
        if !portal_forms::rating::can_rate(status_from(status), rated_when_sent) {
            return Ok(Err(RatingError::NotEnded));
        }
        if rated {
            return Ok(Err(RatingError::AlreadyRated));
        }
        transaction
            .execute(
                "INSERT INTO ratings (submission_id, level, problems, comment, rated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    id,
                    rating.level,
                    serde_json::to_string(&rating.problems).unwrap_or_else(|_| "[]".into()),
                    rating.comment,
                    rating.rated_at
                ],
            )
            .map_err(unavailable)?;
        transaction.commit().map_err(unavailable)?;
        Ok(Ok(()))
    }

    fn bad_ratings(&self, services: &[String]) -> Result<Vec<BadRating>, StoreError> {
        let connection = self.lock();
        let mut statement = connection
            .prepare(
                "SELECT reference, service, level, rated_at, replied_at FROM ratings
                 JOIN submissions ON submissions.id = ratings.submission_id
                 WHERE level <= ?1 AND service IN (SELECT value FROM json_each(?2))
                 ORDER BY rated_at, submissions.id",
            )
            .map_err(unavailable)?;
        let services = serde_json::to_string(services).unwrap_or_else(|_| "[]".into());
        let rows = statement
            .query_map(
                params![portal_forms::rating::BAD_AT_MOST, services],
                |row| {
                    Ok(BadRating {
                        reference: row.get(0)?,
                        service: row.get(1)?,
                        level: row.get(2)?,
                        rated_at: row.get(3)?,
                        replied_at: row.get(4)?,
                    })
                },
            )
            .map_err(unavailable)?;
        rows.collect::<Result<_, _>>().map_err(unavailable)
    }

    fn reply_to_rating(
        &self,
        reference: &str,
        reply: &str,
        staff: &StaffMember,
        now: i64,
        entry: &AuditEntry,
    ) -> Result<Result<(), ReplyError>, StoreError> {
        let mut connection = self.lock();
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let found: Option<(i64, Option<u8>, Option<i64>)> = transaction
            .query_row(
                "SELECT submissions.id, ratings.level, ratings.replied_at FROM submissions
                 LEFT JOIN ratings ON ratings.submission_id = submissions.id WHERE reference = ?1",
                params![reference],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()
            .map_err(unavailable)?;
        let Some((id, level, replied_at)) = found else {
            return Ok(Err(ReplyError::NotFound));
        };
        if !level.is_some_and(portal_forms::rating::is_bad) {
            return Ok(Err(ReplyError::NothingToAnswer));
        }
        if replied_at.is_some() {
            return Ok(Err(ReplyError::AlreadyAnswered));
        }
        transaction
            .execute(
                "UPDATE ratings SET reply = ?2, replied_at = ?3, replied_by = ?4 WHERE submission_id = ?1",
                params![id, reply, now, staff.name],
            )
            .map_err(unavailable)?;
        audit(&transaction, entry)?;
        transaction.commit().map_err(unavailable)?;
        Ok(Ok(()))
    }

    fn rating_counts(&self, service: &str) -> Result<[u64; 5], StoreError> {
        let connection = self.lock();
        let mut statement = connection
            .prepare(
                "SELECT level, COUNT(*) FROM ratings JOIN submissions ON submissions.id = ratings.submission_id
                 WHERE service = ?1 GROUP BY level",
            )
            .map_err(unavailable)?;
        let mut counts = [0u64; 5];
        let rows = statement
            .query_map(params![service], |row| {
                Ok((row.get::<_, u8>(0)?, row.get::<_, i64>(1)?))
            })
            .map_err(unavailable)?;
        for row in rows {
            let (level, count) = row.map_err(unavailable)?;
            if let Some(slot) = counts.get_mut(usize::from(level).wrapping_sub(1)) {
                *slot = count.max(0) as u64;
            }
        }
        Ok(counts)
    }

    fn record(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        audit(&self.lock(), entry)
    }

    fn audit_log(
        &self,
        department: Option<&str>,
        since: i64,
        limit: usize,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let connection = self.lock();
        let mut statement = connection
            .prepare(
                "SELECT at, staff_id, actor, department, action, subject, detail FROM audit_log
                 WHERE (?1 IS NULL OR department = ?1) AND at >= ?2 ORDER BY at DESC, id DESC LIMIT ?3",
            )
            .map_err(unavailable)?;
        let rows = statement
            .query_map(params![department, since, limit as i64], |row| {
                Ok(AuditEntry {
                    at: row.get(0)?,
                    staff_id: row.get(1)?,
                    actor: row.get(2)?,
                    department: row.get(3)?,
                    action: row.get(4)?,
                    subject: row.get(5)?,
                    detail: row.get(6)?,
                })
            })
            .map_err(unavailable)?;
        rows.collect::<Result<_, _>>().map_err(unavailable)
    }
}
