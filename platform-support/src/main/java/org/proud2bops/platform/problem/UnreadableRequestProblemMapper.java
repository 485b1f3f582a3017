package org.proud2bops.platform.problem;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A multipart body that ends before its closing boundary fails while the framework parses it, as an I/O error: it
 * is the client's broken body (400), not a server failure. Any other I/O failure stays a 500 with no details.
 */
public class UnreadableRequestProblemMapper {

    private static final Logger LOG = Logger.getLogger(UnreadableRequestProblemMapper.class);

    @ServerExceptionMapper
    public Response mapUnreadableRequest(IOException exception) {
        if (whileParsingMultipart(exception)) {
            return Problems.of(
                            ProblemType.MALFORMED_BODY,
                            "The multipart body is incomplete: it ends before its closing boundary",
                            "body")
                    .toResponse();
        }
        LOG.error("An I/O failure while handling a request", exception);
        return Problems.of(ProblemType.INTERNAL_ERROR, "The request could not be handled")
                .toResponse();
    }

    private static boolean whileParsingMultipart(IOException exception) {
        return Arrays.stream(exception.getStackTrace())
                .anyMatch(frame -> frame.getClassName().toLowerCase(Locale.ROOT).contains("multipart"));
    }
}
