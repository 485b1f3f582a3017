package org.proud2bops.platform.conventions;

import jakarta.inject.Singleton;
import org.proud2bops.platform.testing.MovableClock;

/** The test application's clock, which tests move forward when time must pass. */
@Singleton
public class TestClock extends MovableClock {}
