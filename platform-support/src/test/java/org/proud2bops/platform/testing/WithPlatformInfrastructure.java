package org.proud2bops.platform.testing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real parts a service's {@code @QuarkusTest} runs against: PostgreSQL, a Kafka broker and an OIDC provider
 * signing real tokens. Every test class carrying it shares one boot of the application and of those parts.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OidcTestProvider.class, scope = TestResourceScope.MATCHING_RESOURCES)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithPlatformInfrastructure {}
