-- The users bulk API's own properties of a user (seed: users-bulk-api.txt, "User Object Payload"): its external id
-- (unique within the account, archived users included, so that a POST with it restores one), user type, initials,
-- image token, address, skill tags, teams and custom Data fields (JSON text), and its archive (DELETE).
CREATE TABLE workspace_user (
    user_id        BIGINT      PRIMARY KEY REFERENCES workforce_user (id),
    account_id     BIGINT      NOT NULL,
    external_id    TEXT,
    user_type      TEXT        CHECK (user_type IN ('SubscriptionAdmin', 'Dispatcher', 'Supervisor', 'Standard', 'ViewOnly')),
    initials       TEXT,
    image          TEXT,
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    street_address TEXT,
    unit           TEXT,
    city           TEXT,
    state          TEXT,
    zip            TEXT,
    skill_tags     TEXT        NOT NULL DEFAULT '[]',
    teams          TEXT        NOT NULL DEFAULT '[]',
    data           TEXT        NOT NULL DEFAULT '{}',
    archived_at    TIMESTAMPTZ,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX workspace_user_external_id ON workspace_user (account_id, external_id) WHERE external_id IS NOT NULL;

-- The delta feed of GET /{workspace}/api/user?modifiedsince=: each user's last change, by the id of the transaction
-- that made it. A reader takes only changes of transactions older than every transaction still running
-- (pg_snapshot_xmin), in (change_xid, change_seq) order, so a change that commits after a reader passed its place in
-- that order cannot exist, and paging by that order never skips one. Wall-clock order would: a transaction that
-- stamps its change first may commit last. Every write of a user, through any API, passes the triggers below.
CREATE SEQUENCE user_change_seq;
CREATE TABLE user_change (
    user_id    BIGINT      PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    change_xid BIGINT      NOT NULL, -- the xid8 of pg_current_xact_id(), which never wraps
    change_seq BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX user_change_feed ON user_change (account_id, change_xid, change_seq);

CREATE FUNCTION record_user_change(changed_user BIGINT, changed_account BIGINT) RETURNS VOID AS $$
    INSERT INTO user_change (user_id, account_id, change_xid, change_seq, changed_at)
    VALUES (changed_user, changed_account, pg_current_xact_id()::text::bigint, nextval('user_change_seq'), clock_timestamp())
    ON CONFLICT (user_id) DO UPDATE SET change_xid = EXCLUDED.change_xid, change_seq = EXCLUDED.change_seq,
                                        changed_at = EXCLUDED.changed_at;
$$ LANGUAGE sql;

CREATE FUNCTION workforce_user_changed() RETURNS trigger AS $$
BEGIN
    PERFORM record_user_change(NEW.id, NEW.account_id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER workforce_user_changed AFTER INSERT OR UPDATE ON workforce_user
    FOR EACH ROW EXECUTE FUNCTION workforce_user_changed();

CREATE FUNCTION workspace_user_changed() RETURNS trigger AS $$
BEGIN
    PERFORM record_user_change(NEW.user_id, NEW.account_id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER workspace_user_changed AFTER INSERT OR UPDATE ON workspace_user
    FOR EACH ROW EXECUTE FUNCTION workspace_user_changed();

INSERT INTO user_change (user_id, account_id, change_xid, change_seq, changed_at)
SELECT id, account_id, pg_current_xact_id()::text::bigint, nextval('user_change_seq'), updated_at FROM workforce_user ORDER BY id;
