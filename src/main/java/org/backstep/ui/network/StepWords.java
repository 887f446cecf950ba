package org.backstep.ui.network;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.Activation;
import org.backstep.engine.Quantities;
import org.backstep.engine.QuantityKind;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.Event;
import org.backstep.ui.Texts;
import org.backstep.ui.values.QuantityWords;

/**
 * The current step said in words, as a screen reader speaks it: which quantity the event wrote
 * and its value, then the equation line's name and what it combined, each operand named by its
 * node and given the number the event read. Everything comes from the replay state; nothing is
 * recomputed.
 */
final class StepWords {
    /** A sum with more terms is said up to this many, then "and N more terms", as the maths panel shortens it. */
    private static final int MAX_TERMS = 8;

    private StepWords() {
    }

    static String describe(Lesson lesson, ReplayCursor cursor) {
        if (cursor.atStart()) {
            return Texts.format("network.describe.start", cursor.size());
        }
        Quantities q = cursor.log().quantities();
        QuantityWords words = new QuantityWords(lesson, q);
        Event event = cursor.currentEvent();
        var line = cursor.activeEquation();
        String sample = event.sample() >= 0 && q.samples() > 1
                ? Texts.format("speech.ofSample", event.sample() + 1, q.samples()) : "";
        return QuantityWords.contract(Texts.format("network.describe.event", event.seq() + 1, cursor.size(),
                Texts.get("phase." + event.phase().fileName()), sample, words.name(event.slot()),
                Texts.number(event.value()), Texts.getOr("equation." + line.id(), line.title()),
                working(words, q, cursor, event)));
    }

    /** What the event combined, in words: "the weight from h1 to ŷ, 0.7, times …". */
    private static String working(QuantityWords words, Quantities q, ReplayCursor cursor, Event event) {
        int slot = event.slot();
        int[] ops = q.operands(slot, event.sample());
        int at = 0;
        String sumSoFar = null;
        QuantityKind kind = q.kind(slot);
        boolean runningSum = event.sample() > 0 && (kind == QuantityKind.LOSS || kind == QuantityKind.PARAMETER_GRADIENT);
        if (runningSum) {
            sumSoFar = Texts.format("speech.soFar", Texts.number(cursor.operandValue(ops[at++])));
        }
        String said = switch (kind) {
            case PRE_ACTIVATION -> {
                // Weight times input for each input, then the bias.
                List<String> terms = products(words, cursor, ops, ops.length - 1);
                terms.add(named(words, cursor, ops[ops.length - 1]));
                yield plus(terms);
            }
            case ACTIVATION -> Texts.format("speech.applied", named(words, cursor, ops[0]));
            case LOSS -> {
                List<String> terms = new ArrayList<>();
                for (; at + 2 < ops.length; at += 3) {
                    terms.add(Texts.format("speech.against", named(words, cursor, ops[at + 1]), named(words, cursor, ops[at])));
                }
                yield plus(terms);
            }
            case ACTIVATION_GRADIENT -> {
                if (q.layerOf(slot) == q.shape().layers() - 1) {
                    yield Texts.format("speech.against", named(words, cursor, ops[1]), named(words, cursor, ops[0]));
                }
                // Each gradient of the layer above times the weight it came through.
                yield plus(products(words, cursor, ops, ops.length));
            }
            case PRE_ACTIVATION_GRADIENT -> slope(words, q, cursor, slot, ops);
            case PARAMETER_GRADIENT -> ops.length - at == 1
                    ? (runningSum ? named(words, cursor, ops[at]) : Texts.format("speech.equal", named(words, cursor, ops[at])))
                    : Texts.format("speech.times", named(words, cursor, ops[at]), named(words, cursor, ops[at + 1]));
            case PARAMETER -> Texts.format("speech.update", named(words, cursor, ops[0]),
                    Texts.number(cursor.learningRate()), named(words, cursor, ops[1]));
            case INPUT, TARGET -> "";
        };
        return sumSoFar == null ? said : Texts.format("speech.plus", sumSoFar, said);
    }

    /** "a, times b" for each pair of operands before {@code end}. */
    private static List<String> products(QuantityWords words, ReplayCursor cursor, int[] ops, int end) {
        List<String> terms = new ArrayList<>();
        for (int at = 0; at + 1 < end; at += 2) {
            terms.add(Texts.format("speech.times", named(words, cursor, ops[at]), named(words, cursor, ops[at + 1])));
        }
        return terms;
    }

    private static String named(QuantityWords words, ReplayCursor cursor, int slot) {
        return Texts.format("speech.named", words.name(slot), Texts.number(cursor.operandValue(slot)));
    }

    /**
     * The activation's slope as the maths panel writes it: for ReLU, 1 or 0 by the sign of the
     * weighted sum (the gate); for sigmoid and tanh, from the unit's output.
     */
    private static String slope(QuantityWords words, Quantities q, ReplayCursor cursor, int slot, int[] ops) {
        String upstream = named(words, cursor, ops[0]);
        String sum = named(words, cursor, ops[1]);
        boolean positive = cursor.operandValue(ops[1]) > 0;
        return switch (q.shape().activation(q.layerOf(slot))) {
            case RELU -> Texts.format(positive ? "speech.gate.open" : "speech.gate.closed", upstream, sum);
            case LEAKY_RELU -> positive ? Texts.format("speech.gate.open", upstream, sum)
                    : Texts.format("speech.leaky.closed", upstream, sum, Texts.number(Activation.LEAKY_SLOPE));
            case SIGMOID -> Texts.format("speech.slope.sigmoid", upstream, named(words, cursor, ops[2]));
            case TANH -> Texts.format("speech.slope.tanh", upstream, named(words, cursor, ops[2]));
            case IDENTITY -> Texts.format("speech.slope.identity", upstream);
        };
    }

    /** The terms joined by "plus"; a long sum says its first terms and how many more there are. */
    private static String plus(List<String> terms) {
        int said = terms.size() > MAX_TERMS ? MAX_TERMS - 1 : terms.size();
        String sum = terms.get(0);
        for (int t = 1; t < said; t++) {
            sum = Texts.format("speech.plus", sum, terms.get(t));
        }
        return said < terms.size() ? Texts.format("speech.moreTerms", sum, terms.size() - said) : sum;
    }

}
