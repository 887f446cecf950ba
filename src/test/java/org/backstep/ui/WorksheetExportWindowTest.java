package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.JComboBox;
import javax.swing.JRadioButton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JRadioButtonFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export worksheet, as a teacher uses it: the dialog, the two files, the message that names them. */
class WorksheetExportWindowTest {
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openFresh(robot, "seed-2-3-1");
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    @Test
    void aTeacherExportsThePdfOnLetterAndIsToldWhereTheCopyAndTheKeyAre(@TempDir Path dir) throws Exception {
        JFileChooserFixture chooser = openTheDialog();
        // An English system in Britain prints on A4; the teacher's school uses Letter.
        JComboBoxFixture paper = new JComboBoxFixture(robot,
                robot.finder().findByName(chooser.target(), "worksheet.paper", JComboBox.class, true));
        assertThat(paper.selectedItem()).isEqualTo("A4 (210 × 297 mm)");
        paper.selectItem("Letter (8.5 × 11 in)");
        new JRadioButtonFixture(robot, robot.finder().findByName(chooser.target(), "worksheet.format.pdf",
                JRadioButton.class, true)).requireSelected();
        chooser.setCurrentDirectory(dir.toFile());
        chooser.fileNameTextBox().setText("lab 3");
        chooser.approve();

        JOptionPaneFixture done = JOptionPaneFinder.findOptionPane().withTimeout(30, TimeUnit.SECONDS).using(robot);
        String message = GuiActionRunner.execute(() -> done.target().getMessage().toString());
        Path student = dir.resolve("lab 3.pdf");
        Path key = dir.resolve("lab 3-key.pdf");
        assertThat(message).contains(student.toString()).contains(key.toString());
        done.okButton().click();
        try (PDDocument copy = Loader.loadPDF(student.toFile()); PDDocument answers = Loader.loadPDF(key.toFile())) {
            assertThat(copy.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(copy)).contains("0.591942").doesNotContain("0.524346");
            assertThat(new PDFTextStripper().getText(answers)).contains("0.524346");
        }
        // The command is back once the files are written.
        assertThat(GuiActionRunner.execute(() -> window.menuItem("menu.exportWorksheet").target().isEnabled())).isTrue();
    }

    @Test
    void choosingHtmlRenamesTheFileAndExistingFilesAreOnlyReplacedWhenTheTeacherSaysSo(@TempDir Path dir)
            throws Exception {
        Path student = dir.resolve("seed-2-3-1.html");
        Path key = dir.resolve("seed-2-3-1-key.html");
        Files.writeString(key, "last year's key");
        JFileChooserFixture chooser = openTheDialog();
        chooser.setCurrentDirectory(dir.toFile());
        chooser.fileNameTextBox().setText("seed-2-3-1.pdf");
        new JRadioButtonFixture(robot, robot.finder().findByName(chooser.target(), "worksheet.format.html",
                JRadioButton.class, true)).click();
        chooser.fileNameTextBox().requireText("seed-2-3-1.html");
        chooser.approve();

        JOptionPaneFixture replace = JOptionPaneFinder.findOptionPane().withTimeout(10, TimeUnit.SECONDS).using(robot);
        assertThat(GuiActionRunner.execute(() -> replace.target().getMessage().toString())).contains(key.toString());
        replace.cancelButton().click();
        robot.waitForIdle();
        assertThat(Files.readString(key)).isEqualTo("last year's key");
        assertThat(student).doesNotExist();
    }

    private JFileChooserFixture openTheDialog() {
        window.menuItem("menu.file").click();
        window.menuItem("menu.exportWorksheet").click();
        return JFileChooserFinder.findFileChooser("worksheet.chooser").withTimeout(Timeout.timeout(10, TimeUnit.SECONDS).duration())
                .using(robot);
    }
}
