package org.proud2bops.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.platform.problem.ProblemType;

class RegistrationWindowTest {

    private static final Instant STARTS = Instant.parse("2027-11-07T09:00:00Z");

    private static Event event(EventStatus status, String opens, String closes) {
        Event event = new Event();
        event.status = status;
        event.startsAt = STARTS;
        event.endsAt = STARTS.plusSeconds(8 * 3600);
        event.registrationOpensAt = opens == null ? null : Instant.parse(opens);
        event.registrationClosesAt = closes == null ? null : Instant.parse(closes);
        return event;
    }

    @ParameterizedTest(name = "{0}, window {1} to {2}, at {3}: {4}")
    @CsvSource(
            nullValues = "none",
            value = {
                "PUBLISHED, none,                 none,                 2027-11-07T08:59:59Z, OPEN",
                "PUBLISHED, none,                 none,                 2027-11-07T09:00:00Z, REGISTRATION_CLOSED",
                "PUBLISHED, 2027-09-01T09:00:00Z, none,                 2027-09-01T08:59:59Z, REGISTRATION_NOT_OPEN_YET",
                "PUBLISHED, 2027-09-01T09:00:00Z, none,                 2027-09-01T09:00:00Z, OPEN",
                "PUBLISHED, 2027-09-01T09:00:00Z, 2027-11-01T17:00:00Z, 2027-11-01T16:59:59Z, OPEN",
                "PUBLISHED, 2027-09-01T09:00:00Z, 2027-11-01T17:00:00Z, 2027-11-01T17:00:00Z, REGISTRATION_CLOSED",
                "PUBLISHED, none,                 2027-11-01T17:00:00Z, 2027-11-02T00:00:00Z, REGISTRATION_CLOSED",
                "DRAFT,     none,                 none,                 2027-10-01T00:00:00Z, REGISTRATION_CLOSED",
                "CANCELLED, none,                 none,                 2027-10-01T00:00:00Z, REGISTRATION_CLOSED",
                "COMPLETED, none,                 none,                 2027-10-01T00:00:00Z, REGISTRATION_CLOSED",
            })
    void registrationIsTakenWhilePublishedFromOpeningUntilClosingOrTheStart(
            EventStatus status, String opens, String closes, String at, String outcome) {
        Event event = event(status, opens, closes);
        Instant now = Instant.parse(at);
        if (outcome.equals("OPEN")) {
            assertThatCode(() -> RegistrationWindow.requireOpen(event, now)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> RegistrationWindow.requireOpen(event, now))
                    .isInstanceOfSatisfying(
                            HttpProblem.class,
                            problem -> assertThat(problem.getType())
                                    .isEqualTo(ProblemType.valueOf(outcome).uri()));
        }
    }

    @ParameterizedTest(name = "window {0} to {1}: {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "none,                 none,                 fine",
                "2027-09-01T09:00:00Z, 2027-11-07T09:00:00Z, fine",
                "none,                 2027-11-07T09:00:01Z, registrationClosesAt",
                "2027-11-07T09:00:00Z, none,                 registrationOpensAt",
                "2027-11-01T17:00:00Z, 2027-11-01T17:00:00Z, registrationOpensAt",
                "2027-11-02T00:00:00Z, 2027-11-01T17:00:00Z, registrationOpensAt",
            })
    void theWindowClosesNoLaterThanTheStartAndOpensBeforeItCloses(String opens, String closes, String field) {
        Instant opensAt = opens == null ? null : Instant.parse(opens);
        Instant closesAt = closes == null ? null : Instant.parse(closes);
        if (field.equals("fine")) {
            assertThatCode(() -> RegistrationWindow.check(opensAt, closesAt, STARTS))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> RegistrationWindow.check(opensAt, closesAt, STARTS))
                    .isInstanceOfSatisfying(HttpProblem.class, problem -> {
                        assertThat(problem.getType()).isEqualTo(ProblemType.VALIDATION_FAILED.uri());
                        assertThat(problem.getParameters()).containsEntry("field", field);
                    });
        }
    }
}
