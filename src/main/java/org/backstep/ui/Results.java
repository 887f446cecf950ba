package org.backstep.ui;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.swing.JFileChooser;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonFolder;
import org.backstep.lesson.ProgressStore;
import org.backstep.lesson.results.LessonVersion;
import org.backstep.lesson.results.ResultsFiles;
import org.backstep.lesson.results.StudentResults;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.results.ClassResultsWindow;
import org.backstep.ui.results.ExportResultsDialog;
import org.backstep.ui.walkthrough.WalkthroughPanel;

/**
 * File ▸ Export my results… (a student hands in the open lesson's results) and File ▸ Class
 * results… (a teacher reads a folder of them). What the window knows goes in here: the lesson as
 * opened, the saved progress, and which version of each lesson the app has.
 */
final class Results {
    private final MainWindow window;
    private final UiContext ui;

    Results(MainWindow window, UiContext ui) {
        this.window = window;
        this.ui = ui;
    }

    /** The version of Backstep that writes a results file: the jar's, or "development" when run from the build. */
    static String appVersion() {
        String version = Results.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    void exportMyResults() {
        Lesson lesson = window.session().originalLesson();
        ProgressStore store = ui.progress();
        new ExportResultsDialog(window, ui, window.shownLesson().title(), (student, folder) -> {
            try {
                // The guide saves on a thread of its own; the file must hold the last answer given.
                WalkthroughPanel.flushSaves();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stopped");
            }
            StudentResults results = StudentResults.of(student, lesson, store.load(lesson.id()), appVersion(),
                    Instant.now());
            return ResultsFiles.export(folder, results);
        }).setVisible(true);
    }

    void classResults() {
        String last = ui.settings().lastFolder(ClassResultsWindow.FOLDER_KEY);
        JFileChooser chooser = org.backstep.ui.results.ClassCsvWriter.folderChooser(ui.texts(), last.isEmpty() ? null : Path.of(last));
        if (chooser.showDialog(window, ui.texts().get("results.class.chooser.approve")) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    /** The class results of {@code folder} in a window of their own. */
    ClassResultsWindow open(Path folder) {
        ClassResultsWindow results = new ClassResultsWindow(window, ui, folder, window.session().originalLesson().id(),
                knownVersions());
        results.setVisible(true);
        return results;
    }

    /**
     * The version of a lesson id as this app has it, asked off the Swing thread: the lesson open
     * in the window, else one of the teacher's folders, else a bundled lesson; null for none.
     */
    private Function<String, String> knownVersions() {
        Lesson open = window.session().originalLesson();
        List<String> folders = new ArrayList<>(ui.settings().lessonFolders());
        return new Function<>() {
            private List<Lesson> folderLessons;

            @Override
            public String apply(String id) {
                if (id.equals(open.id())) {
                    return LessonVersion.of(open);
                }
                for (Lesson lesson : folderLessons()) {
                    if (lesson.id().equals(id)) {
                        return LessonVersion.of(lesson);
                    }
                }
                if (BundledLessons.ids().contains(id)) {
                    try {
                        return LessonVersion.of(BundledLessons.load(id));
                    } catch (LessonException e) {
                        return null;
                    }
                }
                return null;
            }

            private List<Lesson> folderLessons() {
                if (folderLessons == null) {
                    folderLessons = new ArrayList<>();
                    for (String folder : folders) {
                        LessonFolder.read(Path.of(folder)).lessons().forEach(f -> folderLessons.add(f.lesson()));
                    }
                }
                return folderLessons;
            }
        };
    }
}
