package org.proud2bops.members;

import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.architecture.ServiceArchitecture;

class MembersArchitectureTest {

    @Test
    void followsTheSkeleton() {
        ServiceArchitecture.check("members");
    }
}
