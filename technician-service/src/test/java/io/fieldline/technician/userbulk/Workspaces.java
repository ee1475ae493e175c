package io.fieldline.technician.userbulk;

import io.fieldline.technician.Workforce;
import io.fieldline.testkit.TestTokens;

import java.util.List;

/** Test helpers for the users bulk API: a workspace of a test's own, and its credentials. */
final class Workspaces {

    private Workspaces() {
    }

    /** A new account with a dispatcher, Dora, in organization 10, which users created without one join. */
    static long withADispatcher(TestTokens tokens) {
        long account = Workforce.newAccount();
        Workforce.createUser(tokens.client(account, "users:write"), 10, "Dora", List.of("dispatcher"));
        return account;
    }

    static String writer(TestTokens tokens, long account) {
        return tokens.client(account, "users:write", "users:read");
    }

    static String reader(TestTokens tokens, long account) {
        return tokens.client(account, "users:read");
    }
}
