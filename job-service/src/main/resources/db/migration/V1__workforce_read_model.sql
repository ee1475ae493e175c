-- job-service's own view of the workforce, kept from technician-service's user events. Only what job-service needs
-- to check an appointment's user: who, where, which roles, active or not. version makes redelivery harmless.
CREATE TABLE workforce_user (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL,
    first_name      TEXT        NOT NULL,
    last_name       TEXT        NOT NULL,
    is_technician   BOOLEAN     NOT NULL,
    is_dispatcher   BOOLEAN     NOT NULL,
    active          BOOLEAN     NOT NULL,
    version         BIGINT      NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX workforce_user_account_organization ON workforce_user (account_id, organization_id);
