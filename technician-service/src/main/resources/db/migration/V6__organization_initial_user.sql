-- The initial user technician-service created for an organization that asked for one (create_user), written in the
-- same transaction as the user, so that a redelivered created event finds it and creates no second user.
CREATE TABLE organization_initial_user (
    organization_id BIGINT PRIMARY KEY,
    user_id         BIGINT      NOT NULL REFERENCES workforce_user (id),
    created_at      TIMESTAMPTZ NOT NULL
);
