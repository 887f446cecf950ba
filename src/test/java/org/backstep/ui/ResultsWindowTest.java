package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.backstep.lesson.Answer;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.ProgressStore;
import org.backstep.lesson.results.LessonVersion;
import org.backstep.lesson.results.ResultsFiles;
import org.backstep.lesson.results.ResultsJson;
import org.backstep.lesson.results.StudentResults;
import org.backstep.ui.results.ClassResultsWindow;
import org.backstep.ui.walkthrough.WalkthroughPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results a teacher can collect: a student exports theirs into a folder (a stick), the name
 * and the folder offered again the next time; a teacher reads a folder of a class's files into
 * the class view, sorts it, finds the question the class missed, and saves a CSV; a folder that
 * is not there is said to be so.
 */
class ResultsWindowTest {
    private static final Instant T = Instant.parse("2025-03-14T09:00:00Z");
    private Robot robot;
    private FrameFixture window;

    @TempDir
    Path temp;

    @BeforeAll
    static void checkThreads() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openFresh(robot, "seed-2-3-1");
        WalkthroughPanel.flushSaves();
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private MainWindow frame() {
        return (MainWindow) window.target();
    }

    private static Progress progress(Map<Integer, Answer> answers, long seconds) {
        return new Progress(answers, seconds);
    }

    /** Saved progress with these answers (stop index to answer). */
    private record Progress(Map<Integer, Answer> answers, long seconds) {
        ProgressStore.Progress saved() {
            return new ProgressStore.Progress(0, Set.of(0), Set.of(), answers, seconds);
        }
    }

    private String text(String componentName, DialogFixture dialog) {
        return GuiActionRunner.execute(() -> ((javax.swing.text.JTextComponent) robot.finder()
                .findByName(dialog.target(), componentName)).getText());
    }

    @Test
    void aStudentExportsTheirResultsAndTheNameAndFolderAreOfferedAgain() throws Exception {
        Path stick = Files.createDirectory(temp.resolve("STICK"));
        Answer secondTry = Answer.NONE.tried(false, T).tried(true, T.plusSeconds(30));
        frame().ui().progress().save("seed-2-3-1",
                progress(Map.of(0, secondTry, 4, Answer.NONE.tried(true, T)), 300).saved());

        window.menuItem("menu.exportResults").click();
        DialogFixture dialog = WindowFinder.findDialog("results.export").using(robot);
        dialog.textBox("results.export.student").requireText("").enterText("Ana María");
        dialog.button("results.export.choose").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("results.export.chooser").using(robot);
        chooser.setCurrentDirectory(temp.toFile());
        chooser.selectFile(stick.toFile());
        chooser.approve();
        dialog.textBox("results.export.folder").requireText(stick.toString());
        dialog.button("results.export.write").click();

        JOptionPaneFixture done = JOptionPaneFinder.findOptionPane().withTimeout(10, TimeUnit.SECONDS).using(robot);
        Path file = stick.resolve("Ana María - seed-2-3-1.results.json");
        assertThat(GuiActionRunner.execute(() -> String.valueOf(done.target().getMessage())))
                .as("the whole path written").endsWith(file.toAbsolutePath().toString());
        Dialogs.closeWithOk(robot, done);

        StudentResults written = ResultsJson.read("f", Files.readAllBytes(file));
        assertThat(written.student()).isEqualTo("Ana María");
        assertThat(written.lessonVersion()).isEqualTo(LessonVersion.of(BundledLessons.load("seed-2-3-1")));
        assertThat(written.activeSeconds()).isEqualTo(300);
        assertThat(written.questions()).extracting(q -> q.stop() + " " + q.tries() + " " + q.firstTryRight() + " " + q.right())
                .containsExactly("1 2 false true", "5 1 true true", "8 0 false false", "9 0 false false");

        window.menuItem("menu.exportResults").click();
        DialogFixture again = WindowFinder.findDialog("results.export").using(robot);
        again.textBox("results.export.student").requireText("Ana María");
        again.textBox("results.export.folder").requireText(stick.toAbsolutePath().toString());
        again.textBox("results.export.folder").setText(temp.resolve("UNPLUGGED").toString());
        again.button("results.export.write").click();
        Pause.pause(new Condition("the export says the folder is not there") {
            @Override
            public boolean test() {
                return text("results.export.status", again).contains("is not there");
            }
        }, Timeout.timeout(10_000));
        assertThat(text("results.export.status", again)).startsWith("The folder " + temp.resolve("UNPLUGGED")
                + " is not there. Is the USB stick plugged in?");
        again.requireVisible();
        again.textBox("results.export.student").deleteText();
        again.button("results.export.write").click();
        assertThat(text("results.export.status", again)).startsWith("Type your name first");
        again.button("results.export.cancel").click();
        try (var files = Files.list(stick)) {
            assertThat(files.toList()).as("one file, nothing left over").containsExactly(file);
        }
    }

    /** Three students of this version, one of an edited version, and a broken file. */
    private Path classFolder() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("class 7b"));
        Lesson lesson = BundledLessons.load("seed-2-3-1");
        Answer first = Answer.NONE.tried(true, T);
        Answer third = Answer.NONE.tried(false, T).tried(false, T).tried(true, T);
        save(folder, "Ana María", lesson, Map.of(0, first, 4, first, 7, first, 8, first), 1500);
        save(folder, "Ben", lesson, Map.of(0, first, 4, third, 7, third, 8, Answer.NONE.tried(false, T)), 1290);
        save(folder, "Chloé", lesson, Map.of(0, Answer.NONE.revealedAt(T), 4, Answer.NONE.revealedAt(T)), 600);
        save(folder, "Finn", lesson.withLearningRate(0.9), Map.of(0, first), 60);
        Files.writeString(folder.resolve("Eve - seed-2-3-1.results.json"), "{\"format\": \"backstep-results/1\",, }");
        return folder;
    }

    private static void save(Path folder, String student, Lesson lesson, Map<Integer, Answer> answers, long seconds)
            throws Exception {
        ResultsFiles.export(folder, StudentResults.of(student, lesson, progress(answers, seconds).saved(), "test", T));
    }

    private DialogFixture openClass(Path folder) {
        ClassResultsWindow results = GuiActionRunner.execute(() -> frame().results().open(folder));
        DialogFixture dialog = new DialogFixture(robot, results);
        Pause.pause(new Condition("the folder is read") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> dialog.table("results.students").target().getRowCount()) == 3;
            }
        }, Timeout.timeout(10_000));
        return dialog;
    }

    @Test
    void aTeacherReadsAClassFolderSortsItFindsTheMissedQuestionAndSavesACsv() throws Exception {
        DialogFixture dialog = openClass(classFolder());
        JTableFixture students = dialog.table("results.students");
        assertThat(students.contents()).isDeepEqualTo(new String[][] {
                {"Ana María", "25 min", "4 of 4", "✓ 1st", "✓ 1st", "✓ 1st", "✓ 1st"},
                {"Ben", "22 min", "1 of 4", "✓ 1st", "✓ 3 tries", "✓ 3 tries", "✗ 1 try"},
                {"Chloé", "10 min", "0 of 4", "shown", "shown", "—", "—"}});
        assertThat(GuiActionRunner.execute(() -> students.target().getColumnName(4))).isEqualTo("5 · L");
        assertThat(spoken(students.target(), 1, 4)).as("a cell in words for a screen reader")
                .isEqualTo("Ben, Stop 5: predict L: right after 3 tries");
        assertThat(spoken(students.target(), 2, 5)).isEqualTo("Chloé, Stop 8: predict dL/dh1: not tried");

        students.tableHeader().clickColumn(2);
        assertThat(firstColumn(students)).as("sorted by right first time, fewest first")
                .containsExactly("Chloé", "Ben", "Ana María");
        students.tableHeader().clickColumn(4);
        assertThat(firstColumn(students)).as("sorted by the answer to stop 5, best first")
                .containsExactly("Ana María", "Ben", "Chloé");

        assertThat(text("results.class.overview", dialog)).isEqualTo("Students counted: 3 (lesson version "
                + LessonVersion.of(BundledLessons.load("seed-2-3-1")) + "). Files of another version: 1. Files that could "
                + "not be read: 1. Fewest right first time: Stop 5: predict L, 1 of 3.");

        dialog.tabbedPane("results.class.tabs").selectTab(1);
        assertThat(dialog.table("results.questions").contents()).isDeepEqualTo(new String[][] {
                {"Stop 1: predict z(h1)", "2 of 3", "0 of 3", "1 of 3", "0 of 3", "0 of 3"},
                {"Stop 5: predict L", "1 of 3", "1 of 3", "1 of 3", "0 of 3", "0 of 3"},
                {"Stop 8: predict dL/dh1", "1 of 3", "1 of 3", "0 of 3", "0 of 3", "1 of 3"},
                {"Stop 9: Which weights get a zero gradient in this step?", "1 of 3", "0 of 3", "0 of 3", "1 of 3",
                        "1 of 3"}});
        assertThat(dialog.tabbedPane("results.class.tabs").target().getTitleAt(2)).isEqualTo("Not counted (2)");
        dialog.tabbedPane("results.class.tabs").selectTab(2);
        String[][] skipped = dialog.table("results.skipped").contents();
        assertThat(skipped[0]).containsExactly("Finn - seed-2-3-1.results.json", "Finn: another version of the lesson ("
                + LessonVersion.of(BundledLessons.load("seed-2-3-1").withLearningRate(0.9)) + ")");
        assertThat(skipped[1][0]).isEqualTo("Eve - seed-2-3-1.results.json");
        assertThat(skipped[1][1]).startsWith("line 1, column 33: is not readable JSON");

        Path csv = temp.resolve("7b.csv");
        dialog.button("results.class.exportCsv").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("results.class.csvChooser").using(robot);
        chooser.fileNameTextBox().setText(csv.toString());
        chooser.approve();
        Pause.pause(new Condition("the CSV is written") {
            @Override
            public boolean test() {
                return text("results.class.overview", dialog).startsWith("Saved ");
            }
        }, Timeout.timeout(10_000));
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Student,File,Exported at,Time,Right first time,Right in the end,Shown,Tries,"
                + "Stop 1: predict z(h1),Stop 5: predict L,Stop 8: predict dL/dh1,"
                + "Stop 9: Which weights get a zero gradient in this step?");
        assertThat(lines.get(2)).startsWith("Ben,Ben - seed-2-3-1.results.json,").endsWith(
                ",22,1,3,0,8,right first time,right after 3 tries,right after 3 tries,not right yet (1 try)");
        assertThat(lines).contains("Stop 5: predict L,1,1,1,0,0,3", "Not counted,Why");
    }

    private static List<String> firstColumn(JTableFixture table) {
        return java.util.Arrays.stream(table.contents()).map(row -> row[0]).toList();
    }

    private static String spoken(JTable table, int row, int column) {
        return GuiActionRunner.execute(() -> table.getAccessibleContext().getAccessibleTable().getAccessibleAt(row, column)
                .getAccessibleContext().getAccessibleName());
    }

    @Test
    void theClassViewIsSortedFromTheKeyboard() throws Exception {
        DialogFixture dialog = openClass(classFolder());
        JTableFixture students = dialog.table("results.students");
        students.selectCell(org.assertj.swing.data.TableCell.row(0).column(0));
        // F8 goes to the heading of the cell's column (Swing's key), Right picks "Time", Space sorts by it.
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_F8);
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_RIGHT);
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_SPACE);
        robot.waitForIdle();
        assertThat(firstColumn(students)).as("by time, least first").containsExactly("Chloé", "Ben", "Ana María");
    }

    @Test
    void theClassViewFitsTheLabScreenAt300PercentAndItsButtonsAreWhole() throws Exception {
        GuiActionRunner.execute(() -> {
            frame().ui().appearance().setZoom(3f);
            javax.swing.SwingUtilities.updateComponentTreeUI(frame());
            return null;
        });
        DialogFixture dialog = openClass(classFolder());
        java.awt.Rectangle screen = new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        assertThat(screen.contains(dialog.target().getBounds())).as("inside the screen").isTrue();
        for (String button : List.of("results.class.exportCsv", "results.class.otherFolder", "results.class.close")) {
            javax.swing.JButton b = dialog.button(button).target();
            assertThat(GuiActionRunner.execute(() -> b.getWidth() >= b.getPreferredSize().width
                    && b.getHeight() >= b.getPreferredSize().height)).as(button + " whole").isTrue();
        }
        JTable table = dialog.table("results.students").target();
        java.awt.Rectangle tabs = GuiActionRunner.execute(() -> dialog.tabbedPane("results.class.tabs").target().getBounds());
        java.awt.Rectangle buttons = GuiActionRunner.execute(() -> dialog.button("results.class.close").target().getParent()
                .getBounds());
        assertThat(buttons.height).as("the tables take the height, not the buttons' row")
                .isLessThan(GuiActionRunner.execute(() -> dialog.button("results.class.close").target().getHeight()) * 4);
        assertThat(buttons.y).isGreaterThanOrEqualTo(tabs.y + tabs.height);
        assertThat(GuiActionRunner.execute(() -> table.getRowHeight()))
                .as("rows as high as the zoomed font").isGreaterThan(GuiActionRunner.execute(
                        () -> table.getFontMetrics(table.getFont()).getHeight()));
    }
}
