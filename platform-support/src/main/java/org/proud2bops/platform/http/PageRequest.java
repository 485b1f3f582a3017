package org.proud2bops.platform.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page}/{@code size} query parameters of every list operation; pages count from 1. */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "page counts from 1")
    @Max(value = MAX_PAGE, message = "page must be at most " + MAX_PAGE)
    @Parameter(description = "Page number, counting from 1")
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "size must be at least 1")
    @Max(value = MAX_SIZE, message = "size must be at most " + MAX_SIZE)
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE)
    public int size = 20;

    public int pageIndex() {
        return page - 1;
    }
}
