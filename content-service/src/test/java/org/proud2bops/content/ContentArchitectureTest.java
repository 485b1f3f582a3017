package org.proud2bops.content;

import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.architecture.ServiceArchitecture;

class ContentArchitectureTest {

    @Test
    void followsTheSkeleton() {
        ServiceArchitecture.check("content");
    }
}
