package org.backstep.ui.results;

import org.backstep.lesson.results.CsvWords;
import org.backstep.lesson.results.FileProblem;
import org.backstep.lesson.results.Outcome;
import org.backstep.lesson.results.QuestionRecord;
import org.backstep.ui.kit.Texts;

/**
 * Results in the window's language: the class table's cells, headings and sentences, and the
 * same words for the CSV file a teacher opens in a spreadsheet.
 */
final class ResultWords implements CsvWords {
    /** Characters of a prompt kept in a column heading; the tooltip has it whole. */
    private static final int HEADING_LABEL = 18;

    private final Texts texts;

    ResultWords(Texts texts) {
        this.texts = texts;
    }

    Texts texts() {
        return texts;
    }

    @Override
    public String column(Column column) {
        return texts.get("results.column." + column.name());
    }

    @Override
    public String question(QuestionRecord.Heading q) {
        return texts.format("results.question." + q.kind().name(), q.stop(), q.label());
    }

    /** A question's short column heading: "5 · L". */
    String heading(QuestionRecord.Heading q) {
        String label = q.label().codePointCount(0, q.label().length()) <= HEADING_LABEL ? q.label()
                : q.label().substring(0, q.label().offsetByCodePoints(0, HEADING_LABEL - 1)).strip() + "…";
        return texts.format("results.heading", q.stop(), label);
    }

    /** An answer in words, for a screen reader and the CSV: "right after 3 tries". */
    @Override
    public String answer(Outcome outcome, int tries) {
        return texts.format("results.answer." + outcome.name(), tries);
    }

    /** An answer as a cell shows it: "✓ 3 tries". */
    String cell(Outcome outcome, int tries) {
        return texts.format("results.cell." + outcome.name(), tries);
    }

    @Override
    public String otherVersion(String version) {
        return texts.format("results.otherVersion", version);
    }

    @Override
    public String problem(FileProblem p) {
        String expected = p.expected() == null ? "" : texts.get("results.expected." + p.expected().name());
        String sentence = texts.format("results.problem." + p.kind().name(), p.field(), p.detail(), expected);
        return p.line() > 0 ? texts.format("results.problem.at", p.line(), p.column(), sentence) : sentence;
    }
}
