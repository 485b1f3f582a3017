package org.proud2bops.platform.conventions;

import io.quarkus.test.common.QuarkusTestResource;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.OidcTestProvider;
import org.proud2bops.platform.testing.PostgresTestResource;

@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestProvider.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    private TestInfrastructure() {}
}
