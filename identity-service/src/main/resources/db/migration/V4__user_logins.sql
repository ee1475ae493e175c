-- What identity-service knows of workforce users, from their events: enough to log them in. An email is not unique
-- here, since events of different users may arrive in any order; a login needs exactly one active match.
CREATE TABLE login_user (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL,
    email           TEXT,
    roles           TEXT        NOT NULL,
    active          BOOLEAN     NOT NULL,
    version         BIGINT      NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_user_email ON login_user (account_id, lower(email)) WHERE active;

-- User passwords, hashed with Argon2id (PHC string format).
CREATE TABLE user_credential (
    user_id       BIGINT PRIMARY KEY,
    account_id    BIGINT      NOT NULL,
    password_hash TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- Refresh tokens of a user's login, so deactivating the user revokes them all at once.
ALTER TABLE refresh_token ADD COLUMN user_id BIGINT;
CREATE INDEX refresh_token_user ON refresh_token (user_id) WHERE user_id IS NOT NULL;
