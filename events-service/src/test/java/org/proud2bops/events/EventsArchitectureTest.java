package org.proud2bops.events;

import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.architecture.ServiceArchitecture;

class EventsArchitectureTest {

    @Test
    void followsTheSkeleton() {
        ServiceArchitecture.check("events");
    }
}
