-- Refresh tokens rotate: each refresh retires the presented token and issues a new one of the same family. Presenting
-- a retired token again (past the grace window) revokes the whole family.
ALTER TABLE refresh_token
    ADD COLUMN family_id      UUID,
    ADD COLUMN rotated_at     TIMESTAMPTZ,
    ADD COLUMN revoked_at     TIMESTAMPTZ,
    -- the response that replaced this token, sealed under a key derived from this token's own value, so a client
    -- that lost it can fetch it again; cleared when the grace window closes
    ADD COLUMN grace_response TEXT;
UPDATE refresh_token SET family_id = gen_random_uuid() WHERE family_id IS NULL;
ALTER TABLE refresh_token ALTER COLUMN family_id SET NOT NULL;
CREATE INDEX refresh_token_family ON refresh_token (family_id);
