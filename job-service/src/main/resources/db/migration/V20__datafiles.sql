-- Uploaded files (seed: Files and Photos). A file never changes once written; its content is kept in chunks of at
-- most 1 MiB, so that neither writing nor serving it ever holds the whole file in memory, and deleting the file
-- deletes them with it (large objects would need their own unlinking).
CREATE TABLE datafile (
    uid        uuid        PRIMARY KEY,
    account_id bigint      NOT NULL,
    filename   text        NOT NULL,
    mime_type  text        NOT NULL,
    size       bigint      NOT NULL CHECK (size >= 0),
    created_at timestamptz NOT NULL,
    UNIQUE (account_id, uid)
);

CREATE TABLE datafile_chunk (
    account_id   bigint  NOT NULL,
    datafile_uid uuid    NOT NULL,
    seq          integer NOT NULL CHECK (seq >= 0),
    data         bytea   NOT NULL,
    PRIMARY KEY (datafile_uid, seq),
    FOREIGN KEY (account_id, datafile_uid) REFERENCES datafile (account_id, uid) ON DELETE CASCADE
);
-- most uploads are photos and PDFs, compressed already: store chunks out of line without trying to compress them
ALTER TABLE datafile_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
