-- technician-service's own view of job-service's organizations, kept from their events (and from job-service's
-- internal API when a user is written before the event arrives). Only what the users' rules need: which account the
-- organization belongs to, whether the account may write its users (network), and whether it still exists. version
-- makes redelivery harmless and lets a newer event win over an older answer.
CREATE TABLE organization (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT  NOT NULL,
    network    TEXT    NOT NULL CHECK (network IN ('first_party', 'third_party')),
    deleted    BOOLEAN NOT NULL,
    version    BIGINT  NOT NULL
);
