package org.backstep.ui.worksheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.backstep.lesson.AtomicWrite;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.worksheet.Flag;
import org.backstep.lesson.worksheet.Worksheet;
import org.backstep.ui.kit.Texts;

/**
 * Writes a lesson's worksheet as two files side by side, the student's copy and the answer key
 * ({@code seed.pdf} and {@code seed-key.pdf}), each replaced in one step so that a full disk
 * never leaves half a sheet. Runs on any thread: it reads only the lesson and the texts.
 */
public final class WorksheetFiles {
    private static final String KEY_SUFFIX = "-key";

    private WorksheetFiles() {
    }

    /** What was written, and what the author should look at before printing. */
    public record Written(Path student, Path key, List<Flag> flags) {
    }

    /** The two documents of one worksheet, before they are saved. */
    public record Rendered(byte[] student, byte[] key, List<Flag> flags) {
    }

    /** The student's file for a name the user chose: the format's extension added where it is missing. */
    public static Path studentPath(Path chosen, SheetFormat format) {
        String name = chosen.getFileName().toString();
        String ending = "." + format.extension();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(ending)) {
            return chosen;
        }
        return chosen.resolveSibling(name + ending);
    }

    /** The key's file beside the student's: {@code seed.pdf} → {@code seed-key.pdf}. */
    public static Path keyPath(Path student) {
        String name = student.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ending = dot > 0 ? name.substring(dot) : "";
        return student.resolveSibling(stem + KEY_SUFFIX + ending);
    }

    /** The worksheet of {@code lesson} as written, in the language of {@code texts}, laid out for {@code paper}. */
    public static Rendered render(Texts texts, Lesson lesson, SheetFormat format, PaperSize paper) {
        Worksheet sheet = Worksheet.of(lesson, texts.language());
        if (format == SheetFormat.PDF) {
            WorksheetPdf pdf = new WorksheetPdf(texts, sheet, paper);
            return new Rendered(pdf.student(), pdf.key(), sheet.flags());
        }
        WorksheetHtml html = new WorksheetHtml(texts, sheet, paper);
        return new Rendered(html.student().getBytes(StandardCharsets.UTF_8), html.key().getBytes(StandardCharsets.UTF_8),
                sheet.flags());
    }

    /** Renders and saves both files; {@code chosen} names the student's copy. */
    public static Written write(Texts texts, Lesson lesson, Path chosen, SheetFormat format, PaperSize paper)
            throws IOException {
        Path student = studentPath(chosen, format);
        Path key = keyPath(student);
        Rendered rendered = render(texts, lesson, format, paper);
        AtomicWrite.replace(student, rendered.student());
        AtomicWrite.replace(key, rendered.key());
        return new Written(student, key, rendered.flags());
    }
}
