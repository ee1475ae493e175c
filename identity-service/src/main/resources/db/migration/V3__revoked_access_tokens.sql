-- Access tokens are JWTs checked locally; a revoked one is remembered by its id until it would have expired anyway.
CREATE TABLE revoked_access_token (
    jti        TEXT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX revoked_access_token_expiry ON revoked_access_token (expires_at);
