-- The whole schema of SQLite's migrations 1-6, for PostgreSQL: submissions, page feedback,
-- readiness, the department workspace, progress look-up and ratings, data keys. Integer
-- seconds since 1970 throughout, as in SQLite, so both stores read the same way.
CREATE TABLE submissions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_digest TEXT NOT NULL,
    service TEXT NOT NULL,
    version BIGINT NOT NULL,
    language TEXT NOT NULL,
    -- JSON in clear, or sealed (`sealed1.<key id>.<base64>`): see src/store/sealing.rs.
    answers TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    status_changed_at BIGINT,
    track_secret_hash TEXT
);
CREATE INDEX submissions_by_service_and_time ON submissions (service, received_at);
CREATE INDEX submissions_by_service_status ON submissions (service, status, received_at, id);

-- Counts only: no time, address or anything else about who answered.
CREATE TABLE page_feedback (
    service TEXT PRIMARY KEY,
    yes BIGINT NOT NULL DEFAULT 0,
    no BIGINT NOT NULL DEFAULT 0
);

-- One row, rewritten by every readiness check: only a write proves the store can write.
CREATE TABLE readiness (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at BIGINT NOT NULL
);

CREATE TABLE staff (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_handle TEXT NOT NULL UNIQUE,
    department TEXT NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE TABLE staff_setup (
    token_hash TEXT PRIMARY KEY,
    staff_id BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE TABLE passkeys (
    credential_id TEXT PRIMARY KEY,
    staff_id BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    passkey TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen BIGINT NOT NULL
);
CREATE TABLE status_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    message TEXT,
    staff_id BIGINT,
    staff_name TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX status_changes_by_submission ON status_changes (submission_id, id);
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    staff_id BIGINT,
    actor TEXT NOT NULL,
    department TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT
);
CREATE INDEX audit_by_time ON audit_log (at);
CREATE INDEX audit_by_department ON audit_log (department, at);

CREATE TABLE ratings (
    submission_id BIGINT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    level SMALLINT NOT NULL CHECK (level BETWEEN 1 AND 5),
    problems TEXT NOT NULL,
    comment TEXT,
    rated_at BIGINT NOT NULL,
    reply TEXT,
    replied_at BIGINT,
    replied_by TEXT
);
CREATE INDEX ratings_to_answer ON ratings (level, replied_at);

CREATE TABLE data_keys (
    id TEXT PRIMARY KEY,
    probe TEXT NOT NULL,
    added_at BIGINT NOT NULL
);

-- Requests per client and minute, shared by every server on this database (clients only as a
-- hash; rows older than two minutes are deleted).
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    minute BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (bucket, minute)
);
CREATE INDEX rate_limits_by_minute ON rate_limits (minute);
