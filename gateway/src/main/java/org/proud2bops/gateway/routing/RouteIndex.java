package org.proud2bops.gateway.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented operations arranged by path segment, so finding a request's operation walks a few map lookups
 * instead of testing every path template. A literal segment is preferred to a template variable (as JAX-RS does:
 * {@code /api/events/me/registrations} before {@code /api/events/{eventId}/registrations}), then a segment with a
 * variable inside it (such as {@code {eventId}.ics}), then a whole-segment variable. A variable matches one or more
 * characters of one segment.
 */
public final class RouteIndex {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^/}]+}");

    private final Node root = new Node();

    private RouteIndex() {}

    public static RouteIndex of(List<OperationRoute> routes) {
        RouteIndex index = new RouteIndex();
        routes.forEach(index::add);
        return index;
    }

    /** The operations of every template the path matches, by method; the most literal template first. */
    public List<Map<String, OperationRoute>> matching(String path) {
        if (!path.startsWith("/")) {
            return List.of();
        }
        List<Map<String, OperationRoute>> found = new ArrayList<>(1);
        collect(root, path.substring(1).split("/", -1), 0, found);
        return found;
    }

    private void add(OperationRoute route) {
        Node node = root;
        for (String segment : route.pathTemplate().substring(1).split("/", -1)) {
            if (isVariable(segment)) {
                node = node.variable();
            } else if (segment.contains("{")) {
                node = node.partlyVariable(segment);
            } else {
                node = node.literal(segment);
            }
        }
        node.byMethod.putIfAbsent(route.method(), route);
    }

    private static void collect(Node node, String[] segments, int position, List<Map<String, OperationRoute>> found) {
        if (position == segments.length) {
            if (!node.byMethod.isEmpty()) {
                found.add(node.byMethod);
            }
            return;
        }
        String segment = segments[position];
        Node literal = node.literals.get(segment);
        if (literal != null) {
            collect(literal, segments, position + 1, found);
        }
        node.partlyVariable.values().forEach(child -> {
            if (child.pattern().matcher(segment).matches()) {
                collect(child.node(), segments, position + 1, found);
            }
        });
        if (node.variable != null && !segment.isEmpty()) {
            collect(node.variable, segments, position + 1, found);
        }
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}") && segment.indexOf('{', 1) < 0;
    }

    private static Pattern segmentPattern(String segment) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(segment);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(segment.substring(last, variable.start())))
                    .append("[^/]+");
            last = variable.end();
        }
        return Pattern.compile(
                regex.append(Pattern.quote(segment.substring(last))).toString());
    }

    /** A segment such as {@code {eventId}.ics}, matched by its own pattern. */
    private record PartlyVariable(Pattern pattern, Node node) {}

    private static final class Node {
        private final Map<String, Node> literals = new HashMap<>();
        private final Map<String, PartlyVariable> partlyVariable = new LinkedHashMap<>();
        private final Map<String, OperationRoute> byMethod = new LinkedHashMap<>();
        private Node variable;

        Node literal(String segment) {
            return literals.computeIfAbsent(segment, ignored -> new Node());
        }

        Node partlyVariable(String segment) {
            return partlyVariable
                    .computeIfAbsent(segment, ignored -> new PartlyVariable(segmentPattern(segment), new Node()))
                    .node();
        }

        Node variable() {
            if (variable == null) {
                variable = new Node();
            }
            return variable;
        }
    }
}
