-- GET /v3/users pages an account's users by id and finds them by email, in any case and active or not.
CREATE INDEX workforce_user_account_id ON workforce_user (account_id, id);
CREATE INDEX workforce_user_account_lower_email ON workforce_user (account_id, lower(email));
