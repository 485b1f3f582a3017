package org.proud2bops.members.advisory;

import java.time.Instant;
import java.time.LocalDate;

public record NewAdvisoryCall(
        String title,
        String description,
        Instant opensAt,
        Instant closesAt,
        LocalDate termStartsOn,
        LocalDate termEndsOn) {}
