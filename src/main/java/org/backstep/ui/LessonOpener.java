package org.backstep.ui;

import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.TransferHandler;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonProblem;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.lessons.LessonBrowser;

/**
 * How the window opens lessons: the list of bundled lessons and of the teacher's folders with the
 * user's progress, a file
 * chooser, a file dropped onto the window, a name from the command line. A broken file shows its
 * located problems and the lesson on screen stays.
 */
final class LessonOpener {
    private static final String LESSONS_SHOWN = "lessonListShown";

    private final MainWindow window;
    private final UiContext ui;

    LessonOpener(MainWindow window, UiContext ui) {
        this.window = window;
        this.ui = ui;
    }

    /** The list of bundled lessons with this user's progress; picking one opens it. */
    void showLessons() {
        List<Lesson> lessons;
        try {
            lessons = BundledLessons.loadAll();
        } catch (LessonException e) {
            // The tests load every bundled lesson; should one still be broken, the list stays empty.
            lessons = List.of();
        }
        new LessonBrowser(window, ui, lessons, this::open, this::chooseLesson).setVisible(true);
        // Back from the (modal) list, the arrow keys step the lesson at once: the window takes the
        // focus back itself (without a window manager, no one else would) and gives it to the diagram.
        window.toFront();
        window.debugger().diagram.requestFocus();
    }

    /** Shows the lesson list the first time Backstep starts for this user, and never again by itself. */
    void showLessonsOnFirstStart() {
        if (!ui.settings().getBoolean(LESSONS_SHOWN, false)) {
            ui.settings().putBoolean(LESSONS_SHOWN, true);
            showLessons();
        }
    }

    /** File ▸ Add a folder of lessons…: remembers a folder (a USB stick, a shared drive) and shows the list with its lessons. */
    void addLessonFolder() {
        JFileChooser chooser = LessonBrowser.folderChooser(ui.texts());
        if (chooser.showDialog(window, ui.texts().get("lessons.addFolder.approve")) == JFileChooser.APPROVE_OPTION) {
            LessonBrowser.remember(ui.settings(), chooser.getSelectedFile().toPath());
            showLessons();
        }
    }

    void chooseLesson() {
        JFileChooser chooser = lessonFileChooser(ui.texts());
        if (chooser.showOpenDialog(window) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath().toString());
        }
    }

    /** Opens a lesson file or a bundled lesson by id, as the command line names them. */
    boolean open(String name) {
        try {
            Lesson lesson = BundledLessons.resolve(name);
            window.session().open(lesson);
            window.select(Tab.DEBUGGER);
            return true;
        } catch (LessonException e) {
            Texts texts = ui.texts();
            String text = withProblems(texts.format("open.failed", Path.of(name).getFileName()), e);
            JOptionPane.showMessageDialog(window, text, texts.get("open.failed.title"), JOptionPane.ERROR_MESSAGE);
            return false;
        }
    }

    /** {@code heading} and then each located problem of {@code e} on its own line. */
    static String withProblems(String heading, LessonException e) {
        StringBuilder text = new StringBuilder(heading);
        for (LessonProblem p : e.problems()) {
            text.append("\n• ").append(p);
        }
        return text.toString();
    }

    /** A file chooser showing lesson files. */
    static JFileChooser lessonFileChooser(Texts texts) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("open.filter"), "json"));
        return chooser;
    }

    /** Accepts lesson files dropped onto the window. */
    TransferHandler drop() {
        return new TransferHandler() {
            @Override
            public boolean canImport(TransferSupport support) {
                return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
            }

            @Override
            public boolean importData(TransferSupport support) {
                try {
                    @SuppressWarnings("unchecked")
                    List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                    return !files.isEmpty() && open(files.get(0).toPath().toString());
                } catch (java.awt.datatransfer.UnsupportedFlavorException | IOException e) {
                    return false;
                }
            }
        };
    }
}
