package org.backstep.ui.network;

import org.backstep.engine.StepPlace;
import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.Quantities;
import org.backstep.engine.Working;
import org.backstep.engine.WorkingText;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.Event;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.values.QuantityWords;

/**
 * The current step said in words, as a screen reader speaks it: which quantity the event wrote
 * and its value, then the equation line's name and what it combined, each operand named by its
 * node and given the number the event read. The event's working is said as it is built; nothing
 * is recomputed, and an operation's own formula is said in the sentence it names.
 */
record StepWords(Texts texts, QuantityWords words) implements Working.Visitor<String> {

    static String describe(Texts texts, Lesson lesson, ReplayCursor cursor) {
        if (cursor.atStart()) {
            return texts.format("network.describe.start", cursor.size());
        }
        Quantities q = cursor.log().quantities();
        QuantityWords words = new QuantityWords(texts, lesson, q);
        Event event = cursor.currentEvent();
        var line = cursor.activeEquation();
        String sample = event.sample() >= 0 && q.samples() > 1
                ? ofSample(texts, cursor.log().place(event.seq()), event.sample(), q.samples()) : "";
        return words.contract(texts.format("network.describe.event", event.seq() + 1, cursor.size(),
                texts.get("phase." + event.phase().fileName()), sample, words.name(event.slot()),
                texts.number(event.value()), texts.getOr("equation." + line.id(), line.title()),
                cursor.activeWorking().accept(new StepWords(texts, words))));
    }

    /**
     * ", sample 3 of 4"; in a batch smaller than the data, also where the sample comes in it:
     * ", sample 7 of 8, 2 of 4 in this batch".
     */
    static String ofSample(Texts texts, StepPlace place, int sample, int samples) {
        if (place.batchSize() >= samples || place.positionOf(sample) < 0) {
            return texts.format("speech.ofSample", sample + 1, samples);
        }
        return texts.format("speech.ofSample.batch", sample + 1, samples, place.positionOf(sample) + 1,
                place.batchSize());
    }

    /** "the weight from h1 to ŷ, 0.7". */
    @Override
    public String read(Working.Read read) {
        return texts.format("speech.named", words.name(read.slot()), texts.number(read.value()));
    }

    @Override
    public String constant(Working.Constant constant) {
        return texts.number(constant.value());
    }

    @Override
    public String product(Working.Product product) {
        return texts.format("speech.times", product.left().accept(this), product.right().accept(this));
    }

    /** The terms joined by "plus"; a long sum says its first terms and how many more there are, as the maths panel shortens it. */
    @Override
    public String sum(Working.Sum sum) {
        List<String> terms = new ArrayList<>();
        sum.terms().forEach(t -> terms.add(t.accept(this)));
        int said = terms.size() > WorkingText.MAX_TERMS ? WorkingText.MAX_TERMS - 1 : terms.size();
        String spoken = terms.get(0);
        for (int t = 1; t < said; t++) {
            spoken = texts.format("speech.plus", spoken, terms.get(t));
        }
        return said < terms.size() ? texts.format("speech.moreTerms", spoken, terms.size() - said) : spoken;
    }

    @Override
    public String soFar(Working.SoFar soFar) {
        return texts.format("speech.plus", texts.format("speech.soFar", texts.number(soFar.sum().value())),
                soFar.part().accept(this));
    }

    @Override
    public String same(Working.Same same) {
        return texts.format("speech.equal", same.value().accept(this));
    }

    /** The mean's factor is left to the maths panel: said, the terms are what matters. */
    @Override
    public String scaled(Working.Scaled scaled) {
        return scaled.body().accept(this);
    }

    @Override
    public String formula(Working.Formula formula) {
        Object[] arguments = formula.arguments().stream().map(a -> a.accept(this)).toArray();
        return texts.format("speech." + formula.form().words(formula.arguments()), arguments);
    }
}
