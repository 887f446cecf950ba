package org.backstep.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Checks a lesson's translations against the lesson they translate: a known-shaped language tag,
 * the same number of goals and stops, and for each stop exactly the texts its question needs.
 */
final class TranslationValidator {
    static final Pattern TAG = Pattern.compile("[a-z]{2,3}");
    static final int MAX_LANGUAGES = 40;

    private final BiConsumer<FieldPath, String> problem;

    TranslationValidator(BiConsumer<FieldPath, String> problem) {
        this.problem = problem;
    }

    /** The lesson's own language as written, "en" when the file does not say. */
    String language(String written, FieldPath at) {
        if (written == null) {
            return "en";
        }
        if (!TAG.matcher(written).matches()) {
            problem.accept(at, "\"" + written + "\" is not a language tag; use two or three lower-case letters such as "
                    + "\"en\", \"es\" or \"de\"");
        }
        return written;
    }

    Map<String, Translation> translations(Map<String, LessonFile.TranslationFile> files, String language,
                                          List<String> goals, List<Walkthrough.Stop> stops, FieldPath at) {
        Map<String, Translation> checked = new LinkedHashMap<>();
        if (files == null) {
            return checked;
        }
        if (files.size() > MAX_LANGUAGES) {
            problem.accept(at, "at most " + MAX_LANGUAGES + " translations");
            return checked;
        }
        files.forEach((tag, file) -> {
            FieldPath here = at.field(tag);
            if (!TAG.matcher(tag).matches() || tag.equals(language)) {
                problem.accept(here, tag.equals(language)
                        ? "the lesson is already written in \"" + tag + "\"; translations are for other languages"
                        : "\"" + tag + "\" is not a language tag; use two or three lower-case letters such as \"es\"");
                return;
            }
            if (file == null) {
                problem.accept(here, "a translation must be an object { \"title\": …, \"goals\": …, \"walkthrough\": … }");
                return;
            }
            Translation t = translation(file, goals, stops, here);
            if (t != null) {
                checked.put(tag, t);
            }
        });
        return checked;
    }

    private Translation translation(LessonFile.TranslationFile file, List<String> goals, List<Walkthrough.Stop> stops,
                                    FieldPath at) {
        boolean ok = text(file.title(), at.field("title"), LessonValidator.MAX_TITLE_LENGTH, "the translated title");
        List<String> translatedGoals = file.goals() == null ? List.of() : file.goals();
        if (translatedGoals.size() != goals.size() || translatedGoals.stream().anyMatch(g -> g == null || g.isBlank())) {
            problem.accept(at.field("goals"), "must translate the lesson's goals one for one, in order, none empty (the lesson has "
                    + goals.size() + ", found " + translatedGoals.size() + ")");
            ok = false;
        }
        List<LessonFile.StopTextFile> texts = file.walkthrough() == null ? List.of() : file.walkthrough();
        if (texts.size() != stops.size()) {
            problem.accept(at.field("walkthrough"), "must have one entry per stop of the walkthrough (" + stops.size()
                    + "), in order, found " + texts.size() + "; write null for a stop left untranslated");
            return null;
        }
        List<Translation.StopText> stopTexts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            LessonFile.StopTextFile text = texts.get(i);
            ok &= text == null || stopText(text, stops.get(i).question(), at.field("walkthrough").index(i));
            stopTexts.add(text == null ? null
                    : new Translation.StopText(text.say(), text.hint(), text.prompt(), text.options(), text.explain()));
        }
        return ok ? new Translation(file.title(), translatedGoals, stopTexts) : null;
    }

    private boolean stopText(LessonFile.StopTextFile text, Question question, FieldPath at) {
        boolean ok = text(text.say(), at.field("say"), WalkthroughValidator.MAX_NARRATION, "the translated narration");
        if (text.hint() != null && !(question instanceof Question.Predict)) {
            problem.accept(at.field("hint"), "this stop asks no prediction, so there is no hint to translate");
            ok = false;
        }
        boolean asksChoice = question instanceof Question.Choice;
        if (!asksChoice && (text.prompt() != null || text.options() != null || text.explain() != null)) {
            problem.accept(at.field(text.prompt() != null ? "prompt" : text.options() != null ? "options" : "explain"),
                    "this stop asks no multiple-choice question, so there is nothing of one to translate");
            ok = false;
        }
        if (question instanceof Question.Choice choice) {
            ok &= text(text.prompt(), at.field("prompt"), WalkthroughValidator.MAX_NARRATION, "the translated question");
            if (text.options() == null || text.options().size() != choice.options().size()
                    || text.options().stream().anyMatch(o -> o == null || o.isBlank())) {
                problem.accept(at.field("options"), "must translate each of the stop's " + choice.options().size()
                        + " options, in the same order (the answer index stays the lesson's)");
                ok = false;
            }
        }
        return ok;
    }

    private boolean text(String value, FieldPath at, int max, String what) {
        if (value == null || value.isBlank() || value.length() > max) {
            problem.accept(at, value == null ? "missing; required: " + what : what + " must have 1 to " + max + " characters");
            return false;
        }
        return true;
    }
}
