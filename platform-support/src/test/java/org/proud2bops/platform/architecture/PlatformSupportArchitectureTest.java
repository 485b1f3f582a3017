package org.proud2bops.platform.architecture;

import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.architecture.ServiceArchitecture;

class PlatformSupportArchitectureTest {

    @Test
    void theSharedLibraryHoldsNoDomain() {
        ServiceArchitecture.platformHoldsNoDomain().check(ServiceArchitecture.mainClassesIn("org.proud2bops.platform"));
    }
}
