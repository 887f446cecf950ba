package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's own lessons in the lesson list: a folder added once is listed beside the bundled
 * lessons from then on, with length and progress; a file in it that does not load says why; a
 * folder that is not plugged in says so and stays until the teacher removes it.
 */
class LessonFoldersWindowTest {
    private Robot robot;
    private FrameFixture window;

    @TempDir
    Path temp;

    @BeforeEach
    void open() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openFresh(robot, "seed-2-3-1");
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private Path lessonFolder() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("Physik"));
        String neuron = new String(getClass().getResourceAsStream("/org/backstep/lesson/bundled/one-neuron.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"id\": \"one-neuron\"", "\"id\": \"physik-neuron\"")
                .replace("\"title\": \"One neuron and the chain rule\"", "\"title\": \"Ein Neuron im Physikkurs\"");
        Files.writeString(folder.resolve("neuron.json"), neuron);
        Files.writeString(folder.resolve("half.json"), "{\"format\": \"backstep-lesson/2\", \"id\": \"half\"}");
        Files.writeString(folder.resolve("Ana - seed-2-3-1.results.json"), "{\"format\": \"backstep-results/1\"}");
        return folder;
    }

    private static String[] row(JTableFixture table, String title) {
        for (String[] row : table.contents()) {
            if (row[0].equals(title)) {
                return row;
            }
        }
        throw new AssertionError("no row " + title);
    }

    private static int index(JTableFixture table, String title) {
        String[][] rows = table.contents();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][0].equals(title)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aFolderAddedOnceIsListedWithItsLessonsItsBrokenFilesAndWhenItIsNotThere() throws Exception {
        Path physik = lessonFolder();
        String unplugged = temp.resolve("USB-STICK").toString();
        GuiActionRunner.execute(() -> {
            ((MainWindow) window.target()).ui().settings().rememberLessonFolders(List.of(unplugged));
            return null;
        });
        window.menuItem("menu.lessons").click();
        DialogFixture list = WindowFinder.findDialog("lessons").using(robot);
        JTableFixture table = list.table("lessons.table");
        Pause.pause(new Condition("the unplugged folder is read") {
            @Override
            public boolean test() {
                return index(table, unplugged) >= 0 && row(table, unplugged)[3].equals("not available now");
            }
        }, Timeout.timeout(10_000));
        assertThat(row(table, "Backpropagation in a 2-3-1 network")[1]).isEqualTo("Bundled");

        list.button("lessons.addFolder").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("lessons.folderChooser").using(robot);
        chooser.setCurrentDirectory(temp.toFile());
        chooser.selectFile(physik.toFile());
        chooser.approve();
        Pause.pause(new Condition("the added folder is read") {
            @Override
            public boolean test() {
                return index(table, "half.json") >= 0;
            }
        }, Timeout.timeout(10_000));
        assertThat(row(table, "Ein Neuron im Physikkurs")).containsExactly("Ein Neuron im Physikkurs", "Physik",
                "10 min", "not started");
        assertThat(row(table, "half.json")).containsExactly("half.json", "Physik", "", "cannot be opened");
        assertThat(index(table, "Ana - seed-2-3-1.results.json")).as("a results file is not a lesson").isEqualTo(-1);
        assertThat(GuiActionRunner.execute(() -> ((MainWindow) window.target()).ui().settings().lessonFolders()))
                .containsExactly(unplugged, physik.toAbsolutePath().toString());

        table.selectCell(TableCell.row(index(table, "half.json")).column(0));
        assertThat(GuiActionRunner.execute(() -> list.textBox("lessons.goals").target().getAccessibleContext()
                .getAccessibleName())).contains("half.json cannot be opened").contains("network: missing");
        list.button("lessons.open").requireDisabled();

        table.selectCell(TableCell.row(index(table, unplugged)).column(0));
        list.button("lessons.removeFolder").click();
        assertThat(index(table, unplugged)).isEqualTo(-1);
        assertThat(GuiActionRunner.execute(() -> ((MainWindow) window.target()).ui().settings().lessonFolders()))
                .containsExactly(physik.toAbsolutePath().toString());

        table.selectCell(TableCell.row(index(table, "Ein Neuron im Physikkurs")).column(0));
        list.button("lessons.open").click();
        assertThat(window.target().getTitle()).isEqualTo("Backstep — Ein Neuron im Physikkurs");
    }
}
