-- A phone number belongs to one active user of an account; a deactivated user's number is free again (seed: Users,
-- "Delete/Deactivate a User"). Numbers are stored in E.164 from now on: those stored before in RFC 3966 form lose
-- their "tel:" prefix and visual separators, which is their E.164 form.
UPDATE workforce_user SET phone_number = regexp_replace(phone_number, '^tel:|[().\- ]', '', 'g')
WHERE phone_number IS NOT NULL;
CREATE UNIQUE INDEX workforce_user_active_phone ON workforce_user (account_id, phone_number)
    WHERE phone_number IS NOT NULL AND deactivated_at IS NULL;
