package org.proud2bops.members;

import jakarta.inject.Singleton;
import org.proud2bops.platform.testing.MovableClock;

/** The test application's clock, which tests move forward when time must pass. */
@Singleton
public class TestClock extends MovableClock {}
