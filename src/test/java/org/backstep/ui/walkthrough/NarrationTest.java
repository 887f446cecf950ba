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

    /** The bottom of the line on which the character at {@code offset} of {@code pane} is laid out. */
    private static int lineOf(javax.swing.JEditorPane pane, int offset) throws Exception {
        java.awt.Rectangle at = pane.modelToView2D(offset).getBounds();
        return at.y + at.height;
    }

    @Test
    void aFormulaWithSubscriptsAndAPowerWrapsAsOneWordAtEveryWidth() throws Exception {
        // The saddle lesson's first stop: Swing used to end a line after "(1 - w₁ w₂)" and put "²" on the next.
        String text = "The smallest deep network: two weights in a chain and no biases. The hidden unit computes "
                + "$h = w_1 x$ and the output $\\hat y = w_2 h$, so $\\hat y = w_1 w_2 x$. There is one sample, x = 1 "
                + "with target y = 1, so the loss is $L = (1 - w_1 w_2)^2$. Both weights start at 0.01, very close to 0.";
        int broken = org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            javax.swing.JEditorPane pane = new javax.swing.JEditorPane("text/html",
                    "<html>" + Narration.toHtml(text) + "</html>");
            pane.putClientProperty(javax.swing.JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
            javax.swing.text.Document doc = pane.getDocument();
            String laidOut = doc.getText(0, doc.getLength());
            int start = laidOut.indexOf("L\u00a0=\u00a0(1");
            int power = laidOut.indexOf("2.", start);
            assertThat(start).isPositive();
            assertThat(power).isGreaterThan(start);
            int lineHeight = pane.getFontMetrics(pane.getFont()).getHeight();
            int splits = 0;
            for (int width = 200; width <= 700; width++) {
                pane.setSize(width, 10_000);
                pane.setSize(width, pane.getPreferredSize().height);
                if (Math.abs(lineOf(pane, start) - lineOf(pane, power)) > lineHeight / 2) {
                    splits++;
                }
            }
            return splits;
        });
        assertThat(broken).as("widths at which the formula was split across two lines").isZero();
    }

    @Test
    void formulasBecomeSymbolsAndMarkupBecomesHtml() {
        assertThat(Narration.toHtml("**Slope** $1 - \\tanh^2 z$ and *then* $\\partial L/\\partial w$"))
                .contains("<b>Slope</b>").contains("tanh<sup>2</sup>").contains("<i>then</i>").contains("∂&nbsp;L/∂&nbsp;w");
    }
}
