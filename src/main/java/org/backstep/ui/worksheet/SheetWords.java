package org.backstep.ui.worksheet;

import java.util.List;
import org.backstep.engine.EquationLine;
import org.backstep.lesson.worksheet.Flag;
import org.backstep.lesson.worksheet.Given;
import org.backstep.lesson.worksheet.SheetQuestion;
import org.backstep.lesson.worksheet.Worksheet;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.values.QuantityWords;

/** The sentences both renderers print, in the sheet's language, so the PDF and the HTML say the same. */
final class SheetWords {
    private final Texts texts;
    private final Worksheet sheet;
    private final QuantityWords words;

    SheetWords(Texts texts, Worksheet sheet) {
        this.texts = texts;
        this.sheet = sheet;
        this.words = new QuantityWords(texts, sheet.lesson(), sheet.quantities());
    }

    Texts texts() {
        return texts;
    }

    String get(String key) {
        return texts.get(key);
    }

    String number(double value) {
        return texts.number(value);
    }

    /** "Question 2 · loss · sample 4 of 4". */
    String heading(SheetQuestion q) {
        StringBuilder text = new StringBuilder(texts.format("worksheet.question", String.valueOf(q.number())));
        if (q.phase() != null) {
            text.append(" · ").append(texts.get("phase." + q.phase().fileName()));
        }
        if (q.sample() >= 0 && sheet.network().samples() > 1) {
            text.append(" · ").append(texts.format("worksheet.sampleOf", String.valueOf(q.sample() + 1),
                    String.valueOf(sheet.network().samples())));
        }
        return text.toString();
    }

    /** "a2[0], the prediction ŷ = 0.591942", or a pointer to the question that asks for it. */
    String given(Given g) {
        String what = words.name(g.slot());
        if (!g.printed()) {
            return texts.format("worksheet.given.answer", g.name(), what, String.valueOf(g.question()));
        }
        if (g.soFar()) {
            return texts.format("worksheet.given.soFar", g.name(), what, texts.number(g.value()));
        }
        String sample = g.sample() >= 0 && sheet.network().samples() > 1
                ? texts.format("worksheet.given.sample", String.valueOf(g.sample() + 1)) : "";
        return texts.format("worksheet.given", g.name(), what + sample, texts.number(g.value()));
    }

    /** "Your answer: z1[0] =". */
    String answerPrompt(SheetQuestion q) {
        return texts.format("worksheet.yourAnswer", q.quantity() == null ? "" : q.quantity());
    }

    /** "Layer 1: h1, h2, h3 (ReLU)". */
    String layer(int layer) {
        return texts.format("worksheet.layer", String.valueOf(layer + 1),
                String.join(", ", sheet.network().unitNames(layer)),
                texts.get("activation." + sheet.network().shape().activation(layer).fileName()));
    }

    String lineTitle(EquationLine line) {
        return texts.getOr("equation." + line.id(), line.title());
    }

    /** Options are lettered a), b), … so the key can name the right one. */
    static String letter(int option) {
        return (char) ('a' + option) + ")";
    }

    /** What the export tells the author about questions to look at, one line each. */
    static String flags(Texts texts, List<Flag> flags) {
        StringBuilder text = new StringBuilder();
        for (Flag flag : flags) {
            text.append("\n• ").append(texts.format("worksheet.flag." + flag.kind().name(), String.valueOf(flag.question()),
                    String.valueOf(flag.stop()), flag.detail()));
        }
        return text.toString();
    }
}
