package io.fieldline.platform.list;

import io.fieldline.platform.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading {@code limit}, {@code offset}, {@code page}, {@code per_page} and {@code filter[attr_pred]} parameters. */
class ListSpecTest {

    private static final ListSpec<LimitOffset> APPOINTMENTS = ListSpec.limitOffset(
            Filter.on("job_id", "a.job_id", AttributeType.LONG, EQ, IN),
            Filter.on("status", "a.status", AttributeType.words("scheduled", "complete"), EQ, NOT_EQ, IN),
            Filter.on("time", "a.time", AttributeType.TIMESTAMP, GT, GTEQ, LT, LTEQ),
            Filter.on("user_id", "a.user_id", AttributeType.LONG, EQ, IN, NULL),
            Filter.on("external_id", "a.external_id", AttributeType.TEXT, EQ, CONTAINS),
            Filter.on("flagged", "a.flagged", AttributeType.BOOLEAN, EQ));

    @Test
    void shouldDefaultToTheFirstHundredRowsWithoutFilters() {
        ListRequest<LimitOffset> request = APPOINTMENTS.read(Map.of());

        assertEquals(new LimitOffset(100, 0), request.slice());
        assertEquals(List.of(), request.conditions());
    }

    @Test
    void shouldCapALimitAboveOneHundred() {
        assertEquals(new LimitOffset(100, 5), APPOINTMENTS.read(query("limit", "500", "offset", "5")).slice());
        assertEquals(new LimitOffset(7, 0), APPOINTMENTS.read(query("limit", "7")).slice());
    }

    @ParameterizedTest
    @CsvSource({"limit,0,must be an integer of at least 1", "limit,abc,must be an integer of at least 1",
            "limit,-1,must be an integer of at least 1", "offset,-1,must be an integer of at least 0",
            "offset,1.5,must be an integer of at least 0", "offset,99999999999999999999,must be an integer of at least 0"})
    void shouldRefuseABadLimitOrOffsetNamingIt(String parameter, String value, String problem) {
        assertRefused(APPOINTMENTS, query(parameter, value), parameter, problem);
    }

    @Test
    void shouldRefuseARepeatedParameter() {
        assertRefused(APPOINTMENTS, Map.of("limit", List.of("1", "2")), "limit", "is given more than once");
        assertRefused(APPOINTMENTS, Map.of("filter[job_id_eq]", List.of("1", "2")), "filter[job_id_eq]",
                "is given more than once");
    }

    @Test
    void shouldReadPagesOfTheTechniciansApi() {
        ListSpec<PageRequest> technicians = ListSpec.pages(50);

        PageRequest page = technicians.read(query("page", "3", "per_page", "20")).slice();
        assertEquals(new PageRequest(3, 20), page);
        assertEquals(20, page.limit());
        assertEquals(40, page.offset());
        assertEquals(3, page.totalPages(41));
        assertEquals(new PageRequest(1, 50), technicians.read(Map.of()).slice());
        assertEquals(new PageRequest(1, 100), technicians.read(query("per_page", "101")).slice());
        assertRefused(technicians, query("page", "0"), "page", "must be an integer from 1 to 2147483647");
        assertRefused(technicians, query("per_page", "x"), "per_page", "must be an integer of at least 1");
    }

    @Test
    void shouldReadEveryPredicate() {
        ListRequest<LimitOffset> request = APPOINTMENTS.read(query(
                "filter[job_id_eq]", "12",
                "filter[job_id_in]", "1, 2,2",
                "filter[status_not_eq]", "Complete",
                "filter[time_gt]", "2026-01-15T09:30:00Z",
                "filter[time_gteq]", "2026-01-15T10:30:00+01:00",
                "filter[time_lt]", "2026-02-01T00:00:00.5Z",
                "filter[time_lteq]", "2026-02-01T00:00:00Z",
                "filter[user_id_null]", "true",
                "filter[external_id_contains]", "50%_off"));

        Map<String, Condition> byParameter = new LinkedHashMap<>();
        request.conditions().forEach(condition -> byParameter.put(condition.parameter(), condition));
        assertEquals(9, byParameter.size());
        assertEquals(12L, byParameter.get("filter[job_id_eq]").value());
        assertArrayEquals(new Long[]{1L, 2L}, (Object[]) byParameter.get("filter[job_id_in]").value());
        assertEquals(Long[].class, byParameter.get("filter[job_id_in]").value().getClass());
        assertEquals(NOT_EQ, byParameter.get("filter[status_not_eq]").predicate());
        assertEquals("complete", byParameter.get("filter[status_not_eq]").value());
        assertEquals(OffsetDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneOffset.UTC),
                byParameter.get("filter[time_gt]").value());
        assertEquals(OffsetDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneOffset.UTC),
                byParameter.get("filter[time_gteq]").value());
        assertEquals(LT, byParameter.get("filter[time_lt]").predicate());
        assertEquals(LTEQ, byParameter.get("filter[time_lteq]").predicate());
        assertEquals(Boolean.TRUE, byParameter.get("filter[user_id_null]").value());
        assertEquals("%50\\%\\_off%", byParameter.get("filter[external_id_contains]").value());
    }

    @Test
    void shouldReadABareAttributeAsEqualsAsTheSeedsFirstExampleDoes() {
        Condition condition = APPOINTMENTS.read(query("filter[job_id]", "123")).conditions().get(0);

        assertEquals(EQ, condition.predicate());
        assertEquals(123L, condition.value());
    }

    @Test
    void shouldReadBooleansAndTextAsGiven() {
        ListRequest<LimitOffset> request = APPOINTMENTS.read(query("filter[flagged_eq]", "false",
                "filter[external_id_eq]", "ÄB-12 ✓"));

        assertEquals(Boolean.FALSE, request.conditions().get(1).value());
        assertEquals("ÄB-12 ✓", request.conditions().get(0).value());
    }

    @ParameterizedTest
    @CsvSource({"limit", "offset", "filter[job_id_eq]", "filter[external_id_contains]", "filter[user_id_null]",
            "filter[status]"})
    void shouldRefuseAnEmptyValueNamingIt(String parameter) {
        assertRefused(APPOINTMENTS, query(parameter, ""), parameter, "must not be empty");
    }

    @Test
    void shouldRefuseAnEmptyPageOrPlainParameterNamingIt() {
        ListSpec<PageRequest> technicians = ListSpec.pages(50,
                        Filter.on("status", "status", AttributeType.words("Active", "Inactive"), EQ))
                .withParameter("status", "status", EQ);
        for (String parameter : List.of("page", "per_page", "status")) {
            assertRefused(technicians, query(parameter, ""), parameter, "must not be empty");
        }
    }

    @Test
    void shouldIgnoreParametersItDoesNotKnow() {
        ListRequest<LimitOffset> request = APPOINTMENTS.read(query("_", "1", "sort", ""));

        assertEquals(List.of(), request.conditions());
        assertEquals(new LimitOffset(100, 0), request.slice());
    }

    @Test
    void shouldNameAnUnknownFilter() {
        assertRefused(APPOINTMENTS, query("filter[color_eq]", "red"), "filter[color_eq]",
                "is not a filter here; filters: external_id, flagged, job_id, status, time, user_id");
        assertRefused(ListSpec.limitOffset(), query("filter[id]", "1"), "filter[id]", "is not a filter here; filters: none");
    }

    @Test
    void shouldNameAnUnknownPredicate() {
        assertRefused(APPOINTMENTS, query("filter[status_like]", "x"), "filter[status_like]",
                "has an unknown predicate; status takes _eq, _not_eq, _in");
    }

    @Test
    void shouldNameAPredicateTheAttributeDoesNotAllow() {
        assertRefused(APPOINTMENTS, query("filter[status_gt]", "scheduled"), "filter[status_gt]",
                "cannot compare status with _gt; it takes _eq, _not_eq, _in");
        assertRefused(APPOINTMENTS, query("filter[time]", "2026-01-15T09:30:00Z"), "filter[time]",
                "cannot compare time with _eq; it takes _gt, _gteq, _lt, _lteq");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "filter[job_id_eq]|abc|must be an integer",
            "filter[job_id_eq]|1e3|must be an integer",
            "filter[job_id_eq]|9999999999999999999|must be an integer",
            "filter[job_id_in]|1,,2|must be a comma-separated list of 1 to 100 values, each an integer",
            "filter[job_id_in]|1,x|must be a comma-separated list of 1 to 100 values, each an integer",
            "filter[status_eq]|sleeping|must be one of scheduled, complete",
            "filter[status_in]|scheduled,sleeping|must be a comma-separated list of 1 to 100 values, each one of scheduled, complete",
            "filter[time_gt]|2026-01-15|must be an ISO-8601 timestamp with a zone, such as 2026-01-15T09:30:00Z",
            "filter[time_gt]|2026-01-15T09:30:00|must be an ISO-8601 timestamp with a zone, such as 2026-01-15T09:30:00Z",
            "filter[user_id_null]|yes|must be true or false",
            "filter[flagged_eq]|TRUE|must be true or false",
            "filter[external_id_eq]|a\u0000b|must be text of at most 500 characters",
            "filter[external_id_contains]|\ud800|must be text of at most 500 characters"})
    void shouldNameABadValue(String parameter, String value, String problem) {
        assertRefused(APPOINTMENTS, query(parameter, value), parameter, problem);
    }

    @Test
    void shouldRefuseTooLongTextAndTooLongLists() {
        assertRefused(APPOINTMENTS, query("filter[external_id_eq]", "x".repeat(501)), "filter[external_id_eq]",
                "must be text of at most 500 characters");
        assertRefused(APPOINTMENTS, query("filter[job_id_in]", "1,".repeat(100) + "1"), "filter[job_id_in]",
                "must be a comma-separated list of 1 to 100 values, each an integer");
    }

    @Test
    void shouldNameEveryBadParameterInOneAnswer() {
        ApiException refused = assertThrows(ApiException.class,
                () -> APPOINTMENTS.read(query("limit", "x", "filter[job_id_eq]", "y", "filter[nope]", "z")));

        assertEquals(3, refused.fields().size());
        assertTrue(refused.getMessage().startsWith("Invalid query parameters: "), refused.getMessage());
    }

    @Test
    void shouldReadAPlainParameterAsTheFilterItStandsFor() {
        ListSpec<PageRequest> technicians = ListSpec.pages(50,
                        Filter.on("status", "status", AttributeType.words("Active", "Inactive"), EQ))
                .withParameter("status", "status", EQ);

        Condition condition = technicians.read(query("status", "active")).conditions().get(0);
        assertEquals("status", condition.parameter());
        assertEquals("Active", condition.value());
        assertRefused(technicians, query("status", "Sleeping"), "status", "must be one of Active, Inactive");
    }

    @Test
    void shouldRefuseADeclarationThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> Filter.on("id", "id", AttributeType.LONG, CONTAINS));
        assertThrows(IllegalArgumentException.class, () -> Filter.on("Id; DROP", "id", AttributeType.LONG, EQ));
        assertThrows(IllegalArgumentException.class, () -> ListSpec.limitOffset(
                Filter.on("id", "id", AttributeType.LONG, EQ), Filter.on("id", "id", AttributeType.LONG, IN)));
        assertThrows(IllegalArgumentException.class, () -> ListSpec.limitOffset(
                Filter.on("id", "id", AttributeType.LONG, EQ)).withParameter("id", "id", IN));
    }

    private static void assertRefused(ListSpec<?> spec, Map<String, List<String>> query, String parameter, String problem) {
        ApiException refused = assertThrows(ApiException.class, () -> spec.read(query));
        assertEquals(400, refused.status());
        assertEquals("bad_request", refused.code());
        assertEquals(Map.of(parameter, List.of(problem)), refused.fields());
    }

    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return query;
    }
}
