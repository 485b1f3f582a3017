package org.proud2bops.platform.http;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/** The body of every list: one page of items and where it sits in the whole. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /**
     * The requested page of the query. The total is counted only when the page does not tell it: a page that is not
     * full (and not an empty one past the end) is the last, so the total is the items before it and on it.
     */
    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<E> found = query.page(request.pageIndex(), request.size).list();
        long total = found.size() < request.size && (!found.isEmpty() || request.pageIndex() == 0)
                ? (long) request.pageIndex() * request.size + found.size()
                : query.count();
        return of(found.stream().map(mapper).toList(), total, request);
    }

    /**
     * The requested page of the query, with a total counted elsewhere: for a query Panache cannot count itself (one
     * that fetches associations with {@code join fetch}).
     */
    public static <E, T> PageResponse<T> of(
            PanacheQuery<E> query, long total, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(request.pageIndex(), request.size).list().stream()
                .map(mapper)
                .toList();
        return of(items, total, request);
    }

    private static <T> PageResponse<T> of(List<T> items, long total, PageRequest request) {
        int pages = (int) Math.max(1, (total + request.size - 1) / request.size);
        return new PageResponse<>(items, request.page, request.size, total, pages);
    }

    /** A page of a list that has nothing in it. */
    public static <T> PageResponse<T> empty(PageRequest request) {
        return new PageResponse<>(List.of(), request.page, request.size, 0, 1);
    }

    /** A 200 response with this page as body and RFC 8288 {@code Link} headers to its neighbours. */
    public RestResponse<PageResponse<T>> toResponse(UriInfo uriInfo) {
        RestResponse.ResponseBuilder<PageResponse<T>> response = RestResponse.ResponseBuilder.ok(this);
        URI requestUri = uriInfo.getRequestUri();
        for (String link : links(PublicLinks.pathFor(requestUri), requestUri.getRawQuery())) {
            response.header(HttpHeaders.LINK, link);
        }
        return response.build();
    }

    /**
     * The {@code Link} header values to the first, previous, next and last pages: the request's public address with its
     * query as sent (raw), {@code page} and {@code size} replaced, at its end. Built as strings (a list is read often;
     * a URI template is parsed for nothing here).
     */
    List<String> links(String publicPath, String rawQuery) {
        String prefix = publicPath + "?" + queryWithoutPaging(rawQuery) + "page=";
        String suffix = "&size=" + size + ">; rel=\"";
        List<String> links = new ArrayList<>(4);
        links.add(link(prefix, 1, suffix, "first"));
        if (page > 1) {
            links.add(link(prefix, Math.min(page - 1, totalPages), suffix, "prev"));
        }
        if (page < totalPages) {
            links.add(link(prefix, page + 1, suffix, "next"));
        }
        links.add(link(prefix, totalPages, suffix, "last"));
        return links;
    }

    private static String link(String prefix, int target, String suffix, String relation) {
        return "<" + prefix + target + suffix + relation + "\"";
    }

    /** The raw query's parameters other than page and size, in their order, each followed by {@code &}. */
    private static String queryWithoutPaging(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder(rawQuery.length() + 1);
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!name.equals("page") && !name.equals("size")) {
                kept.append(parameter).append('&');
            }
        }
        return kept.toString();
    }
}
