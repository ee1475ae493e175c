package io.fieldline.job.datafile.repository;

import io.fieldline.job.datafile.Datafile;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Datafiles and their content chunks, in plain SQL: every lookup by a caller is scoped by its account. */
@ApplicationScoped
public class DatafileRepository {

    private static final String COLUMNS = "uid, account_id, filename, mime_type, size, created_at";
    private static final String INSERT = "INSERT INTO datafile (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)";
    private static final String INSERT_CHUNK =
            "INSERT INTO datafile_chunk (account_id, datafile_uid, seq, data) VALUES ($1, $2, $3, $4)";
    private static final String OF_ACCOUNT = "SELECT " + COLUMNS + " FROM datafile WHERE account_id = $1 AND uid = $2";
    private static final String BY_UID = "SELECT " + COLUMNS + " FROM datafile WHERE uid = $1";
    private static final String CHUNK = "SELECT data FROM datafile_chunk WHERE datafile_uid = $1 AND seq = $2";
    private static final String CHUNK_COUNT = "SELECT count(*) AS chunks FROM datafile_chunk WHERE datafile_uid = $1";

    private final Pool pool;

    public DatafileRepository(Pool pool) {
        this.pool = pool;
    }

    /** Writes the metadata within the open transaction. */
    public Uni<Void> insert(SqlConnection transaction, Datafile file) {
        return transaction.preparedQuery(INSERT).execute(Tuple.from(new Object[]{file.uid(), file.accountId(),
                file.filename(), file.mimeType(), file.size(), file.createdAt().atOffset(ZoneOffset.UTC)})).replaceWithVoid();
    }

    /** Writes the {@code seq}th chunk of the file's content (counting from 0) within the open transaction. */
    public Uni<Void> insertChunk(SqlConnection transaction, Datafile file, int seq, Buffer data) {
        return transaction.preparedQuery(INSERT_CHUNK).execute(Tuple.of(file.accountId(), file.uid(), seq, data.getDelegate()))
                .replaceWithVoid();
    }

    /** The account's datafile of this uid, if any. */
    public Uni<Optional<Datafile>> find(long accountId, UUID uid) {
        return pool.preparedQuery(OF_ACCOUNT).execute(Tuple.of(accountId, uid)).map(DatafileRepository::first);
    }

    /**
     * The datafile of this uid whichever its account: only for a download link, whose signature is the credential
     * that names the file.
     */
    public Uni<Optional<Datafile>> findSigned(UUID uid) {
        return pool.preparedQuery(BY_UID).execute(Tuple.of(uid)).map(DatafileRepository::first);
    }

    /** The file's content, chunk by chunk in order: one chunk in memory at a time, fetched as the reader asks. */
    public Multi<Buffer> content(Datafile file) {
        return pool.preparedQuery(CHUNK_COUNT).execute(Tuple.of(file.uid()))
                .map(rows -> rows.iterator().next().getLong("chunks").intValue())
                .onItem().transformToMulti(chunks -> Multi.createFrom().range(0, chunks))
                .onItem().transformToUniAndConcatenate(seq -> pool.preparedQuery(CHUNK).execute(Tuple.of(file.uid(), seq))
                        .map(rows -> rows.iterator().next().getBuffer("data")));
    }

    private static Optional<Datafile> first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new Datafile(row.getUUID("uid"), row.getLong("account_id"), row.getString("filename"),
                row.getString("mime_type"), row.getLong("size"), row.getOffsetDateTime("created_at").toInstant()));
    }
}
