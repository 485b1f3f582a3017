package org.proud2bops.members;

import io.quarkus.test.junit.QuarkusTest;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;
import org.proud2bops.platform.testing.contract.BadInputSweepTests;

/** Every operation of the members API, swept with the bad input a fuzzer sends. */
@QuarkusTest
@WithPlatformInfrastructure
class BadInputTest extends BadInputSweepTests {}
