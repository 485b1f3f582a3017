package org.proud2bops.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A concurrent writer won the race between our If-Match check and the commit: same answer as a stale ETag. */
public class OptimisticLockProblemMapper {

    @ServerExceptionMapper
    public Response mapOptimisticLock(OptimisticLockException exception) {
        return Problems.preconditionFailed().toResponse();
    }
}
