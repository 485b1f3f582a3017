package org.proud2bops.gateway.routing;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One documented operation: the method and path template a client may call, the service that serves it, and the
 * upper bounds its integer query parameters declare (such as the page size).
 */
public record OperationRoute(String method, String pathTemplate, Pattern pathPattern, String service,
        Map<String, Long> queryMaximums) {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^/}]+}");

    public static OperationRoute of(String method, String pathTemplate, String service, Map<String, Long> queryMaximums) {
        return new OperationRoute(method.toUpperCase(), pathTemplate, compile(pathTemplate), service,
                Map.copyOf(queryMaximums));
    }

    public boolean matchesPath(String path) {
        return pathPattern.matcher(path).matches();
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        var matcher = TEMPLATE_VARIABLE.matcher(template);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("[^/]+");
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
