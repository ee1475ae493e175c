package io.fieldline.job.datafile.service;

import io.fieldline.events.DatafileEvent;
import io.fieldline.job.config.DatafilesConfig;
import io.fieldline.job.datafile.Datafile;
import io.fieldline.job.datafile.mapping.DatafileMapper;
import io.fieldline.job.datafile.repository.DatafileRepository;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.platform.validation.TextRule;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.file.OpenOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.file.AsyncFile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules for datafiles (seed: Files and Photos): an upload within the size limit is stored, with its MIME type
 * detected from its content, in one transaction with its event; a file is read by its own account, or through a
 * signed link by anyone holding it. The content moves between the uploaded file on disk and the database one chunk at
 * a time, never whole in memory.
 */
@ApplicationScoped
public class DatafileService {

    /** The content's chunk size, in bytes. */
    static final int CHUNK = 1024 * 1024;
    private static final int MAX_FILENAME = 255;

    private final DatafileRepository datafiles;
    private final Pool pool;
    private final Outbox outbox;
    private final Vertx vertx;
    private final DownloadLinks links;
    private final long maxSize;

    public DatafileService(DatafileRepository datafiles, Pool pool, Outbox outbox, Vertx vertx, DownloadLinks links,
                           DatafilesConfig config) {
        this.datafiles = datafiles;
        this.pool = pool;
        this.outbox = outbox;
        this.vertx = vertx;
        this.links = links;
        this.maxSize = config.maxSize().asLongValue();
    }

    /** Stores an upload: 413 above the size limit, 422 naming {@code file} for a file name that cannot be kept. */
    public Uni<Datafile> upload(Tenancy tenancy, UploadedFile upload) {
        if (upload.size() > maxSize) {
            throw new ApiException(413, "payload_too_large", "The file exceeds the limit of " + maxSize + " bytes",
                    Map.of("file", List.of("must be at most " + maxSize + " bytes")));
        }
        String filename = filenameOf(upload);
        return vertx.fileSystem().open(upload.path().toString(), new OpenOptions().setRead(true))
                .chain(file -> read(file, 0).chain(first -> {
                    Datafile datafile = new Datafile(UUID.randomUUID(), tenancy.accountId(), filename,
                            ContentTypes.detect(first.getBytes(), filename), upload.size(),
                            Instant.now().truncatedTo(ChronoUnit.SECONDS));
                    return pool.withTransaction(transaction -> datafiles.insert(transaction, datafile)
                            .chain(() -> writeChunks(transaction, file, datafile, first, 0))
                            .chain(() -> outbox.record(transaction, new ChangeEvent<>(DatafileEvent.CREATED,
                                    datafile.uid().toString(), datafile.accountId(), DatafileMapper.toEvent(datafile))))
                            .replaceWith(datafile));
                }).eventually(file::close));
    }

    /** The account's datafile; 404 when the account has none of this uid. */
    public Uni<Datafile> get(Tenancy tenancy, UUID uid) {
        return datafiles.find(tenancy.accountId(), uid).map(found -> found.orElseThrow(DatafileService::notFound));
    }

    /** The datafile a download link names, once its signature and expiry are checked (403 otherwise). */
    public Uni<Datafile> signed(String uid, long expires, String signature) {
        links.verify(uid, expires, signature);
        return datafiles.findSigned(UUID.fromString(uid)).map(found -> found.orElseThrow(DatafileService::notFound));
    }

    /** The file's content, chunk by chunk. */
    public Multi<Buffer> content(Datafile datafile) {
        return datafiles.content(datafile);
    }

    private Uni<Void> writeChunks(SqlConnection transaction, AsyncFile file, Datafile datafile, Buffer chunk, int seq) {
        if (chunk.length() == 0) {
            return Uni.createFrom().voidItem();
        }
        return datafiles.insertChunk(transaction, datafile, seq, chunk)
                .chain(() -> read(file, (long) (seq + 1) * CHUNK))
                .chain(next -> writeChunks(transaction, file, datafile, next, seq + 1));
    }

    private static Uni<Buffer> read(AsyncFile file, long position) {
        return file.read(Buffer.buffer(CHUNK), 0, position, CHUNK);
    }

    /**
     * The client's file name without any folder part; it must be text that can be stored as sent, and without control
     * characters, since it goes back out in a {@code Content-Disposition} header.
     */
    private static String filenameOf(UploadedFile upload) {
        String name = Optional.ofNullable(upload.filename()).orElse("");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        FieldErrors errors = new FieldErrors();
        if (name.isEmpty()) {
            errors.add("file", "needs a file name");
        } else if (name.length() > MAX_FILENAME) {
            errors.add("file", "needs a file name of at most " + MAX_FILENAME + " characters");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add("file", "needs a file name without control characters");
        } else {
            TextRule.problemWith(name).ifPresent(problem -> errors.add("file", "file name " + problem));
        }
        errors.throwIfAny();
        return name;
    }

    private static ApiException notFound() {
        return ApiException.notFound("Datafile");
    }
}
