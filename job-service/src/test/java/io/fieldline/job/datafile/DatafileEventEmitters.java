package io.fieldline.job.datafile;

import io.fieldline.events.DatafileEvent;
import io.fieldline.events.EventType;
import io.fieldline.testkit.TestTokens;

import java.util.Map;
import java.util.function.Supplier;

/** Emits each datafile event through the API, for the conformance test; each returns the key of its record. */
public final class DatafileEventEmitters {

    private DatafileEventEmitters() {
    }

    public static Map<EventType<?>, Supplier<String>> of(TestTokens tokens) {
        return Map.of(DatafileEvent.CREATED, () -> Datafiles.upload(
                tokens.client(Datafiles.newAccount(), "datafiles:write"), "test.png", Datafiles.png()));
    }
}
