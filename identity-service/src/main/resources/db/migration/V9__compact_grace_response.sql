-- A retired refresh token keeps only its successor pair, sealed, as raw bytes: about half the size of the sealed
-- JSON response in Base64, so the row stays under PostgreSQL's TOAST threshold and is updated in place. Sealed
-- responses of the old form are dropped; they served a retry within a few seconds of the rotation.
ALTER TABLE refresh_token ALTER COLUMN grace_response TYPE BYTEA USING NULL;
