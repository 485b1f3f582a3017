package org.proud2bops.events.question;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proud2bops.platform.problem.Problems;

/**
 * The rules of registration questions and their answers, as pure functions (each broken rule is a validation
 * problem naming the field, e.g. {@code answers.dietary} or {@code questions[1].options}).
 */
public final class RegistrationAnswers {

    private RegistrationAnswers() {}

    /**
     * An event's questions as an events admin sets them: keys unique; a CHOICE has at least two options, each once; a
     * FREE_TEXT question has none.
     *
     * @return the questions, options stripped (an absent list is empty)
     */
    public static List<RegistrationQuestion> checkedQuestions(List<RegistrationQuestion> questions) {
        if (questions == null) {
            return List.of();
        }
        Set<String> keys = new HashSet<>();
        for (int index = 0; index < questions.size(); index++) {
            RegistrationQuestion question = questions.get(index);
            String field = "questions[" + index + "]";
            if (!keys.add(question.key())) {
                throw Problems.badRequest("Two questions have the key '" + question.key() + "'", field + ".key");
            }
            List<String> options = question.choices();
            if (question.kind() == QuestionKind.CHOICE) {
                Set<String> distinct = new HashSet<>();
                options.forEach(option -> distinct.add(option.strip()));
                if (options.size() < 2 || distinct.size() != options.size()) {
                    throw Problems.badRequest(
                            "A CHOICE question needs at least two options, each once", field + ".options");
                }
            } else if (!options.isEmpty()) {
                throw Problems.badRequest("A FREE_TEXT question has no options", field + ".options");
            }
        }
        return questions.stream()
                .map(question -> new RegistrationQuestion(
                        question.key(),
                        question.label().strip(),
                        question.kind(),
                        question.choices().stream().map(String::strip).toList(),
                        question.required()))
                .toList();
    }

    /**
     * A registration's answers checked against the event's questions: no answer to a question the event does not ask,
     * a choice among the question's options, free text of at most {@value RegistrationQuestion#MAX_ANSWER}
     * characters, and an answer to every required question. Blank answers count as none.
     *
     * @return the answers, stripped, in the order of the questions; empty when none were given
     */
    public static Map<String, String> checked(List<RegistrationQuestion> questions, Map<String, String> answers) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        Map<String, RegistrationQuestion> byKey = new LinkedHashMap<>();
        questions.forEach(question -> byKey.put(question.key(), question));
        given.keySet().stream()
                .filter(key -> !byKey.containsKey(key))
                .sorted()
                .findFirst()
                .ifPresent(unknown -> {
                    throw Problems.badRequest("The event asks no question '" + unknown + "'", "answers." + unknown);
                });
        Map<String, String> checked = new LinkedHashMap<>();
        for (RegistrationQuestion question : questions) {
            String field = "answers." + question.key();
            String answer = given.get(question.key());
            if (answer == null || answer.isBlank()) {
                if (question.required()) {
                    throw Problems.badRequest("'" + question.label() + "' needs an answer", field);
                }
                continue;
            }
            String stripped = answer.strip();
            if (question.kind() == QuestionKind.CHOICE && !question.choices().contains(stripped)) {
                throw Problems.badRequest("The answer must be one of " + question.choices(), field);
            }
            if (stripped.length() > RegistrationQuestion.MAX_ANSWER) {
                throw Problems.badRequest(
                        "The answer is longer than " + RegistrationQuestion.MAX_ANSWER + " characters", field);
            }
            checked.put(question.key(), stripped);
        }
        return checked;
    }
}
