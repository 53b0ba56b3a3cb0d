-- Passkey ceremonies under way (the server's half of each, between its start and its finish
-- request, at most five minutes), so that any instance can finish what another started. The
-- client is a hash of its address, to bound how many one client keeps.
CREATE TABLE ceremonies (
    id TEXT PRIMARY KEY,
    client TEXT NOT NULL,
    state TEXT NOT NULL,
    started_at BIGINT NOT NULL
);
CREATE INDEX ceremonies_by_client ON ceremonies (client, started_at);
CREATE INDEX ceremonies_by_time ON ceremonies (started_at);
