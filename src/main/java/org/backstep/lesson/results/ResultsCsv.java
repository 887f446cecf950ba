package org.backstep.lesson.results;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.backstep.lesson.results.CsvWords.Column;
import org.backstep.lesson.results.QuestionRecord.Heading;
import org.backstep.lesson.results.ResultsFolder.Handed;

/**
 * A class's results as a CSV file for a spreadsheet, in up to three sections separated by an
 * empty row: a row per student (totals, then a column per question); a row per question (how
 * many students ended each way); and the files left out, with why.
 *
 * <p>Spreadsheets guess a CSV's encoding and separator. The file starts with a UTF-8 byte order
 * mark, without which Excel reads "José" as "JosÃ©". The separator is the caller's: a comma, or
 * a semicolon where the decimal mark is a comma (German, Spanish), which is what Excel expects
 * there. Every number is a whole number (minutes, counts), so no decimal mark is written at all.
 * A text that starts with {@code = + - @} is written after an apostrophe so that a spreadsheet
 * shows it rather than running it as a formula (a student's name is typed by anyone).
 */
public final class ResultsCsv {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ResultsCsv() {
    }

    public static void write(ClassResults results, CsvWords words, char separator, ZoneId zone, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            students(results, words, zone, csv);
            csv.println();
            questions(results, words, csv);
            if (!results.otherVersions().isEmpty() || !results.broken().isEmpty()) {
                csv.println();
                csv.printRecord(text(words.column(Column.NOT_INCLUDED)), text(words.column(Column.REASON)));
                for (Handed h : results.otherVersions()) {
                    csv.printRecord(text(h.file().getFileName().toString()),
                            text(words.otherVersion(h.results().lessonVersion())));
                }
                for (FileProblem p : results.broken()) {
                    csv.printRecord(text(p.file()), text(words.problem(p)));
                }
            }
        }
    }

    private static void students(ClassResults results, CsvWords words, ZoneId zone, CSVPrinter csv) throws IOException {
        List<Object> heading = new ArrayList<>();
        for (Column c : new Column[] {Column.STUDENT, Column.FILE, Column.EXPORTED_AT, Column.MINUTES,
                Column.FIRST_TRY, Column.RIGHT, Column.SHOWN, Column.TRIES}) {
            heading.add(text(words.column(c)));
        }
        results.questions().forEach(q -> heading.add(text(words.question(q))));
        csv.printRecord(heading);
        for (Handed h : results.students()) {
            StudentResults r = h.results();
            List<Object> row = new ArrayList<>();
            row.add(text(r.student()));
            row.add(text(h.file().getFileName().toString()));
            row.add(r.exportedAt() == null ? "" : WHEN.format(r.exportedAt().atZone(zone)));
            row.add(Math.round(r.activeSeconds() / 60.0));
            row.add(r.count(Outcome.FIRST_TRY));
            row.add(r.count(Outcome.FIRST_TRY) + r.count(Outcome.AFTER_TRIES));
            row.add(r.count(Outcome.SHOWN));
            row.add(r.tries());
            for (Heading q : results.questions()) {
                QuestionRecord answer = r.question(q.stop());
                row.add(text(words.answer(ClassResults.outcome(h, q), answer == null ? 0 : answer.tries())));
            }
            csv.printRecord(row);
        }
    }

    private static void questions(ClassResults results, CsvWords words, CSVPrinter csv) throws IOException {
        csv.printRecord(text(words.column(Column.QUESTION)), text(words.column(Column.FIRST_TRY)),
                text(words.column(Column.AFTER_TRIES)), text(words.column(Column.SHOWN)),
                text(words.column(Column.NOT_YET_RIGHT)), text(words.column(Column.NOT_TRIED)),
                text(words.column(Column.STUDENTS)));
        for (ClassResults.Summary s : results.summaries()) {
            csv.printRecord(text(words.question(s.question())), s.count(Outcome.FIRST_TRY), s.count(Outcome.AFTER_TRIES),
                    s.count(Outcome.SHOWN), s.count(Outcome.NOT_YET_RIGHT), s.count(Outcome.NOT_TRIED), s.students());
        }
    }

    /** A text cell a spreadsheet shows as text, never runs as a formula. */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
