package org.proud2bops.platform.testing;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import org.proud2bops.platform.problem.ProblemType;

/** What a test expects of a problem response: its type's status, the problem media type and the type itself. */
public final class ProblemSpecs {

    private ProblemSpecs() {}

    public static ResponseSpecification problem(ProblemType type) {
        return new ResponseSpecBuilder()
                .expectStatusCode(type.status())
                .expectContentType("application/problem+json")
                .expectBody("type", equalTo(type.uri().toString()))
                .expectBody("title", equalTo(type.title()))
                .build();
    }
}
