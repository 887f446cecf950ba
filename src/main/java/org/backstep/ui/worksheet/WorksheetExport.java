package org.backstep.ui.worksheet;

import java.awt.Component;
import java.awt.Cursor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.settings.Settings;

/**
 * File ▸ Export worksheet: asks where and how, then renders and saves the student's copy and
 * the key off the Swing thread (typesetting and laying out a PDF takes a second or two on an old
 * machine), and says afterwards where both files are and which questions the author should look
 * at. A failure is a message naming the file, never a stack trace.
 */
public final class WorksheetExport {
    private final Component parent;
    private final Texts texts;
    private final Settings settings;

    public WorksheetExport(Component parent, Texts texts, Settings settings) {
        this.parent = parent;
        this.texts = texts;
        this.settings = settings;
    }

    /**
     * Asks, then writes {@code lesson} as written; {@code busy} is told true while the files are
     * being written and false afterwards (the window disables the command meanwhile).
     */
    public void start(Lesson lesson, Consumer<Boolean> busy) {
        WorksheetChooser.Choice choice = new WorksheetChooser(texts, settings, lesson.id()).ask(parent);
        if (choice == null || !mayReplace(choice.path())) {
            return;
        }
        busy.accept(true);
        Cursor cursor = parent.getCursor();
        parent.setCursor(Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR));
        new SwingWorker<WorksheetFiles.Written, Void>() {
            @Override
            protected WorksheetFiles.Written doInBackground() throws Exception {
                return WorksheetFiles.write(texts, lesson, choice.path(), choice.format(), choice.paper());
            }

            @Override
            protected void done() {
                parent.setCursor(cursor);
                busy.accept(false);
                try {
                    report(get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    JOptionPane.showMessageDialog(parent, texts.format("export.failed", choice.path(),
                            String.valueOf(cause.getMessage())), texts.get("export.failed.title"),
                            JOptionPane.ERROR_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** Asks before replacing either file; true when neither exists or the user agrees. */
    private boolean mayReplace(Path student) {
        List<String> existing = new ArrayList<>();
        for (Path path : List.of(student, WorksheetFiles.keyPath(student))) {
            if (Files.exists(path)) {
                existing.add(path.toString());
            }
        }
        return existing.isEmpty() || JOptionPane.showConfirmDialog(parent,
                texts.format("worksheet.export.replace", String.join("\n", existing)),
                texts.get("worksheet.export.replace.title"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
    }

    private void report(WorksheetFiles.Written written) {
        String text = texts.format("worksheet.export.done", written.student(), written.key());
        boolean flagged = !written.flags().isEmpty();
        if (flagged) {
            text += "\n\n" + texts.format("worksheet.export.flags", SheetWords.flags(texts, written.flags()));
        }
        JOptionPane.showMessageDialog(parent, text, texts.get("worksheet.export.title"),
                flagged ? JOptionPane.WARNING_MESSAGE : JOptionPane.INFORMATION_MESSAGE);
    }
}
