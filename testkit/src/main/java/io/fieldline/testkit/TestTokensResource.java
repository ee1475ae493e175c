package io.fieldline.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Makes the service under test trust {@link TestTokens}' key, and hands the tokens to the test. */
public class TestTokensResource implements QuarkusTestResourceLifecycleManager {

    private final TestTokens tokens = new TestTokens();
    private Path jwks;

    @Override
    public Map<String, String> start() {
        try {
            jwks = Files.createTempFile(Files.createDirectories(Path.of("target")), "test-jwks-", ".json");
            Files.writeString(jwks, tokens.jwks());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "mp.jwt.verify.publickey.location", jwks.toUri().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.audiences", TestTokens.AUDIENCE);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(tokens,
                new TestInjector.AnnotatedAndMatchesType(InjectTestTokens.class, TestTokens.class));
    }

    @Override
    public void stop() {
        try {
            Files.deleteIfExists(jwks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
