package io.fieldline.identity.admin;

import io.fieldline.testkit.BadInputSweep;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Every body field and query parameter of the admin API refuses the kinds of bad input that must never be stored. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class AdminRequestRulesTest {

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputInEveryAdminFieldAndParameter() {
        return new BadInputSweep(Operators.token(Operators.BOOTSTRAP_CLIENT_ID, Operators.BOOTSTRAP_CLIENT_SECRET, "admin"))
                .under("/admin");
    }
}
