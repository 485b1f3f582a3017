package org.proud2bops.members;

import io.quarkus.test.common.QuarkusTestResource;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.OidcTestProvider;
import org.proud2bops.platform.testing.PostgresTestResource;

/**
 * Real PostgreSQL and Kafka, a test OpenID provider and a fake identity-provider admin API for every test class in this
 * service: one boot shared by all of them.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestProvider.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = IdentityProviderAdminFake.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    private TestInfrastructure() {}
}
