package org.proud2bops.platform.http;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/** The body of every list: one page of items and where it sits in the whole. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        return of(query, query.count(), request, mapper);
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
        int pages = (int) Math.max(1, (total + request.size - 1) / request.size);
        return new PageResponse<>(items, request.page, request.size, total, pages);
    }

    /** A page of a list that has nothing in it. */
    public static <T> PageResponse<T> empty(PageRequest request) {
        return new PageResponse<>(List.of(), request.page, request.size, 0, 1);
    }

    /** A 200 response with this page as body and RFC 8288 {@code Link} headers to its neighbours. */
    public RestResponse<PageResponse<T>> toResponse(UriInfo uriInfo) {
        return RestResponse.ResponseBuilder.ok(this)
                .links(links(uriInfo).toArray(Link[]::new))
                .build();
    }

    List<Link> links(UriInfo uriInfo) {
        List<Link> links = new ArrayList<>();
        links.add(link(uriInfo, 1, "first"));
        if (page > 1) {
            links.add(link(uriInfo, Math.min(page - 1, totalPages), "prev"));
        }
        if (page < totalPages) {
            links.add(link(uriInfo, page + 1, "next"));
        }
        links.add(link(uriInfo, totalPages, "last"));
        return links;
    }

    private Link link(UriInfo uriInfo, int target, String relation) {
        return Link.fromUri(PublicLinks.requestBuilderFor(uriInfo)
                        .replaceQueryParam("page", target)
                        .replaceQueryParam("size", size)
                        .build())
                .rel(relation)
                .build();
    }
}
