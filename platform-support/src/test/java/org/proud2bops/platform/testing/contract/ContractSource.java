package org.proud2bops.platform.testing.contract;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the contract comes from: read once and kept, and read again when a request meets no documented operation
 * (a gateway's merged document changes as services come and go).
 */
public final class ContractSource {

    private final String documentUrl;
    private final AtomicReference<OpenApiContract> current = new AtomicReference<>();

    public ContractSource(String documentUrl) {
        this.documentUrl = documentUrl;
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
