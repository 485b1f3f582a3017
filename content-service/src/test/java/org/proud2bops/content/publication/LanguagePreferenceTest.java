package org.proud2bops.content.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.platform.problem.ProblemType;

class LanguagePreferenceTest {

    private static final List<String> AVAILABLE = List.of("en", "zh-Hans", "fr-CA");

    @ParameterizedTest(name = "language={0}, Accept-Language={1} -> {2} (requested {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -       | -                                 | -       | -
            -       | zh                                | zh-Hans | zh
            -       | zh-Hans-CN                        | zh-Hans | zh-Hans-CN
            -       | zh-CN, en;q=0.5                   | en      | zh-CN
            -       | de, fr;q=0.8                      | fr-CA   | de
            -       | en;q=0.2, zh;q=0.9                | zh-Hans | zh
            -       | zh;q=0, en;q=0.1                  | en      | en
            -       | de                                | -       | de
            -       | *                                 | en      | *
            -       | de, *;q=0.5                       | en      | de
            -       | %%%;q=x                           | -       | -
            -       | ''                                | -       | -
            ZH      | en                                | zh-Hans | zh
            de      | en                                | -       | de
            en-gb   | -                                 | en      | en-GB
            """)
    void picksTheMostWantedLanguageThereIs(String parameter, String acceptLanguage, String picked, String requested) {
        LanguagePreference preference = LanguagePreference.of(parameter, acceptLanguage);

        assertThat(preference.pick(AVAILABLE, "en").orElse(null)).isEqualTo(picked);
        assertThat(preference.requested()).isEqualTo(requested);
        assertThat(preference.isEmpty()).isEqualTo(requested == null);
    }

    @ParameterizedTest
    @CsvSource({"not a tag!", "123", "''"})
    void aMalformedParameterIsRefused(String parameter) {
        assertThatThrownBy(() -> LanguagePreference.of(parameter, "en"))
                .isInstanceOfSatisfying(
                        HttpProblem.class,
                        problem -> assertThat(problem.getType()).isEqualTo(ProblemType.VALIDATION_FAILED.uri()));
    }
}
