package io.fieldline.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body streamed on as it arrives, up to {@code limit} bytes: past that, the stream fails with
 * {@link TooLarge} and delivers nothing more, so a body without {@code Content-Length} is held to its route's limit
 * too.
 */
public final class LimitedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long limit;
    private long read;
    private boolean exceeded;
    private Handler<Throwable> failed = ignored -> { };

    public LimitedBody(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    /** The body passed its limit of {@code limit} bytes. */
    public static final class TooLarge extends RuntimeException {

        TooLarge(long limit) {
            super("Request body exceeds " + limit + " bytes", null, false, false);
        }
    }

    /** Whether the body passed its limit, however the failure reached whoever was reading it. */
    public boolean exceeded() {
        return exceeded;
    }

    /** Its limit, in bytes. */
    public long limit() {
        return limit;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(handler == null ? null : buffer -> {
            read += buffer.length();
            if (read > limit) {
                exceeded = true;
                source.handler(null);
                failed.handle(new TooLarge(limit));
            } else {
                handler.handle(buffer);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        failed = handler == null ? ignored -> { } : handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
