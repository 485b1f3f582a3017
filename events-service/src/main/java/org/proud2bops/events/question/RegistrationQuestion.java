package org.proud2bops.events.question;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question an event asks whoever registers for it, e.g. access or dietary needs. The answers are personal data:
 * they are kept with the registration and erased with the person.
 */
@Schema(
        name = "RegistrationQuestion",
        requiredProperties = {"key", "label", "kind", "required"},
        examples = "{\"key\":\"dietary\",\"label\":\"Dietary needs\",\"kind\":\"CHOICE\",\"options\":[\"None\",\"Veg"
                + "etarian\",\"Vegan\",\"Halal\"],\"required\":true}",
        description = "A question asked at registration; its key names the answer (answers.<key>)")
public record RegistrationQuestion(
        @NotBlank
        @Size(max = RegistrationQuestion.MAX_KEY)
        @Pattern(regexp = RegistrationQuestion.KEY_PATTERN, message = "must be lower-case letters, digits and hyphens")
        @Schema(description = "Names the answer: lower-case letters, digits and hyphens, starting with a letter")
        String key,

        @NotBlank @Size(max = 300) String label,
        @NotNull QuestionKind kind,

        @Size(max = RegistrationQuestion.MAX_OPTIONS)
        @Schema(description = "CHOICE: the answers to pick from (at least two, each once); FREE_TEXT: none")
        List<@NotBlank @Size(max = RegistrationQuestion.MAX_OPTION) String> options,

        @Schema(description = "Whether a registration must answer it")
        boolean required) {

    public static final String KEY_PATTERN = "[a-z][a-z0-9-]*";
    public static final int MAX_KEY = 40;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_OPTION = 100;
    /** The longest free-text answer. */
    public static final int MAX_ANSWER = 1000;
    /** The most questions one event asks. */
    public static final int MAX_QUESTIONS = 10;

    /** The options, never null. */
    public List<String> choices() {
        return options == null ? List.of() : options;
    }
}
