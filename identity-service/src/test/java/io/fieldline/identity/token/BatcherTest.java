package io.fieldline.identity.token;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches run at once while there is room, and otherwise gather what waits. */
class BatcherTest {

    /** Runs that end when the test says, answering each item with its double. */
    private final List<List<Integer>> batches = new ArrayList<>();
    private final List<CompletableFuture<List<Integer>>> runs = new ArrayList<>();

    private final Batcher<Integer, Integer> batcher = new Batcher<>(items -> {
        batches.add(items);
        CompletableFuture<List<Integer>> run = new CompletableFuture<>();
        runs.add(run);
        return Uni.createFrom().completionStage(run);
    }, 2, 3);

    @Test
    void shouldRunAnItemAtOnceAndAloneWhileThereIsRoom() {
        CompletableFuture<Integer> first = submit(1);

        assertThat(batches, contains(List.of(1)));
        end(0);
        assertThat(first.join(), equalTo(2));
    }

    @Test
    void shouldGatherItemsThatWaitIntoOneBatchWhenARunEnds() {
        submit(1);
        submit(2);
        CompletableFuture<Integer> third = submit(3);
        CompletableFuture<Integer> fourth = submit(4);
        assertThat(batches, contains(List.of(1), List.of(2)));

        end(1);

        assertThat(batches, contains(List.of(1), List.of(2), List.of(3, 4)));
        end(2);
        assertThat(third.join(), equalTo(6));
        assertThat(fourth.join(), equalTo(8));
    }

    @Test
    void shouldNeverPutMoreThanTheMostItemsInOneBatch() {
        submit(1);
        submit(2);
        for (int item = 3; item <= 9; item++) {
            submit(item);
        }

        end(0);
        end(1);

        assertThat(batches, contains(List.of(1), List.of(2), List.of(3, 4, 5), List.of(6, 7, 8)));
    }

    @Test
    void shouldFailEachItemOfAFailedBatchAndGoOn() {
        submit(1);
        submit(2);
        CompletableFuture<Integer> third = submit(3);
        CompletableFuture<Integer> fourth = submit(4);
        end(0);
        CompletableFuture<Integer> fifth = submit(5);

        runs.get(2).completeExceptionally(new IllegalStateException("database gone"));

        assertTrue(third.isCompletedExceptionally());
        assertTrue(fourth.isCompletedExceptionally());
        third.handle((result, failure) -> {
            assertThat(failure, instanceOf(IllegalStateException.class));
            return null;
        }).join();
        assertThat(batches.get(3), equalTo(List.of(5)));
        assertFalse(fifth.isDone());
    }

    private CompletableFuture<Integer> submit(int item) {
        return batcher.submit(item).subscribeAsCompletionStage();
    }

    private void end(int run) {
        runs.get(run).complete(batches.get(run).stream().map(item -> item * 2).toList());
    }
}
