-- A user's preferred interface language (a BCP 47 tag such as 'de') and time zone (an IANA id such as
-- 'Europe/Lisbon'), as the technician management API sets them; none when not given.
ALTER TABLE workforce_user ADD COLUMN language TEXT, ADD COLUMN timezone TEXT;
