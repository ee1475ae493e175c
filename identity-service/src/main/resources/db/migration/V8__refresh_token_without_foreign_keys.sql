-- Every token insert of a busy client checked these foreign keys by taking a KEY SHARE lock on the same client row
-- and the same account row; concurrent inserts then made PostgreSQL create and resolve multixacts, which halved the
-- grant rate at 16 concurrent clients (measured with ./bench/tokens). Clients and accounts are never deleted, only
-- disabled, so the keys guarded against nothing that can happen; the token paths take both ids from rows they read.
ALTER TABLE refresh_token DROP CONSTRAINT refresh_token_client_id_fkey;
ALTER TABLE refresh_token DROP CONSTRAINT refresh_token_account_id_fkey;
