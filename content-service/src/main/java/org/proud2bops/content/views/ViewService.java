package org.proud2bops.content.views;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.content.views.ViewRepository.DayViews;
import org.proud2bops.content.views.ViewRepository.ItemViews;
import org.proud2bops.platform.problem.Problems;

/**
 * View counts for editors: an item's figures per day, and the most-read published items in a period. Periods are UTC
 * days, both ends included, at most {@link #LONGEST_PERIOD_DAYS} long; without ends, the last
 * {@link #DEFAULT_PERIOD_DAYS} days up to today. Counts reach the database at each flush ({@link ViewCounter}), so
 * the figures lag reads by up to one flush interval.
 */
@ApplicationScoped
public class ViewService {

    /** The longest period asked for, in days. */
    public static final int LONGEST_PERIOD_DAYS = 366;

    /** The period when none is given: the last 30 days, today included. */
    public static final int DEFAULT_PERIOD_DAYS = 30;

    private final ViewRepository views;
    private final Clock clock;

    public ViewService(ViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    /** A period of whole UTC days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {}

    /** An item's views since counting began, and per day in the period (days without views left out). */
    public record ItemFigures(UUID itemId, long total, Period period, List<DayViews> days) {}

    /** The period the parameters name: 400 (validation-failed, field `from`) for one that ends before it starts. */
    public Period period(LocalDate from, LocalDate to) {
        LocalDate end = to != null
                ? to
                : from != null
                        ? from.plusDays(DEFAULT_PERIOD_DAYS - 1)
                        : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_PERIOD_DAYS - 1);
        if (start.isAfter(end)) {
            throw Problems.badRequest("from (" + start + ") is after to (" + end + ")", "from");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > LONGEST_PERIOD_DAYS) {
            throw Problems.badRequest(
                    "The period is longer than " + LONGEST_PERIOD_DAYS + " days (from " + start + " to " + end + ")",
                    "to");
        }
        return new Period(start, end);
    }

    /** The item's figures; empty when there is no such item. */
    public Optional<ItemFigures> figures(UUID itemId, Period period) {
        if (!views.itemExists(itemId)) {
            return Optional.empty();
        }
        return Optional.of(
                new ItemFigures(itemId, views.total(itemId), period, views.days(itemId, period.from(), period.to())));
    }

    /** The published items read most in the period, most first. */
    public List<ItemViews> mostRead(Period period, int size) {
        return views.mostRead(period.from(), period.to(), size);
    }
}
