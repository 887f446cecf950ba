package org.backstep.ui.results;

import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.backstep.lesson.results.ClassResults;
import org.backstep.lesson.results.ResultsFolder;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.LiveButton;
import org.backstep.ui.kit.Paragraph;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;

/**
 * File ▸ Class results…: every results file of a folder in one window, read off the Swing
 * thread with progress (a share may hold hundreds). Students × questions in one table, per
 * question how many got it right first time in another, the files not counted (another version
 * of the lesson, or broken) with why in a third; a lesson picker when the folder holds several
 * lessons; and a CSV file for a spreadsheet.
 */
public final class ClassResultsWindow extends JDialog {
    /** The key under which the last folder read is remembered. */
    public static final String FOLDER_KEY = "classResults";

    private final Texts texts;
    private final UiContext ui;
    private final ResultWords words;
    private final Function<String, String> knownVersion;
    private final String preferredLesson;
    private final Announcer announcer;
    private final JComboBox<ResultsFolder.LessonSeen> lesson = new JComboBox<>();
    private final JTextArea overview;
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JButton cancel;
    private final JButton exportCsv;
    private final JTabbedPane tabs = new JTabbedPane();
    private final StudentsModel students;
    private final QuestionsModel questions;
    private final SkippedModel skipped;
    private final FittedTable studentsTable;
    private Path folder;
    private ResultsFolder.Reading reading;
    private final Map<String, String> versions = new java.util.HashMap<>();
    private ClassResults shown;
    private SwingWorker<?, ?> worker;
    /** Set by Cancel (or closing): the reader stops after the file it is reading and hands back what it has. */
    private volatile boolean stopReading;

    /**
     * @param preferredLesson the lesson open in the window, shown first when the folder has it
     * @param knownVersion    the version of a lesson id as the app has it, or null; called off the Swing thread
     */
    public ClassResultsWindow(Window owner, UiContext ui, Path folder, String preferredLesson,
                              Function<String, String> knownVersion) {
        super(owner, ui.texts().get("results.class.title"), ModalityType.MODELESS);
        this.ui = ui;
        this.texts = ui.texts();
        this.words = new ResultWords(texts);
        this.knownVersion = knownVersion;
        this.preferredLesson = preferredLesson;
        this.announcer = ui.announcer();
        setName("results.class");
        students = new StudentsModel(words);
        questions = new QuestionsModel(words);
        skipped = new SkippedModel(words);
        studentsTable = new FittedTable(students, "results.students", texts.get("results.class.students.name"));
        FittedTable questionsTable = new FittedTable(questions, "results.questions", texts.get("results.class.questions.name"));
        FittedTable skippedTable = new FittedTable(skipped, "results.skipped", texts.get("results.class.skipped.name"));
        overview = Paragraph.of(" ", "results.class.overview", 60);
        texts.nameControl(lesson, "results.class.lesson");
        lesson.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                String text = value instanceof ResultsFolder.LessonSeen seen
                        ? texts.format("results.class.lesson.item", seen.title(), seen.files()) : " ";
                return super.getListCellRendererComponent(list, text, index, selected, focused);
            }
        });
        lesson.addActionListener(e -> showLesson());
        progress.setName("results.class.progress");
        progress.setStringPainted(true);
        cancel = button("results.class.cancel", () -> stopReading = true);
        exportCsv = button("results.class.exportCsv", this::exportCsv);
        JButton otherFolder = button("results.class.otherFolder", this::chooseOtherFolder);
        JButton close = button("results.class.close", this::dispose);

        tabs.setName("results.class.tabs");
        tabs.addTab(texts.get("results.class.tab.students"), new JScrollPane(studentsTable));
        tabs.addTab(texts.get("results.class.tab.questions"), new JScrollPane(questionsTable));
        tabs.addTab(texts.format("results.class.tab.skipped", 0), new JScrollPane(skippedTable));

        // The tables take the height (by their own constraint: the reading row is hidden when done, rows shift).
        JPanel content = new JPanel(new MigLayout("insets 12, fill, wrap 1", "[grow, fill]"));
        JPanel picker = new JPanel(new MigLayout("insets 0, fillx", "[][grow, fill]"));
        JLabel lessonLabel = texts.labelFor(lesson, "results.class.lesson");
        picker.add(lessonLabel);
        picker.add(lesson, "wmin 0");
        content.add(picker);
        content.add(overview, "wmin 0");
        JPanel reading = new JPanel(new MigLayout("insets 0, fillx, hidemode 3", "[grow, fill][]"));
        reading.add(progress);
        reading.add(cancel);
        content.add(reading, "hidemode 3");
        content.add(tabs, "wmin 0, hmin 0, push, grow");
        // One row even at 300 % (the three fit a lab screen's width), so the tables keep the height.
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[][]push[]"));
        buttons.add(exportCsv);
        buttons.add(otherFolder);
        buttons.add(close);
        content.add(buttons);
        setContentPane(content);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        fitScreen();
        setLocationRelativeTo(owner);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                stopReading = true;
            }
        });
        read(folder);
    }

    /** As large as it wants within the screen (a 1366 × 768 lab screen at 300 % included); the tables scroll. */
    private void fitScreen() {
        Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        Dimension wanted = getPreferredSize();
        setSize(Math.min(Math.max(wanted.width, 900), screen.width - 20), Math.min(Math.max(wanted.height, 560),
                screen.height - 40));
        // A visible dialog is not laid out again by itself after a new size (without a window manager at least).
        validate();
    }

    private JButton button(String key, Runnable action) {
        JButton b = new LiveButton(texts.get(key + ".text"));
        texts.nameControl(b, key);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** The folder read, for the tests and the CSV's default place. */
    Path folder() {
        return folder;
    }

    /** Reads {@code newFolder} off the Swing thread, showing how far it got; Cancel keeps what was read. */
    void read(Path newFolder) {
        folder = newFolder;
        setTitle(texts.format("results.class.title.folder", newFolder.toAbsolutePath()));
        progress.getParent().setVisible(true);
        progress.setValue(0);
        progress.setString(texts.get("results.class.reading.start"));
        exportCsv.setEnabled(false);
        cancel.setEnabled(true);
        stopReading = false;
        FolderReader reader = new FolderReader(newFolder, knownVersion, () -> stopReading, new FolderReader.Listener() {
            @Override
            public void progress(int done, int total) {
                progress.setValue(done * 100 / Math.max(1, total));
                progress.setString(texts.format("results.class.reading", done, total));
            }

            @Override
            public void read(FolderReader from, ResultsFolder.Reading r, Map<String, String> found) {
                if (worker == from) {
                    progress.getParent().setVisible(false);
                    versions.clear();
                    versions.putAll(found);
                    shown(r);
                }
            }

            @Override
            public void failed(FolderReader from, Throwable cause) {
                if (worker == from) {
                    progress.getParent().setVisible(false);
                    say(texts.format("results.class.unreadable", newFolder.toAbsolutePath(),
                            cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
                }
            }
        });
        worker = reader;
        reader.execute();
    }

    /** Shows what was read (all of the folder, or what was read before Cancel). */
    private void shown(ResultsFolder.Reading r) {
        boolean first = reading == null;
        reading = r;
        ui.settings().rememberFolder(FOLDER_KEY, r.folder().toAbsolutePath().toString());
        List<ResultsFolder.LessonSeen> lessons = r.lessons();
        lesson.removeAllItems();
        lessons.forEach(lesson::addItem);
        lesson.setEnabled(lessons.size() > 1);
        lessons.stream().filter(l -> l.id().equals(preferredLesson)).findFirst().ifPresent(lesson::setSelectedItem);
        showLesson();
        if (first) {
            // Once there is something to show, as large as it needs within the screen.
            pack();
            fitScreen();
            setLocationRelativeTo(getOwner());
        }
    }

    private void showLesson() {
        if (reading == null) {
            return;
        }
        ResultsFolder.LessonSeen seen = (ResultsFolder.LessonSeen) lesson.getSelectedItem();
        String id = seen == null ? "" : seen.id();
        shown = ClassResults.of(reading, id, versions.get(id));
        students.show(shown);
        questions.show(shown);
        skipped.show(shown);
        tabs.setTitleAt(2, texts.format("results.class.tab.skipped", skipped.getRowCount()));
        exportCsv.setEnabled(seen != null);
        say(overviewText());
    }

    private String overviewText() {
        if (reading.files().isEmpty()) {
            return texts.format("results.class.noFiles", reading.folder().toAbsolutePath(), reading.broken().size());
        }
        StringBuilder text = new StringBuilder(texts.format("results.class.overview.text", shown.students().size(),
                shown.version(), shown.otherVersions().size(), shown.broken().size()));
        if (!reading.complete()) {
            text.append(' ').append(texts.get("results.class.incomplete"));
        }
        if (shown.appsVersionMissing()) {
            text.append(' ').append(texts.format("results.class.versionMissing", versions.get(shown.lessonId())));
        }
        ClassResults.Summary hardest = shown.hardest();
        if (hardest != null) {
            text.append(' ').append(texts.format("results.class.hardest", words.question(hardest.question()),
                    hardest.count(org.backstep.lesson.results.Outcome.FIRST_TRY), hardest.students()));
        }
        return text.toString();
    }

    private void say(String text) {
        overview.setText(text);
        overview.getAccessibleContext().setAccessibleName(text);
        announcer.announce(text);
    }

    private void chooseOtherFolder() {
        JFileChooser chooser = ClassCsvWriter.folderChooser(texts, folder);
        if (chooser.showDialog(this, texts.get("results.class.chooser.approve")) == JFileChooser.APPROVE_OPTION) {
            read(chooser.getSelectedFile().toPath());
        }
    }

    /** Asks where to save the CSV (beside the results, named after the lesson), then writes it off the Swing thread. */
    private void exportCsv() {
        JFileChooser chooser = new JFileChooser(folder.toFile());
        chooser.setName("results.class.csvChooser");
        chooser.setSelectedFile(folder.resolve(shown.lessonId() + " " + texts.get("results.class.csv.fileName") + ".csv").toFile());
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        writeCsv(chooser.getSelectedFile().toPath());
    }

    /** Writes the lesson shown as CSV to {@code file}, off the Swing thread, and says where. */
    void writeCsv(Path file) {
        ClassCsvWriter.write(shown, words, texts, file, exportCsv, this::say);
    }

    /** The students' table (tests). */
    FittedTable studentsTable() {
        return studentsTable;
    }
}
