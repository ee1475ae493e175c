-- Every person of the workforce: dispatchers and technicians (or both). Deactivation is a soft delete.
CREATE TABLE workforce_user (
    id                  BIGSERIAL PRIMARY KEY,
    account_id          BIGINT      NOT NULL,
    organization_id     BIGINT      NOT NULL,
    first_name          TEXT        NOT NULL,
    last_name           TEXT        NOT NULL,
    email               TEXT,
    phone_number        TEXT,
    is_dispatcher       BOOLEAN     NOT NULL,
    is_technician       BOOLEAN     NOT NULL,
    availability_status TEXT        NOT NULL DEFAULT 'Available'
        CHECK (availability_status IN ('Available', 'Busy', 'Offline')),
    vehicle_type        TEXT,
    transport_modes     TEXT        NOT NULL DEFAULT '', -- space-separated, e.g. 'driving transit'
    version             BIGINT      NOT NULL DEFAULT 1,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    deactivated_at      TIMESTAMPTZ,
    CHECK (is_dispatcher OR is_technician)
);
CREATE INDEX workforce_user_account_technicians ON workforce_user (account_id, id) WHERE is_technician;
CREATE INDEX workforce_user_account_organization ON workforce_user (account_id, organization_id);
-- An email names one active user of an account: it is the user's login.
CREATE UNIQUE INDEX workforce_user_active_email ON workforce_user (account_id, lower(email))
    WHERE email IS NOT NULL AND deactivated_at IS NULL;

-- Skill categories of an account, and each technician's proficiency (1 = beginner, 5 = expert).
CREATE TABLE skill_category (
    id         BIGSERIAL PRIMARY KEY,
    account_id BIGINT NOT NULL,
    name       TEXT   NOT NULL,
    UNIQUE (account_id, name)
);
CREATE TABLE technician_skill (
    user_id           BIGINT   NOT NULL REFERENCES workforce_user (id),
    skill_category_id BIGINT   NOT NULL REFERENCES skill_category (id),
    skill_level       SMALLINT NOT NULL CHECK (skill_level BETWEEN 1 AND 5),
    PRIMARY KEY (user_id, skill_category_id)
);

-- A technician's working week: one row per ISO day of week (1 = Monday).
CREATE TABLE weekly_schedule (
    user_id      BIGINT   NOT NULL REFERENCES workforce_user (id),
    day_of_week  SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time   TIME     NOT NULL,
    end_time     TIME     NOT NULL,
    is_available BOOLEAN  NOT NULL,
    PRIMARY KEY (user_id, day_of_week)
);
