-- A rotated-in key is published in the JWKS before it starts signing, so every verifier knows it first.
ALTER TABLE signing_key ADD COLUMN activates_at TIMESTAMPTZ;
UPDATE signing_key SET activates_at = created_at;
ALTER TABLE signing_key ALTER COLUMN activates_at SET NOT NULL;
