package org.proud2bops.platform.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two requests creating the same unique thing at once both pass the service's "does it exist?" check, and the
 * database's unique index stops the second: its client gets the 409 a sequential duplicate gets, not a 500.
 */
public class UniqueConstraintProblemMapper {

    private static final Logger LOG = Logger.getLogger(UniqueConstraintProblemMapper.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /** A foreign key or a check constraint: the data moved under the request. Anything else (not-null) is a bug. */
    private static final Set<String> CONFLICTING_DATA = Set.of("23503", "23514");

    @ServerExceptionMapper
    public Response mapPersistenceFailure(PersistenceException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                if (UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                    return Problems.of(
                                    ProblemType.ALREADY_EXISTS,
                                    "Something with the same unique name, email or code was created at the same moment")
                            .toResponse();
                }
                if (CONFLICTING_DATA.contains(violation.getSQLState())) {
                    return Problems.of(
                                    ProblemType.CONFLICTING_CHANGE, "The change contradicts data that already exists")
                            .toResponse();
                }
            }
        }
        LOG.error("A change could not be stored", exception);
        return Problems.of(ProblemType.INTERNAL_ERROR, "The change could not be stored")
                .toResponse();
    }
}
