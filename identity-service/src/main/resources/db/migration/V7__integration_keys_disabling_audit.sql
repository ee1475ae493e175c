-- A disabled account or client gets no more tokens; what it was issued is revoked when it is disabled.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMPTZ;
ALTER TABLE oauth_client ADD COLUMN disabled_at TIMESTAMPTZ;

-- Long-lived API keys of a client, kept only as a keyed hash of the key handed out once.
CREATE TABLE integration_key (
    id           BIGSERIAL PRIMARY KEY,
    client_id    BIGINT      NOT NULL REFERENCES oauth_client (id),
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    name         TEXT        NOT NULL,
    key_hash     TEXT        NOT NULL UNIQUE,
    -- the first characters of the key, for operators to tell keys apart; too few to guess the rest
    key_prefix   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX integration_key_client ON integration_key (client_id);

-- Every token issued, refused, refreshed or revoked, and every admin change: who, when, from where. Never secrets.
CREATE TABLE audit_event (
    -- also the id of the event that publishes the entry
    id          UUID PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    action      TEXT        NOT NULL,
    outcome     TEXT        NOT NULL,
    account_id  BIGINT,
    actor       TEXT,
    target      TEXT,
    client_ip   TEXT,
    request_id  TEXT,
    details     JSONB       NOT NULL
);
CREATE INDEX audit_event_account ON audit_event (account_id, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
