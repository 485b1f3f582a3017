package org.proud2bops.events;

import jakarta.inject.Singleton;
import org.proud2bops.platform.testing.MovableClock;

/** The test application's clock, which tests move forward when time must pass (e.g. past an event's end). */
@Singleton
public class TestClock extends MovableClock {}
