-- Appointments are records of their own now: the appointment an accept asked for, kept on the job until V11, becomes
-- a scheduled appointment of the job, and the job's column goes.
INSERT INTO appointment (account_id, organization_id, job_id, user_id, status, starts_at, duration, version,
                         created_at, updated_at)
SELECT account_id, organization_id, id, (accepted_appointment ->> 'user_id')::bigint, 'scheduled',
       (accepted_appointment ->> 'time')::timestamptz, (accepted_appointment ->> 'duration')::integer, 1, updated_at,
       updated_at
  FROM job
 WHERE accepted_appointment IS NOT NULL;
ALTER TABLE job DROP COLUMN accepted_appointment;
