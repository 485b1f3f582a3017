package org.proud2bops.events.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.platform.problem.ProblemType;

class RegistrationAnswersTest {

    /** A required choice (dietary) and an optional free-text question (access). */
    private static final List<RegistrationQuestion> QUESTIONS = List.of(
            new RegistrationQuestion(
                    "dietary", "Dietary needs", QuestionKind.CHOICE, List.of("None", "Vegetarian", "Vegan"), true),
            new RegistrationQuestion("access", "Access needs", QuestionKind.FREE_TEXT, null, false));

    /** Answers written as {@code key=value;key=value}; "none" is no answers at all. */
    private static Map<String, String> answers(String written) {
        Map<String, String> answers = new HashMap<>();
        if (!written.equals("none")) {
            Arrays.stream(written.split(";")).forEach(pair -> {
                String[] parts = pair.split("=", -1);
                answers.put(parts[0], parts[1]);
            });
        }
        return answers;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "dietary=Vegan                              | dietary=Vegan",
                "dietary= Vegetarian ;access=Ramp please    | dietary=Vegetarian;access=Ramp please",
                "dietary=None;access=                       | dietary=None",
            })
    void answersToTheQuestionsAreKeptStripped(String given, String kept) {
        assertThat(RegistrationAnswers.checked(QUESTIONS, answers(given))).isEqualTo(answers(kept));
    }

    @ParameterizedTest(name = "{0}: refused naming {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "none                                | answers.dietary",
                "access=Ramp please                  | answers.dietary",
                "dietary=                            | answers.dietary",
                "dietary=Pescatarian                 | answers.dietary",
                "dietary=vegan                       | answers.dietary",
                "dietary=Vegan;shoe-size=9           | answers.shoe-size",
                "dietary=Vegan;parking=yes;zoo=no    | answers.parking",
            })
    void aMissingRequiredAnswerAnUnknownQuestionOrAChoiceNotOfferedIsRefusedNamingTheField(String given, String field) {
        assertThatThrownBy(() -> RegistrationAnswers.checked(QUESTIONS, answers(given)))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> {
                    assertThat(problem.getType()).isEqualTo(ProblemType.VALIDATION_FAILED.uri());
                    assertThat(problem.getParameters()).containsEntry("field", field);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "two questions with one key         | questions[1].key",
                "a choice with one option           | questions[0].options",
                "a choice offering an option twice  | questions[0].options",
                "free text with options             | questions[0].options",
            })
    void anEventsQuestionsHaveDistinctKeysAndOptionsOnlyForChoices(String what, String field) {
        List<RegistrationQuestion> questions = switch (what) {
            case "two questions with one key" ->
                List.of(
                        new RegistrationQuestion("access", "Access", QuestionKind.FREE_TEXT, null, false),
                        new RegistrationQuestion("access", "Access again", QuestionKind.FREE_TEXT, null, false));
            case "a choice with one option" ->
                List.of(new RegistrationQuestion("dietary", "Diet", QuestionKind.CHOICE, List.of("Vegan"), true));
            case "a choice offering an option twice" ->
                List.of(new RegistrationQuestion(
                        "dietary", "Diet", QuestionKind.CHOICE, List.of("Vegan", " Vegan"), true));
            case "free text with options" ->
                List.of(new RegistrationQuestion("access", "Access", QuestionKind.FREE_TEXT, List.of("Ramp"), false));
            default -> throw new IllegalArgumentException(what);
        };
        assertThatThrownBy(() -> RegistrationAnswers.checkedQuestions(questions))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> {
                    assertThat(problem.getType()).isEqualTo(ProblemType.VALIDATION_FAILED.uri());
                    assertThat(problem.getParameters()).containsEntry("field", field);
                });
    }

    @ParameterizedTest(name = "an answer of {0} characters: kept {1}")
    @CsvSource({"1000, true", "1001, false"})
    void aFreeTextAnswerIsBounded(int length, boolean kept) {
        Map<String, String> given = Map.of("dietary", "None", "access", "a".repeat(length));
        if (kept) {
            assertThat(RegistrationAnswers.checked(QUESTIONS, given)).containsEntry("access", "a".repeat(length));
        } else {
            assertThatThrownBy(() -> RegistrationAnswers.checked(QUESTIONS, given))
                    .isInstanceOfSatisfying(
                            HttpProblem.class,
                            problem -> assertThat(problem.getParameters()).containsEntry("field", "answers.access"));
        }
    }
}
