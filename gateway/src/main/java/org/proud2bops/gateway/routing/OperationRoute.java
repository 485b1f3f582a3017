package org.proud2bops.gateway.routing;

import java.util.regex.Pattern;

/** One documented operation: the method and path template a client may call, and the service that serves it. */
public record OperationRoute(String method, String pathTemplate, Pattern pathPattern, String service) {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^/}]+}");

    public static OperationRoute of(String method, String pathTemplate, String service) {
        return new OperationRoute(method.toUpperCase(), pathTemplate, compile(pathTemplate), service);
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
