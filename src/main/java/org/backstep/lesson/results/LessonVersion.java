package org.backstep.lesson.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonWriter;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;

/**
 * A short fingerprint of what a lesson's marks depend on: the network and its starting numbers,
 * the data, the training settings (they set the numbers a prediction is about), and each stop's
 * place and question (its kind, tolerance, prompt, options and answer). Two results files of
 * the same lesson id with different versions were answered against different questions, so a
 * class view keeps them apart. Words that do not change what counts as right (title, goals,
 * narration, hints, explanations, translations) are left out, so fixing a typo in a narration
 * does not split a class in two; editing a question does.
 */
public final class LessonVersion {
    /** Hex digits kept: 48 bits, more than enough to tell a handful of edits of one lesson apart. */
    static final int DIGITS = 12;

    private LessonVersion() {
    }

    /** The version of {@code lesson} as written (pass the lesson as opened, not a translation of it). */
    public static String of(Lesson lesson) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        try {
            LessonWriter.write(markedParts(lesson), canonical);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toByteArray());
            return HexFormat.of().formatHex(hash).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The lesson with every word that does not decide a mark blanked out. */
    private static Lesson markedParts(Lesson lesson) {
        List<Walkthrough.Stop> stops = new ArrayList<>();
        for (Walkthrough.Stop stop : lesson.walkthrough().stops()) {
            Question q = stop.question();
            Question kept = q instanceof Question.Predict p ? new Question.Predict(p.tolerance(), "")
                    : q instanceof Question.Choice c ? new Question.Choice(c.prompt(), c.options(), c.answer(), "")
                    : null;
            stops.add(new Walkthrough.Stop(stop.at(), "", kept));
        }
        return new Lesson("", lesson.id(), "", lesson.inputNames(), lesson.unitNames(), lesson.shape(),
                lesson.initialParameters(), lesson.data(), lesson.training(),
                stops.isEmpty() ? Walkthrough.NONE : new Walkthrough(stops), Lesson.About.NONE, "", Map.of());
    }
}
