package org.proud2bops.gateway;

import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.architecture.ServiceArchitecture;

class GatewayArchitectureTest {

    @Test
    void followsTheSkeleton() {
        ServiceArchitecture.check("gateway");
    }
}
