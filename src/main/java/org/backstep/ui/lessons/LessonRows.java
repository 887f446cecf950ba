package org.backstep.ui.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonFolder;
import org.backstep.lesson.ProgressStore;
import org.backstep.ui.kit.TextColumns;
import org.backstep.ui.kit.Texts;

/**
 * The rows of the lesson list: the bundled lessons, then each of the teacher's folders with its
 * lessons; a file of a folder that does not load, and a folder that is not there now, have a row
 * of their own so that nothing the teacher added disappears without a word.
 */
final class LessonRows extends TextColumns {
    /** One row of the list. */
    sealed interface Row permits Ready, Broken, Missing, Reading {
        /** The teacher's folder the row comes from; null for a bundled lesson. */
        String folder();
    }

    /** A lesson that opens, with this user's progress; {@code name} is what opens it (an id or a path). */
    record Ready(Lesson lesson, String name, String folder, ProgressStore.Progress progress) implements Row {
    }

    /** A file of a folder that does not load. */
    record Broken(Path file, String folder, LessonException problem) implements Row {
    }

    /** A folder that cannot be listed now (a stick not plugged in, a share not connected). */
    record Missing(String folder) implements Row {
    }

    /** A folder still being read. */
    record Reading(String folder) implements Row {
    }

    private final Texts texts;
    private final List<Row> rows = new ArrayList<>();

    LessonRows(Texts texts) {
        super(texts, "lessons.column.title", "lessons.column.source", "lessons.column.minutes", "lessons.column.progress");
        this.texts = texts;
    }

    void setBundled(List<Lesson> lessons, ProgressStore store) {
        for (Lesson lesson : lessons) {
            rows.add(new Ready(lesson.in(texts.language()), lesson.id(), null, store.load(lesson.id())));
        }
    }

    /** A row saying {@code folder} is being read, until {@link #setFolder} replaces it. */
    void addReading(String folder) {
        rows.add(new Reading(folder));
        fireTableRowsInserted(rows.size() - 1, rows.size() - 1);
    }

    /** Replaces the rows of {@code read}'s folder with what it holds. */
    void setFolder(String folder, LessonFolder read, List<ProgressStore.Progress> progress) {
        int at = 0;
        while (at < rows.size() && !folder.equals(rows.get(at).folder())) {
            at++;
        }
        rows.removeIf(r -> folder.equals(r.folder()));
        List<Row> added = new ArrayList<>();
        if (!read.available()) {
            added.add(new Missing(folder));
        }
        for (int i = 0; i < read.lessons().size(); i++) {
            LessonFolder.Found found = read.lessons().get(i);
            added.add(new Ready(found.lesson().in(texts.language()), found.file().toString(), folder, progress.get(i)));
        }
        read.broken().forEach(b -> added.add(new Broken(b.file(), folder, b.problem())));
        rows.addAll(Math.min(at, rows.size()), added);
        fireTableDataChanged();
    }

    /** Drops every row of {@code folder}. */
    void removeFolder(String folder) {
        rows.removeIf(r -> folder.equals(r.folder()));
        fireTableDataChanged();
    }

    Row row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = rows.get(row);
        return switch (column) {
            case 0 -> title(r);
            case 1 -> r.folder() == null ? texts.get("lessons.source.bundled") : folderName(r.folder());
            case 2 -> r instanceof Ready ready && ready.lesson().about().minutes() > 0
                    ? texts.format("lessons.minutes", ready.lesson().about().minutes()) : "";
            default -> state(r);
        };
    }

    private static String title(Row r) {
        if (r instanceof Ready ready) {
            return ready.lesson().title();
        }
        return r instanceof Broken broken ? String.valueOf(broken.file().getFileName()) : r.folder();
    }

    private String state(Row r) {
        if (r instanceof Ready ready) {
            return progressText(ready.lesson(), ready.progress());
        }
        return texts.get(r instanceof Broken ? "lessons.broken" : r instanceof Missing ? "lessons.folderMissing"
                : "lessons.reading");
    }

    /** A folder as the Source column names it: its own name ("LESSONS", "Physik"), or the whole path for a drive. */
    static String folderName(String folder) {
        try {
            Path name = Path.of(folder).getFileName();
            return name == null ? folder : name.toString();
        } catch (RuntimeException e) {
            return folder;
        }
    }

    /** How far this user got, in words. */
    private String progressText(Lesson lesson, ProgressStore.Progress p) {
        if (p.visited().isEmpty()) {
            return texts.get("lessons.notStarted");
        }
        return texts.format("lessons.progress", p.visited().size(), lesson.walkthrough().size(), p.rightFirstTime(),
                lesson.walkthrough().questionCount());
    }
}
