package io.fieldline.surfaces;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * A path with variable segments: {@code /v3/users/{id}/restore}, or {@code /{workspace:[0-9]+}/api/user} where a
 * variable must match a pattern. A path matches when it has the same number of segments and each one matches.
 * Templates order by {@link #compareSpecificity}: where two match, the one with more literal segments wins, so
 * precedence never depends on the order a table lists them in.
 */
public final class PathTemplate {

    private final String text;
    private final List<Segment> segments;

    private record Segment(String literal, Pattern variable) {

        String regex() {
            return literal != null ? Pattern.quote(literal) : "(?:" + variable.pattern() + ")";
        }

        boolean matches(String value) {
            return literal != null ? literal.equals(value) : !value.isEmpty() && variable.matcher(value).matches();
        }
    }

    private PathTemplate(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** Parses {@code /a/{b}/{c:regex}}; a variable without a pattern matches any one non-empty segment. */
    public static PathTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with /: " + template);
        }
        List<Segment> segments = Arrays.stream(template.substring(1).split("/", -1)).map(PathTemplate::segment).toList();
        return new PathTemplate(template, segments);
    }

    private static Segment segment(String part) {
        if (!part.startsWith("{") || !part.endsWith("}")) {
            return new Segment(part, null);
        }
        String variable = part.substring(1, part.length() - 1);
        int colon = variable.indexOf(':');
        return new Segment(null, Pattern.compile(colon < 0 ? "[^/]+" : variable.substring(colon + 1)));
    }

    /** Whether {@code path} (normalized, without query) is one this template names. */
    public boolean matches(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!segments.get(i).matches(parts[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code path} is this template's path or lies below it. */
    public boolean covers(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length < segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).matches(parts[i])) {
                return false;
            }
        }
        return true;
    }

    /** A regular expression for this template's path, {@code /} included, without anchors. */
    String regex() {
        return segments.stream().map(segment -> "/" + segment.regex()).collect(Collectors.joining());
    }

    /** Negative when {@code this} is the more specific of two templates that both match a path. */
    public int compareSpecificity(PathTemplate other) {
        int byLiterals = Long.compare(other.literals(), literals());
        return byLiterals != 0 ? byLiterals : Integer.compare(other.segments.size(), segments.size());
    }

    private long literals() {
        return segments.stream().filter(segment -> segment.literal() != null).count();
    }

    @Override
    public String toString() {
        return text;
    }
}
