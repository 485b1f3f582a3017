package org.proud2bops.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.events.architecturefixture.EventTicket;
import org.proud2bops.members.architecturefixture.ReachesIntoEvents;
import org.proud2bops.members.architecturefixture.StaysInItsService;
import org.proud2bops.platform.architecture.fixtures.AccessFixtures;
import org.proud2bops.platform.architecture.fixtures.LibraryFixtures;
import org.proud2bops.platform.architecture.fixtures.ResourceFixtures;
import org.proud2bops.platform.testing.architecture.ServiceArchitecture;

/** Each rule reports a class that breaks it and lets one that keeps it pass, so a green check means something. */
class ServiceArchitectureTest {

    static Stream<Arguments> breaches() {
        return Stream.of(
                arguments(
                        "resources don't query",
                        ServiceArchitecture.resourcesDoNotQuery(),
                        ResourceFixtures.RepositoryUsingResource.class),
                arguments(
                        "resources don't query",
                        ServiceArchitecture.resourcesDoNotQuery(),
                        ResourceFixtures.UnsuffixedRepositoryUsingResource.class),
                arguments(
                        "resources don't query",
                        ServiceArchitecture.resourcesDoNotQuery(),
                        ResourceFixtures.EntityManagerUsingResource.class),
                arguments(
                        "resources don't query",
                        ServiceArchitecture.resourcesDoNotQuery(),
                        ResourceFixtures.EntityQueryingResource.class),
                arguments(
                        "resources don't query",
                        ServiceArchitecture.resourcesDoNotQuery(),
                        ResourceFixtures.EntityPersistingResource.class),
                arguments(
                        "access policies are pure",
                        ServiceArchitecture.accessPoliciesArePure(),
                        AccessFixtures.RepositoryReadingAccess.class),
                arguments(
                        "access policies are pure",
                        ServiceArchitecture.accessPoliciesArePure(),
                        AccessFixtures.EntityManagerReadingAccess.class),
                arguments(
                        "access policies are pure",
                        ServiceArchitecture.accessPoliciesArePure(),
                        AccessFixtures.PublishingAccess.class),
                arguments(
                        "access policies are pure",
                        ServiceArchitecture.accessPoliciesArePure(),
                        AccessFixtures.EventsPublishingAccess.class),
                arguments(
                        "access policies are pure",
                        ServiceArchitecture.accessPoliciesArePure(),
                        AccessFixtures.ServiceCallingAccess.class),
                arguments(
                        "access policies are pure",
                        ServiceArchitecture.accessPoliciesArePure(),
                        AccessFixtures.WritingAccess.class),
                arguments(
                        "services don't reach into each other",
                        ServiceArchitecture.servicesDoNotReachIntoEachOther(),
                        ReachesIntoEvents.class),
                arguments(
                        "the platform holds no domain",
                        ServiceArchitecture.platformHoldsNoDomain(),
                        LibraryFixtures.DomainInTheLibrary.class));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("breaches")
    void aRuleReportsAClassThatBreaksIt(String rule, ArchRule check, Class<?> breaking) {
        EvaluationResult result = check.evaluate(new ClassFileImporter().importClasses(breaking));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains(breaking.getName()));
    }

    static Stream<Arguments> keepers() {
        return Stream.of(
                arguments(
                        "resources don't query",
                        ServiceArchitecture.resourcesDoNotQuery(),
                        ResourceFixtures.MappingResource.class),
                arguments(
                        "access policies are pure",
                        ServiceArchitecture.accessPoliciesArePure(),
                        AccessFixtures.PureAccess.class),
                arguments(
                        "services don't reach into each other",
                        ServiceArchitecture.servicesDoNotReachIntoEachOther(),
                        StaysInItsService.class),
                arguments(
                        "services don't reach into each other",
                        ServiceArchitecture.servicesDoNotReachIntoEachOther(),
                        EventTicket.class),
                arguments(
                        "the platform holds no domain",
                        ServiceArchitecture.platformHoldsNoDomain(),
                        LibraryFixtures.TechnicalLibraryClass.class));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("keepers")
    void aRuleLetsAClassThatKeepsItPass(String rule, ArchRule check, Class<?> keeping) {
        EvaluationResult result = check.evaluate(new ClassFileImporter().importClasses(keeping));

        assertThat(result.hasViolation())
                .as(() -> result.getFailureReport().toString())
                .isFalse();
    }
}
