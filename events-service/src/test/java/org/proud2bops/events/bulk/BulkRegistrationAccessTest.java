package org.proud2bops.events.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.testing.TestCallers;

/** Who reads a registration batch: those who run events, any; anyone else, the batches they sent only. */
class BulkRegistrationAccessTest {

    private final BulkRegistrationAccess access = new BulkRegistrationAccess(new EventAccess());

    @ParameterizedTest(name = "{0}: own batch {1}, another's batch {2}")
    @CsvSource(textBlock = """
            anonymous,       false, false
            member,          true,  false
            network lead,    true,  false
            content editor,  true,  false
            regional client, true,  false
            events admin,    true,  true
            admin,           true,  true
            """)
    void aBatchIsReadByWhoSentItAndThoseWhoRunEvents(String who, boolean own, boolean others) {
        Caller caller = EventsTestData.callerOfKind(who);

        assertThat(access.maySee(caller, sentBy(caller.subject()))).isEqualTo(own);
        assertThat(access.maySee(caller, sentBy("someone-else"))).isEqualTo(others);
    }

    @ParameterizedTest(name = "the {0} client reads the London client's batch: {1}")
    @CsvSource(textBlock = """
            LONDON,     true
            NORTH_WEST, false
            """)
    void aRegionalClientReadsOnlyItsOwnBatches(String region, boolean reads) {
        String londonClient = TestCallers.regionalNetwork("LONDON").subject();

        assertThat(access.maySee(TestCallers.regionalNetwork(region), sentBy(londonClient)))
                .isEqualTo(reads);
    }

    private static RegistrationBatch sentBy(String subject) {
        RegistrationBatch batch = new RegistrationBatch();
        batch.requestedBy = subject;
        return batch;
    }
}
