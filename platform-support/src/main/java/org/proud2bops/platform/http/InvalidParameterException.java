package org.proud2bops.platform.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/** A path or query parameter that could not be read; answered as a validation problem naming the parameter. */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** Maps the exception to its problem. */
    public static class Mapper {

        @ServerExceptionMapper
        public Response map(InvalidParameterException exception) {
            return Problems.of(ProblemType.VALIDATION_FAILED, exception.getMessage(), exception.parameter())
                    .toResponse();
        }
    }
}
