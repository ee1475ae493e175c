package io.fieldline.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL server from Maven Central's embedded binaries, keeping binaries and data under one directory. */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts PostgreSQL with its data in {@code home/data}, committing as {@code durability} says; an existing data
     * directory is reused, so data survives restarts. As root, initdb and postgres refuse to run, so they run inside a
     * user namespace, where they are not root.
     */
    public static LocalPostgres start(Path home, int port, Durability durability) throws IOException {
        requireRunnableAsCurrentUser();
        Files.createDirectories(home);
        Path log = home.resolve("postgres.log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        durability.serverSettings().forEach(builder::setServerConfig);
        EmbeddedPostgres server = builder
                .setOverrideWorkingDirectory(home.resolve("binaries").toFile())
                .setDataDirectory(home.resolve("data"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                // the token tables' indexes outgrow the default 128 MB within minutes of load
                .setServerConfig("shared_buffers", "512MB")
                // under sustained token load the default 1 GB of WAL forced a checkpoint every 25 s, and each one made
                // the next write of every page log the whole page: fewer checkpoints, far less WAL per write
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "15min")
                // the outbox is emptied as fast as it fills: vacuumed once a minute, its dead rows slowed every read
                .setServerConfig("autovacuum_naptime", "10s")
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .start();
        return new LocalPostgres(server);
    }

    private static void requireRunnableAsCurrentUser() {
        boolean root = new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        if (root && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("""
                    PostgreSQL refuses to run as root, and this machine does not allow user namespaces \
                    ('unshare -U' failed), which Fieldline uses to run it as an unprivileged user. Either run as a \
                    normal user, or allow user namespaces (sysctl user.max_user_namespaces=15000, and on Debian/Ubuntu \
                    kernel.unprivileged_userns_clone=1).""");
        }
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** The value of a server setting as the running server reports it, e.g. {@code "on"} for {@code fsync}. */
    public String setting(String name) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             PreparedStatement show = connection.prepareStatement("SELECT current_setting(?)")) {
            show.setString(1, name);
            try (ResultSet value = show.executeQuery()) {
                value.next();
                return value.getString(1);
            }
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
