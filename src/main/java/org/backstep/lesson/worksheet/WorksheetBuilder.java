package org.backstep.lesson.worksheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backstep.engine.Numbers;
import org.backstep.engine.QuantityKind;
import org.backstep.engine.Quantities;
import org.backstep.engine.Working;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.EventLog;

/** Builds a {@link Worksheet} from a lesson's recorded first step, one question stop at a time. */
final class WorksheetBuilder {
    /** The window records a step with the same cap, so a lesson the app opens fits. */
    private static final int EVENT_CAP = 2_000_000;

    private final Lesson lesson;
    private final PrintedNetwork network;
    private final List<SheetQuestion> questions = new ArrayList<>();
    private final List<KeyEntry> key = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();
    /** The slot of each prediction asked so far, with its number and the value it asked for. */
    private final Map<Integer, double[]> asked = new HashMap<>();

    WorksheetBuilder(Lesson lesson) {
        this.lesson = lesson;
        this.network = new PrintedNetwork(lesson);
    }

    Worksheet build() {
        EventLog log = lesson.recordFirstStep(EVENT_CAP);
        Quantities q = log.quantities();
        Walkthrough walkthrough = lesson.walkthrough();
        int[] events = walkthrough.resolve(log);
        ReplayCursor cursor = new ReplayCursor(log);
        for (int stop = 0; stop < walkthrough.size(); stop++) {
            Walkthrough.Stop s = walkthrough.stop(stop);
            if (s.question() == null) {
                continue;
            }
            int number = questions.size() + 1;
            flagWording(number, stop, s);
            if (events[stop] < 0) {
                flags.add(new Flag(number, stop + 1, Flag.Kind.NO_EVENT, s.at().toString()));
                questions.add(new SheetQuestion(number, stop, s.narration(), s.question(), null, null, -1, null,
                        List.of()));
                key.add(new KeyEntry(number, Double.NaN, null, null, s.question()));
                continue;
            }
            cursor.seek(events[stop]);
            int slot = cursor.activeSlot();
            double value = log.value(events[stop]);
            questions.add(new SheetQuestion(number, stop, s.narration(), s.question(), log.phase(events[stop]),
                    q.name(slot), log.sample(events[stop]), q.equation(slot), givens(q, cursor)));
            key.add(new KeyEntry(number, value, cursor.activeExpression(), q.equation(slot), s.question()));
            if (s.question() instanceof Question.Predict) {
                asked.put(slot, new double[] {number, value});
            }
        }
        flagGivensThatShowAnAnswer();
        return new Worksheet(lesson, q, network, questions, key, flags);
    }

    /**
     * What the active event read, less what the network already prints (a parameter as the file
     * gives it, an input, a target); each quantity once, in the order the working reads them.
     */
    private List<Given> givens(Quantities q, ReplayCursor cursor) {
        Map<Integer, Given> givens = new LinkedHashMap<>();
        int written = cursor.activeSlot();
        for (Working.Read read : cursor.activeWorking().reads()) {
            int slot = read.slot();
            if (givens.containsKey(slot) || printedOnTheNetwork(q, slot, read.value())) {
                continue;
            }
            double[] earlier = asked.get(slot);
            int question = earlier != null && earlier[1] == read.value() ? (int) earlier[0] : 0;
            givens.put(slot, new Given(slot, q.name(slot), read.value(), q.sampleOf(slot), slot == written, question));
        }
        return new ArrayList<>(givens.values());
    }

    private boolean printedOnTheNetwork(Quantities q, int slot, double value) {
        QuantityKind kind = q.kind(slot);
        int sample = q.sampleOf(slot);
        return switch (kind) {
            case PARAMETER -> value == network.parameter(q.parameterOf(slot));
            case INPUT -> value == network.input(sample, q.indexOf(slot));
            case TARGET -> value == network.target(sample, q.indexOf(slot));
            default -> false;
        };
    }

    private void flagWording(int number, int stop, Walkthrough.Stop s) {
        List<String> texts = new ArrayList<>();
        texts.add(s.narration());
        if (s.question() instanceof Question.Predict predict) {
            texts.add(predict.hint());
        } else if (s.question() instanceof Question.Choice choice) {
            texts.add(choice.prompt());
            texts.addAll(choice.options());
            texts.add(choice.explanation());
        }
        List<String> words = new ArrayList<>();
        texts.forEach(t -> AppWording.find(t).stream().filter(w -> !words.contains(w)).forEach(words::add));
        if (!words.isEmpty()) {
            flags.add(new Flag(number, stop + 1, Flag.Kind.APP_ONLY_WORDING, String.join(", ", words)));
        }
    }

    /**
     * A number printed under a question that reads as another prediction's answer would give that
     * answer away (a ReLU's output equal to the sum a question asks for); the author is told.
     */
    private void flagGivensThatShowAnAnswer() {
        for (SheetQuestion question : questions) {
            for (Given given : question.givens()) {
                if (!given.printed()) {
                    continue;
                }
                String shown = Numbers.format(given.value());
                for (KeyEntry entry : key) {
                    if (entry.question() instanceof Question.Predict && entry.number() != question.number()
                            && shown.equals(Numbers.format(entry.value()))) {
                        flags.add(new Flag(question.number(), question.stop() + 1, Flag.Kind.GIVEN_SHOWS_AN_ANSWER,
                                given.name()));
                    }
                }
            }
        }
    }
}
