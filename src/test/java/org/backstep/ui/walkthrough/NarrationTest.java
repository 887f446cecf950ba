package org.backstep.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.api.Test;

/** Students never see TeX source: every formula in every bundled narration, in every language, comes out as symbols. */
class NarrationTest {

    @Test
    void noBundledNarrationShowsABackslashCommand() throws Exception {
        List<String> raw = new ArrayList<>();
        for (String id : BundledLessons.ids()) {
            for (String language : Texts.LANGUAGES) {
                Lesson lesson = BundledLessons.load(id).in(language);
                for (int i = 0; i < lesson.walkthrough().size(); i++) {
                    String html = Narration.toHtml(lesson.walkthrough().stop(i).narration());
                    if (html.contains("\\")) {
                        raw.add(id + " " + language + " stop " + (i + 1) + ": " + html);
                    }
                }
            }
        }
        assertThat(raw).isEmpty();
    }

    @Test
    void aFormulaInRunningTextDoesNotBreakAtItsOperators() {
        assertThat(Narration.toHtml("so w := w − η · g here, and tanh(z) = 0.76 too"))
                .contains("w&nbsp;:=&nbsp;w&nbsp;−&nbsp;η&nbsp;·&nbsp;g here").contains("tanh(z)&nbsp;=&nbsp;0.76 too");
        assertThat(Narration.toSpeech("w := w − η · g")).isEqualTo("w := w − η · g");
    }

    @Test
    void formulasBecomeSymbolsAndMarkupBecomesHtml() {
        assertThat(Narration.toHtml("**Slope** $1 - \\tanh^2 z$ and *then* $\\partial L/\\partial w$"))
                .contains("<b>Slope</b>").contains("tanh<sup>2</sup>").contains("<i>then</i>").contains("∂&nbsp;L/∂&nbsp;w");
    }
}
