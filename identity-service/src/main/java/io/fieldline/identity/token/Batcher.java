package io.fieldline.identity.token;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Function;

/**
 * Runs items in batches without waiting for a batch to fill: an item submitted while fewer than {@code concurrency}
 * batches run starts a batch of its own at once; items submitted while that many run wait, and go together, up to
 * {@code maxSize}, as soon as one ends. Under light load every item runs alone and at once; under heavy load the cost
 * of a run is shared by many items.
 * <p>
 * Each item's result is delivered on the Vert.x context it was submitted from.
 */
final class Batcher<I, O> {

    private record Waiting<I, O>(I item, UniEmitter<? super O> emitter, Context context) {

        void complete(O result) {
            deliver(() -> emitter.complete(result));
        }

        void fail(Throwable failure) {
            deliver(() -> emitter.fail(failure));
        }

        private void deliver(Runnable delivery) {
            if (context == null || context == Vertx.currentContext()) {
                delivery.run();
            } else {
                context.runOnContext(ignored -> delivery.run());
            }
        }
    }

    private final Function<List<I>, Uni<List<O>>> run;
    private final int concurrency;
    private final int maxSize;
    private final Queue<Waiting<I, O>> waiting = new ArrayDeque<>();
    private int running;

    /** {@code run} returns one result per item, in the items' order. */
    Batcher(Function<List<I>, Uni<List<O>>> run, int concurrency, int maxSize) {
        this.run = run;
        this.concurrency = concurrency;
        this.maxSize = maxSize;
    }

    Uni<O> submit(I item) {
        return Uni.createFrom().emitter(emitter -> {
            synchronized (this) {
                waiting.add(new Waiting<>(item, emitter, Vertx.currentContext()));
            }
            startNext();
        });
    }

    private void startNext() {
        for (List<Waiting<I, O>> batch = nextBatch(); batch != null; batch = nextBatch()) {
            start(batch);
        }
    }

    private synchronized List<Waiting<I, O>> nextBatch() {
        if (running == concurrency || waiting.isEmpty()) {
            return null;
        }
        running++;
        List<Waiting<I, O>> batch = new ArrayList<>(Math.min(waiting.size(), maxSize));
        while (batch.size() < maxSize && !waiting.isEmpty()) {
            batch.add(waiting.poll());
        }
        return batch;
    }

    private void start(List<Waiting<I, O>> batch) {
        Uni<List<O>> results;
        try {
            results = run.apply(batch.stream().map(Waiting::item).toList());
        } catch (RuntimeException e) {
            results = Uni.createFrom().failure(e);
        }
        results.subscribe().with(done -> {
            ended();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(done.get(i));
            }
        }, failure -> {
            ended();
            batch.forEach(item -> item.fail(failure));
        });
    }

    private void ended() {
        synchronized (this) {
            running--;
        }
        startNext();
    }
}
