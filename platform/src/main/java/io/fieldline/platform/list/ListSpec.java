package io.fieldline.platform.list;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What one list resource accepts: its filters, its paging parameters and, where a seed names them, plain parameters
 * that stand for a filter (the technicians API's {@code status}). Reads a request's query parameters into a
 * {@link ListRequest}, or throws one 400 naming every bad parameter: an unknown filter or predicate, a predicate the
 * attribute does not allow, a bad value, a repeated parameter. Query parameters it does not know are left alone.
 */
public final class ListSpec<P extends Slice> {

    private static final String FILTER_PREFIX = "filter[";
    private static final int MAX_IN_VALUES = 100;

    private record Plain(Filter filter, Predicate predicate) {
    }

    private final Map<String, Filter> filters;
    private final Map<String, Plain> plainParameters;
    private final BiFunction<QueryParameters, ParameterErrors, P> paging;

    private ListSpec(Map<String, Filter> filters, Map<String, Plain> plainParameters,
                     BiFunction<QueryParameters, ParameterErrors, P> paging) {
        this.filters = filters;
        this.plainParameters = plainParameters;
        this.paging = paging;
    }

    /** A {@code /v3} or {@code /admin} list: {@code limit}, {@code offset} and {@code filter[attr_pred]}. */
    public static ListSpec<LimitOffset> limitOffset(Filter... filters) {
        return new ListSpec<>(byAttribute(filters), Map.of(), LimitOffset::read);
    }

    /** A technicians API list: {@code page}, {@code per_page} ({@code defaultPerPage} when absent) and filters. */
    public static ListSpec<PageRequest> pages(int defaultPerPage, Filter... filters) {
        return new ListSpec<>(byAttribute(filters), Map.of(),
                (query, errors) -> PageRequest.read(query, defaultPerPage, errors));
    }

    /** Also accepts {@code ?name=value} as the filter on {@code attribute} with {@code predicate}. */
    public ListSpec<P> withParameter(String name, String attribute, Predicate predicate) {
        Filter filter = filters.get(attribute);
        if (filter == null || !filter.predicates().contains(predicate)) {
            throw new IllegalArgumentException(name + " stands for no declared filter " + attribute + predicate.suffix());
        }
        Map<String, Plain> plain = new LinkedHashMap<>(plainParameters);
        plain.put(name, new Plain(filter, predicate));
        return new ListSpec<>(filters, Map.copyOf(plain), paging);
    }

    /** Reads the decoded query parameters, such as JAX-RS {@code UriInfo.getQueryParameters()}. */
    public ListRequest<P> read(Map<String, List<String>> parameters) {
        QueryParameters query = new QueryParameters(parameters);
        ParameterErrors errors = new ParameterErrors();
        P page = paging.apply(query, errors);
        List<Condition> conditions = parameters.keySet().stream().sorted()
                .map(name -> condition(name, query, errors))
                .flatMap(Optional::stream)
                .toList();
        errors.throwIfAny();
        return new ListRequest<>(conditions, page);
    }

    private Optional<Condition> condition(String parameter, QueryParameters query, ParameterErrors errors) {
        Optional<Plain> target;
        if (parameter.startsWith(FILTER_PREFIX) && parameter.endsWith("]")) {
            target = resolve(parameter, parameter.substring(FILTER_PREFIX.length(), parameter.length() - 1), errors);
        } else {
            target = Optional.ofNullable(plainParameters.get(parameter));
        }
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return query.single(parameter, errors)
                .flatMap(raw -> value(parameter, target.get(), raw, errors))
                .map(value -> new Condition(parameter, target.get().filter(), target.get().predicate(), value));
    }

    /** {@code attr_pred}, or a bare {@code attr} meaning {@code _eq} as the seed's first example writes it. */
    private Optional<Plain> resolve(String parameter, String name, ParameterErrors errors) {
        Optional<Plain> found = Optional.ofNullable(filters.get(name)).map(filter -> new Plain(filter, Predicate.EQ));
        for (Predicate predicate : Predicate.BY_SUFFIX_LENGTH) {
            if (found.isPresent()) {
                break;
            }
            if (name.endsWith(predicate.suffix())) {
                found = Optional.ofNullable(filters.get(name.substring(0, name.length() - predicate.suffix().length())))
                        .map(filter -> new Plain(filter, predicate));
            }
        }
        if (found.isEmpty()) {
            errors.add(parameter, unknown(name));
            return Optional.empty();
        }
        if (!found.get().filter().predicates().contains(found.get().predicate())) {
            errors.add(parameter, "cannot compare " + found.get().filter().attribute() + " with "
                    + found.get().predicate().suffix() + "; it takes " + suffixes(found.get().filter()));
            return Optional.empty();
        }
        return found;
    }

    private String unknown(String name) {
        Optional<Filter> attribute = filters.values().stream()
                .filter(filter -> name.startsWith(filter.attribute() + "_"))
                .findFirst();
        if (attribute.isPresent()) {
            return "has an unknown predicate; " + attribute.get().attribute() + " takes " + suffixes(attribute.get());
        }
        return "is not a filter here; filters: " + (filters.isEmpty() ? "none"
                : filters.keySet().stream().sorted().collect(Collectors.joining(", ")));
    }

    private static String suffixes(Filter filter) {
        return filter.predicates().stream().sorted().map(Predicate::suffix).collect(Collectors.joining(", "));
    }

    private static Optional<Object> value(String parameter, Plain target, String raw, ParameterErrors errors) {
        AttributeType type = target.filter().type();
        Optional<Object> value = switch (target.predicate()) {
            case NULL -> AttributeType.BOOLEAN.read(raw);
            case IN -> list(type, raw);
            case CONTAINS -> type.matchesElements() ? type.read(raw)
                    : type.read(raw).map(text -> "%" + escapeLike((String) text) + "%");
            default -> type.read(raw);
        };
        if (value.isEmpty()) {
            errors.add(parameter, switch (target.predicate()) {
                case NULL -> "must be true or false";
                case IN -> "must be a comma-separated list of 1 to " + MAX_IN_VALUES + " values, each "
                        + type.description();
                default -> "must be " + type.description();
            });
        }
        return value;
    }

    private static Optional<Object> list(AttributeType type, String raw) {
        List<String> items = Arrays.stream(raw.split(",", -1)).map(String::strip).toList();
        if (items.size() > MAX_IN_VALUES) {
            return Optional.empty();
        }
        List<Optional<Object>> values = items.stream().map(type::read).toList();
        if (values.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(values.stream().map(Optional::get).distinct().toArray(type::array));
    }

    /** {@code %}, {@code _} and the escape character itself match literally in a {@code _contains} value. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Map<String, Filter> byAttribute(Filter... filters) {
        Map<String, Filter> byAttribute = new LinkedHashMap<>();
        for (Filter filter : filters) {
            if (byAttribute.put(filter.attribute(), filter) != null) {
                throw new IllegalArgumentException("filter " + filter.attribute() + " is declared twice");
            }
        }
        return Map.copyOf(byAttribute);
    }
}
