-- Change events waiting to be published to Kafka. A row is written in the same transaction as the
-- change it describes and deleted once Kafka has acknowledged it.
CREATE TABLE outbox_event (
    id          BIGSERIAL PRIMARY KEY,
    event_id    UUID        NOT NULL,
    topic       TEXT        NOT NULL,
    event_key   TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    account_id  BIGINT      NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    data        JSONB       NOT NULL
);
