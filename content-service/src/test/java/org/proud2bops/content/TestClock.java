package org.proud2bops.content;

import jakarta.inject.Singleton;
import org.proud2bops.platform.testing.MovableClock;

/** The test application's clock, which tests move forward when time must pass (e.g. past a scheduled time). */
@Singleton
public class TestClock extends MovableClock {}
