package org.proud2bops.events;

import io.quarkus.test.common.QuarkusTestResource;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.OidcTestProvider;
import org.proud2bops.platform.testing.PostgresTestResource;

/** Real PostgreSQL and Kafka for every test class in this service: one boot shared by all of them. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestProvider.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    private TestInfrastructure() {}
}
