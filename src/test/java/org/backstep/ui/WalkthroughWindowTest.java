package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.ProgressStore;
import org.backstep.ui.walkthrough.WalkthroughPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A student's session with the seed lesson's guide, driven through the real window. */
class WalkthroughWindowTest {
    private static final String LESSON = "seed-2-3-1";
    private Robot robot;
    private FrameFixture window;
    private Lesson seed;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void freshProgress() throws Exception {
        WalkthroughPanel.flushSaves();
        for (String id : BundledLessons.ids()) {
            ProgressStore.forUser().clear(id);
        }
        seed = BundledLessons.load(LESSON);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        open();
    }

    private void open() {
        window = TestWindows.open(robot, seed);
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private int cursor() {
        return GuiActionRunner.execute(() -> window.slider("transport.slider").target().getValue());
    }

    /** The focus arrives once the dialog's window has it, which a loaded machine may take a moment for. */
    private static void requireFocusSoon(java.awt.Component c) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(c.getName() + " has the focus") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(c::isFocusOwner);
            }
        }, org.assertj.swing.timing.Timeout.timeout(5000));
    }

    private String feedback() {
        return window.label("walkthrough.feedback").text();
    }

    @Test
    void predictWrongGetAHintPredictRightSeeTheWorkingAndFindTheProgressAfterARestart() throws Exception {
        window.label("walkthrough.position").requireText("Stop 1 of 11");
        WalkthroughPanel.flushSaves();
        assertThat(ProgressStore.forUser().load(LESSON)).as("opening a lesson writes nothing")
                .isEqualTo(ProgressStore.Progress.NONE);
        // The first stop asks for h1's weighted sum, so the cursor waits before that event.
        assertThat(cursor()).isEqualTo(-1);
        window.button("walkthrough.previous").requireDisabled();

        window.textBox("walkthrough.answer").enterText("0.5");
        window.button("walkthrough.check").click();
        assertThat(org.backstep.ui.kit.Texts.plainText(feedback())).contains("Not quite").contains("Hint:").contains("0.8 × 0.5");
        assertThat(cursor()).as("a wrong answer reveals nothing").isEqualTo(-1);

        window.textBox("walkthrough.answer").deleteText().enterText("0,46\n");
        assertThat(feedback()).contains("Right!").contains("0.46");
        assertThat(cursor()).as("a right answer steps onto the event").isEqualTo(0);
        assertThat(window.label("maths.substituted").text()).isEqualTo("z(h1) = 0.5·0.8 + (-0.2)·0.2 + 0.1 = 0.46");

        window.button("walkthrough.next").click();
        window.button("walkthrough.next").click();
        window.label("walkthrough.position").requireText("Stop 3 of 11");
        assertThat(cursor()).as("stop 3 is h3's ReLU output").isEqualTo(5);

        // Restart the app: the guide comes back at stop 3, and the first answer is remembered.
        WalkthroughPanel.flushSaves();
        window.cleanUp();
        open();
        window.label("walkthrough.position").requireText("Stop 3 of 11");
        assertThat(cursor()).isEqualTo(5);
        ProgressStore.Progress saved = ProgressStore.forUser().load(LESSON);
        assertThat(saved.visited()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(saved.answers().get(0)).as("one wrong try, then right")
                .extracting(a -> a.tries(), a -> a.firstTryRight(), a -> a.right(), a -> a.revealed())
                .containsExactly(2, false, true, false);
    }

    @Test
    void steppingTheDebuggerShowsTheNearestStopWaitsAtTheNextQuestionAndAMultipleChoiceIsChecked() throws Exception {
        window.textBox("walkthrough.answer").enterText("0.46\n");
        robot.focus(robot.finder().findByName(window.target(), "network.diagram", true));
        for (int i = 0; i < 9; i++) {
            window.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        }
        assertThat(cursor()).as("held just before the loss, which stop 5 asks for").isEqualTo(7);
        window.label("walkthrough.position").requireText("Stop 5 of 11");
        window.label("walkthrough.skipped").requireText("Skipped on the way: 4");
        assertThat(feedback()).contains("Question at stop 5 first");
        window.textBox("walkthrough.answer").requireFocused();
        WalkthroughPanel.flushSaves();
        assertThat(ProgressStore.forUser().load(LESSON).stop()).as("stepping saves the stop reached").isEqualTo(4);
        assertThat(ProgressStore.forUser().load(LESSON).visited()).as("stop 4 shares its place with stop 5's question")
                .containsExactlyInAnyOrder(0, 1, 2, 4);
        assertThat(ProgressStore.forUser().load(LESSON).skipped()).containsExactly(3);
        // Stop 9: the ReLU gate of h3 asks which weights get no gradient; stops 5 and 8 are shown.
        window.button("walkthrough.reveal").click();
        for (int i = 0; i < 3; i++) {
            window.button("walkthrough.next").click();
        }
        window.label("walkthrough.position").requireText("Stop 8 of 11");
        window.button("walkthrough.reveal").click();
        window.button("walkthrough.next").click();
        window.label("walkthrough.position").requireText("Stop 9 of 11");
        // A screen reader meets the question where the focus enters the options: their group is named by it.
        String[] spoken = GuiActionRunner.execute(() -> {
            var option = window.radioButton("walkthrough.option.0").target();
            return new String[] {option.getParent().getAccessibleContext().getAccessibleName(),
                    option.getAccessibleContext().getAccessibleName()};
        });
        assertThat(spoken[0]).isEqualTo("Which weights get a zero gradient in this step?");
        assertThat(spoken[1]).isNotBlank().doesNotContain("$", "**", "\\", "<");
        window.radioButton("walkthrough.option.1").click();
        window.button("walkthrough.check").click();
        assertThat(feedback()).contains("Not that one");
        window.radioButton("walkthrough.option.0").click();
        window.button("walkthrough.check").click();
        assertThat(feedback()).contains("Right.").contains("h3");
    }

    @Test
    void aProgressFolderThatCannotBeWrittenIsSaidNotSwallowed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        window.cleanUp();
        // A file where the folder should be: every save fails, as on a full disk or a share gone away.
        java.nio.file.Path blocked = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "");
        MainWindow frame = GuiActionRunner.execute(() -> {
            org.backstep.ui.kit.UiContext fresh = org.backstep.ui.kit.TestContexts.fresh();
            org.backstep.ui.kit.UiContext ui = org.backstep.ui.kit.UiContext.of(fresh.settings(), fresh.texts(),
                    fresh.appearance(), new ProgressStore(blocked.resolve("progress")));
            ui.appearance().install();
            return new MainWindow(ui, seed);
        });
        window = new FrameFixture(robot, frame);
        window.show(new java.awt.Dimension(1366, 768));
        window.button("walkthrough.reveal").click();
        WalkthroughPanel.flushSaves();
        robot.waitForIdle();
        assertThat(window.label("walkthrough.saveProblem").text()).contains("could not be saved")
                .contains("not-a-folder");
        assertThat(GuiActionRunner.execute(() -> frame.session().cursor().position()))
                .as("the lesson goes on").isZero();
    }

    @Test
    void theStopButtonsStayInOnePlaceFromStopToStop() throws Exception {
        window.cleanUp();
        TestWindows.settle(seed);
        open();
        MainWindow frame = (MainWindow) window.target();
        java.util.Set<java.awt.Point> places = new java.util.HashSet<>();
        for (int stop = 0; stop < seed.walkthrough().size(); stop++) {
            int index = stop;
            GuiActionRunner.execute(() -> frame.debugger().guide.goTo(index));
            robot.waitForIdle();
            places.add(GuiActionRunner.execute(() -> {
                javax.swing.JButton next = window.button("walkthrough.next").target();
                return javax.swing.SwingUtilities.convertPoint(next, 0, 0, frame);
            }));
        }
        assertThat(places).as("Next stop's place on every stop, short narration or long, question or none").hasSize(1);
    }

    @Test
    void restartLessonAsksFirstThenGoesBackToTheFirstStop() throws Exception {
        window.button("walkthrough.reveal").click();
        window.button("walkthrough.next").click();
        window.button("walkthrough.next").click();
        window.button("walkthrough.restart").click();
        Dialogs.awayFromTooltips(robot, window);
        Dialogs.closeWithOk(robot, JOptionPaneFinder.findOptionPane().using(robot));
        // The guide goes back once the modal dialog has returned, which a loaded machine may take a moment for.
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("back at the first stop") {
            @Override
            public boolean test() {
                return "Stop 1 of 11".equals(GuiActionRunner.execute(() -> window.label("walkthrough.position").target().getText()));
            }
        }, org.assertj.swing.timing.Timeout.timeout(5000));
        assertThat(cursor()).isEqualTo(-1);
        WalkthroughPanel.flushSaves();
        assertThat(ProgressStore.forUser().load(LESSON).visited()).containsExactly(0);
    }

    @Test
    void theLessonListShowsProgressAndOpensTheChosenLessonWithItsGuide() throws Exception {
        window.textBox("walkthrough.answer").enterText("0.46\n");
        WalkthroughPanel.flushSaves();
        window.menuItem("menu.lessons").click();
        org.assertj.swing.fixture.DialogFixture list = org.assertj.swing.finder.WindowFinder.findDialog("lessons")
                .using(robot);
        org.assertj.swing.fixture.JTableFixture table = list.table("lessons.table");
        assertThat(table.rowCount()).isEqualTo(BundledLessons.ids().size());
        assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(3)))
                .isEqualTo("1 of 11 stops, 1 of 4 right first time");
        int xor = BundledLessons.ids().indexOf("xor");
        assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(xor).column(3))).isEqualTo("not started");
        table.selectRows(xor);
        assertThat(list.textBox("lessons.goals").text()).contains("hidden units");
        list.button("lessons.open").click();
        window.requireTitle("Backstep — XOR needs a hidden layer");
        window.label("walkthrough.position").requireText("Stop 1 of 5");
    }

    @Test
    void atAnotherEpochTheGuideSaysItIsWrittenForTheLessonsStepAndTakesNoAnswers() throws Exception {
        window.cleanUp();
        TestWindows.settle(seed);
        open();
        MainWindow frame = (MainWindow) window.target();
        GuiActionRunner.execute(() -> frame.session().showEpoch(
                org.backstep.engine.TrainingRun.train(seed.newStep(), seed.startState(), 60), 50));
        assertThat(window.label("walkthrough.elsewhere").text()).contains("written for the lesson's own first step");
        window.button("walkthrough.check").requireDisabled();
        window.textBox("walkthrough.answer").requireDisabled();
        window.button("walkthrough.back").click();
        window.button("walkthrough.check").requireEnabled();
        assertThat(GuiActionRunner.execute(() -> frame.session().showsLessonAsWritten())).isTrue();
    }

    @Test
    void aTeacherAddsAStopWhereTheDebuggerStandsAndSavesALessonThatReadsBackTheSame(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        window.button("walkthrough.reveal").click();
        window.button("walkthrough.next").click();
        robot.focus(robot.finder().findByName(window.target(), "network.diagram", true));
        window.pressAndReleaseKeys(KeyEvent.VK_RIGHT, KeyEvent.VK_RIGHT);
        assertThat(cursor()).as("h2's ReLU output").isEqualTo(3);
        window.menuItem("menu.addStop").click();
        org.assertj.swing.fixture.JOptionPaneFixture prompt = JOptionPaneFinder.findOptionPane().using(robot);
        requireFocusSoon(prompt.textBox("author.narration").target());
        prompt.okButton().click();
        // An empty narration is refused with a reason, and the dialog comes back for the words.
        prompt = JOptionPaneFinder.findOptionPane().using(robot);
        assertThat(prompt.label("author.problem").text()).startsWith("A stop needs words");
        window.label("walkthrough.position").requireText("Stop 2 of 11");
        requireFocusSoon(prompt.textBox("author.narration").target());
        prompt.textBox("author.narration").enterText("h2 passes its sum on: it is positive.");
        prompt.okButton().click();
        window.label("walkthrough.position").requireText("Stop 3 of 12");
        assertThat(cursor()).isEqualTo(3);

        java.nio.file.Path file = dir.resolve("my-lesson.backstep.json");
        MainWindow frame = (MainWindow) window.target();
        GuiActionRunner.execute(() -> frame.authoring().save(file));
        Lesson saved = org.backstep.lesson.LessonLoader.load(file);
        assertThat(saved.walkthrough().size()).isEqualTo(12);
        assertThat(saved.walkthrough().stop(2).narration()).isEqualTo("h2 passes its sum on: it is positive.");
        assertThat(saved.walkthrough().stop(2).at().toString()).isEqualTo("forward a1[1]");
        assertThat(saved.walkthrough().stop(0)).isEqualTo(seed.walkthrough().stop(0));
        assertThat(saved.initialParameters()).containsExactly(seed.initialParameters());
        assertThat(saved.about()).isEqualTo(seed.about());
        assertThat(saved.title()).isEqualTo(seed.title());
    }
}
