package org.proud2bops.platform.testing.contract;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the contract comes from: read once and kept, and read again when a request meets no documented operation
 * (a gateway's merged document changes as services come and go).
 */
public final class ContractSource {

    private final String documentUrl;
    private final int apiPort;
    private final AtomicReference<OpenApiContract> current = new AtomicReference<>();

    /** The document at {@code documentUrl} describes the API served on {@code apiPort}. */
    public ContractSource(String documentUrl, int apiPort) {
        this.documentUrl = documentUrl;
        this.apiPort = apiPort;
    }

    /** Whether a request went to the API this document describes (not, say, to a management interface). */
    public boolean covers(URI request) {
        return request.getPort() == apiPort && request.getRawPath().startsWith("/api/");
    }

    public OpenApiContract current() {
        return current.updateAndGet(known -> known != null ? known : OpenApiContract.fetch(documentUrl));
    }

    public OpenApiContract reread() {
        OpenApiContract fresh = OpenApiContract.fetch(documentUrl);
        current.set(fresh);
        return fresh;
    }
}
