package io.fieldline.platform.list;

import io.fieldline.platform.security.Tenancy;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.fieldline.platform.list.Predicate.CONTAINS;
import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.GT;
import static io.fieldline.platform.list.Predicate.GTEQ;
import static io.fieldline.platform.list.Predicate.IN;
import static io.fieldline.platform.list.Predicate.LT;
import static io.fieldline.platform.list.Predicate.LTEQ;
import static io.fieldline.platform.list.Predicate.NOT_EQ;
import static io.fieldline.platform.list.Predicate.NULL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The SQL a list runs: scoped by tenant first, every value a parameter, column names only from declarations. */
class ListQueryTest {

    private static final ListSpec<LimitOffset> JOBS = ListSpec.limitOffset(
            Filter.on("id", "j.id", AttributeType.LONG, EQ, NOT_EQ, IN, GT, GTEQ, LT, LTEQ),
            Filter.on("status", "j.status", AttributeType.words("scheduled", "complete"), EQ, NOT_EQ, IN, NULL),
            Filter.on("created_at", "j.created_at", AttributeType.TIMESTAMP, GT, LTEQ, NULL),
            Filter.on("title", "j.title", AttributeType.TEXT, EQ, CONTAINS, IN),
            Filter.on("urgent", "j.urgent", AttributeType.BOOLEAN, EQ, NOT_EQ));

    private static final Tenancy CLIENT = new Tenancy(7, Optional.empty(), "client-a");
    private static final Tenancy USER = new Tenancy(7, Optional.of(30L), "user:5");

    @Test
    void shouldScopeAClientTokenByAccount() {
        SqlStatement page = jobs(CLIENT).page(JOBS.read(Map.of()));

        assertEquals("SELECT j.id, j.title FROM job j WHERE j.account_id = $1 ORDER BY j.id LIMIT $2 OFFSET $3",
                page.sql());
        assertEquals(List.of(7L, 100, 0L), page.parameters());
    }

    @Test
    void shouldScopeAUserTokenByAccountAndOrganization() {
        SqlStatement count = jobs(USER).count(JOBS.read(Map.of()));

        assertEquals("SELECT count(*) AS total FROM job j WHERE j.account_id = $1 AND j.organization_id = $2", count.sql());
        assertEquals(List.of(7L, 30L), count.parameters());
    }

    @Test
    void shouldRefuseToListAUserTenancyFromATableWithoutOrganizations() {
        assertThrows(IllegalStateException.class, () -> ListQuery.forAccount(USER, "account_id"));
    }

    @Test
    void shouldListEveryAccountOnlyWhenAskedByName() {
        SqlStatement page = ListQuery.acrossAccounts().select("id").from("account").orderBy("id")
                .page(ListSpec.limitOffset().read(Map.of("limit", List.of("2"), "offset", List.of("4"))));

        assertEquals("SELECT id FROM account ORDER BY id LIMIT $1 OFFSET $2", page.sql());
        assertEquals(List.of(2, 4L), page.parameters());
    }

    @Test
    void shouldBindFixedConditionsAfterTheScope() {
        SqlStatement count = ListQuery.forAccount(CLIENT, "k.account_id").select("k.id").from("integration_key k")
                .where("k.client_id = ? AND k.name <> ?", 3L, "x").where("k.revoked_at IS NULL").orderBy("k.id")
                .count(JOBS.read(Map.of()));

        assertEquals("SELECT count(*) AS total FROM integration_key k WHERE k.account_id = $1"
                + " AND k.client_id = $2 AND k.name <> $3 AND k.revoked_at IS NULL", count.sql());
        assertEquals(List.of(7L, 3L, "x"), count.parameters());
        assertThrows(IllegalArgumentException.class, () -> ListQuery.acrossAccounts().where("a = ? AND b = ?", 1));
    }

    @Test
    void shouldWriteEveryPredicateWithItsValueAsAParameter() {
        SqlStatement count = jobs(CLIENT).count(JOBS.read(Map.ofEntries(
                Map.entry("filter[id_eq]", List.of("1")),
                Map.entry("filter[id_gt]", List.of("2")),
                Map.entry("filter[id_gteq]", List.of("3")),
                Map.entry("filter[id_in]", List.of("4,5")),
                Map.entry("filter[id_lt]", List.of("6")),
                Map.entry("filter[id_lteq]", List.of("7")),
                Map.entry("filter[id_not_eq]", List.of("8")),
                Map.entry("filter[status_null]", List.of("false")),
                Map.entry("filter[title_contains]", List.of("boiler")))));

        assertEquals("SELECT count(*) AS total FROM job j WHERE j.account_id = $1"
                + " AND (j.id) = $2::bigint AND (j.id) > $3::bigint AND (j.id) >= $4::bigint"
                + " AND (j.id) = ANY($5::bigint[]) AND (j.id) < $6::bigint AND (j.id) <= $7::bigint"
                + " AND (j.id) <> $8::bigint AND (j.status) IS NOT NULL AND (j.title) ILIKE $9::text", count.sql());
        List<Object> parameters = count.parameters();
        assertEquals(Arrays.asList(7L, 1L, 2L, 3L), parameters.subList(0, 4));
        assertArrayEquals(new Long[]{4L, 5L}, (Object[]) parameters.get(4));
        assertEquals(Arrays.asList(6L, 7L, 8L, "%boiler%"), parameters.subList(5, 9));
    }

    @Test
    void shouldCastEachTypeToItsSqlType() {
        SqlStatement count = jobs(CLIENT).count(JOBS.read(Map.of(
                "filter[status_in]", List.of("scheduled,complete"),
                "filter[created_at_gt]", List.of("2026-01-15T09:30:00Z"),
                "filter[title_in]", List.of("a,b"),
                "filter[urgent_not_eq]", List.of("true"),
                "filter[created_at_null]", List.of("true"))));

        assertEquals("SELECT count(*) AS total FROM job j WHERE j.account_id = $1"
                + " AND (j.created_at) > $2::timestamptz AND (j.created_at) IS NULL"
                + " AND (j.status) = ANY($3::text[]) AND (j.title) = ANY($4::text[]) AND (j.urgent) <> $5::boolean",
                count.sql());
        assertEquals(OffsetDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneOffset.UTC), count.parameters().get(1));
        assertArrayEquals(new String[]{"scheduled", "complete"}, (Object[]) count.parameters().get(2));
        assertEquals(Boolean.TRUE, count.parameters().get(4));
    }

    @Test
    void shouldNeverWriteARequestValueIntoTheSql() {
        String hostile = "x') OR 1=1; --";
        SqlStatement page = jobs(CLIENT).page(JOBS.read(Map.of("filter[title_eq]", List.of(hostile))));

        assertFalse(page.sql().contains(hostile));
        assertEquals(hostile, page.parameters().get(1));
    }

    @Test
    void shouldMatchAWholeElementOfAnArrayWithContains() {
        ListSpec<LimitOffset> organizations = ListSpec.limitOffset(
                Filter.on("external_ids", "o.external_ids", AttributeType.TEXT_ELEMENTS, CONTAINS));

        SqlStatement count = ListQuery.forTenant(CLIENT, "o.account_id", "o.organization_id").from("organization o")
                .count(organizations.read(Map.of("filter[external_ids_contains]", List.of("AAA_1%"))));

        assertEquals("SELECT count(*) AS total FROM organization o WHERE o.account_id = $1"
                + " AND (o.external_ids) @> ARRAY[$2::text]", count.sql());
        assertEquals(List.of(7L, "AAA_1%"), count.parameters());
    }

    @Test
    void shouldRefuseAQueryWithoutAnOrder() {
        ListQuery unordered = ListQuery.forTenant(CLIENT, "account_id", "organization_id").select("id").from("job");

        assertThrows(NullPointerException.class, () -> unordered.page(JOBS.read(Map.of())));
    }

    private static ListQuery jobs(Tenancy tenancy) {
        return ListQuery.forTenant(tenancy, "j.account_id", "j.organization_id")
                .select("j.id, j.title").from("job j").orderBy("j.id");
    }
}
