-- Tenants: a job source or a service company.
CREATE TABLE account (
    id         BIGSERIAL PRIMARY KEY,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- OAuth2 clients ("public key" / "secret key" in the API documents). The secret is kept only as a keyed hash.
CREATE TABLE oauth_client (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    client_id   TEXT        NOT NULL UNIQUE,
    secret_hash TEXT        NOT NULL,
    scopes      TEXT        NOT NULL,
    grant_types TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX oauth_client_account ON oauth_client (account_id);

-- Refresh tokens, kept only as hashes of the opaque value handed out.
CREATE TABLE refresh_token (
    id         BIGSERIAL PRIMARY KEY,
    token_hash TEXT        NOT NULL UNIQUE,
    client_id  BIGINT      NOT NULL REFERENCES oauth_client (id),
    account_id BIGINT      NOT NULL REFERENCES account (id),
    scopes     TEXT        NOT NULL,
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX refresh_token_expiry ON refresh_token (expires_at);

-- Token signing keys. The newest signs; every key stays published in the JWKS.
CREATE TABLE signing_key (
    kid         TEXT PRIMARY KEY,
    algorithm   TEXT        NOT NULL,
    private_key TEXT        NOT NULL,
    public_key  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
