-- Failed logins per subject (a user's email within an account, or a client id), whether or not the subject exists,
-- so a lockout reveals nothing about which users exist.
CREATE TABLE login_throttle (
    subject           TEXT PRIMARY KEY,
    failures          INT         NOT NULL,
    window_started_at TIMESTAMPTZ NOT NULL,
    locked_until      TIMESTAMPTZ
);
