package org.proud2bops.platform.testing.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The skeleton every service keeps (design.md, "Inside a service"), as ArchUnit rules over its main classes. A
 * service runs them with one test (and {@code com.tngtech.archunit:archunit} as a test dependency):
 * {@code @Test void followsTheSkeleton() { ServiceArchitecture.check("members"); }}.
 * <p>
 * Persistence types are named, not loaded, so the rules also run where JPA and Panache are not on the class path
 * (the gateway).
 */
public final class ServiceArchitecture {

    /** The deployable parts, each in its own {@code org.proud2bops.<name>} package. */
    public static final List<String> SERVICES = List.of("members", "events", "content", "gateway");

    private static final String ROOT = "org.proud2bops.";
    private static final String ENTITY_MANAGER = "jakarta.persistence.EntityManager";
    private static final String PANACHE = "io.quarkus.hibernate.orm.panache";

    private ServiceArchitecture() {}

    /** Checks the service's main classes (not its tests) against every rule a service keeps, reporting all breaches. */
    public static void check(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException(service + " is not one of " + SERVICES);
        }
        CompositeArchRule.of(resourcesDoNotQuery())
                .and(accessPoliciesArePure())
                .and(servicesDoNotReachIntoEachOther())
                .check(mainClassesIn(ROOT + service));
    }

    /** The classes compiled from {@code src/main} in the package and below. */
    public static JavaClasses mainClassesIn(String packageName) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(packageName);
        if (classes.isEmpty()) {
            throw new IllegalStateException("No main classes in " + packageName + " on the class path");
        }
        return classes;
    }

    /**
     * A resource parses, calls one service method and maps: it may name entity types to map them, but reaches no
     * repository, entity manager or Panache query.
     */
    public static ArchRule resourcesDoNotQuery() {
        return noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat(persistence())
                .orShould()
                .callCodeUnitWhere(panacheEntityOperation())
                .because("queries live in repositories and are reached through a service (design.md)")
                .allowEmptyShould(true);
    }

    /**
     * An access policy decides who may from the caller and the objects it is given: it reaches no repository,
     * entity manager, outbox, events publisher or service, and writes no other object's fields.
     */
    public static ArchRule accessPoliciesArePure() {
        return noClasses()
                .that()
                .haveSimpleNameEndingWith("Access")
                .should()
                .dependOnClassesThat(persistence()
                        .or(resideInAPackage("org.proud2bops.platform.outbox.."))
                        .or(simpleNameEndingWith("Events"))
                        .or(simpleNameEndingWith("Service")))
                .orShould()
                .callCodeUnitWhere(panacheEntityOperation())
                .orShould()
                .setFieldWhere(anotherClassesField())
                .because("a check never writes and never looks anything up (design.md)")
                .allowEmptyShould(true);
    }

    /** A service talks to another only over HTTP or events, never through its classes. */
    public static ArchRule servicesDoNotReachIntoEachOther() {
        return classes()
                .that()
                .resideInAnyPackage(SERVICES.stream().map(s -> ROOT + s + "..").toArray(String[]::new))
                .should(dependOnNoOtherService())
                .because("each service is deployed, versioned and owns its data on its own");
    }

    /** The shared library is technical: it knows no service's types. */
    public static ArchRule platformHoldsNoDomain() {
        return noClasses()
                .that()
                .resideInAPackage(ROOT + "platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SERVICES.stream().map(s -> ROOT + s + "..").toArray(String[]::new))
                .because("the shared library holds no domain");
    }

    private static DescribedPredicate<JavaClass> persistence() {
        return simpleNameEndingWith("Repository")
                .or(assignableTo(PANACHE + ".PanacheRepositoryBase"))
                .or(assignableTo(ENTITY_MANAGER))
                .or(simpleName("Panache").and(resideInAPackage(PANACHE)))
                .as("are repositories, entity managers or Panache's static access");
    }

    /** A static method of a Panache entity (its queries) or one of the instance operations Panache gives it. */
    private static DescribedPredicate<JavaCall<?>> panacheEntityOperation() {
        return DescribedPredicate.describe("a Panache entity operation", call -> {
            JavaClass owner = call.getTarget().getOwner();
            if (!owner.isAssignableTo(PANACHE + ".PanacheEntityBase")) {
                return false;
            }
            Optional<? extends JavaMember> method = call.getTarget().resolveMember();
            return method.isEmpty()
                    || method.get().getModifiers().contains(JavaModifier.STATIC)
                    || method.get().getOwner().getPackageName().startsWith(PANACHE);
        });
    }

    private static DescribedPredicate<JavaFieldAccess> anotherClassesField() {
        return DescribedPredicate.describe(
                "the field belongs to another class",
                access -> !access.getTargetOwner().equals(access.getOriginOwner()));
    }

    private static ArchCondition<JavaClass> dependOnNoOtherService() {
        return new ArchCondition<>("depend on no other service's classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = serviceOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> target =
                            serviceOf(dependency.getTargetClass().getBaseComponentType());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> serviceOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        return SERVICES.stream()
                .filter(s -> packageName.equals(ROOT + s) || packageName.startsWith(ROOT + s + "."))
                .findFirst();
    }
}
