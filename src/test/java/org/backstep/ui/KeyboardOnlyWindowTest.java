package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A lesson done with the keyboard alone: open it from the list, answer its question, train. */
class KeyboardOnlyWindowTest {
    private Robot robot;
    private FrameFixture window;

    @BeforeEach
    void open() throws Exception {
        org.backstep.lesson.ProgressStore.forUser().clear("one-neuron");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openFresh(robot, "seed-2-3-1");
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private void keys(int... codes) {
        for (int code : codes) {
            robot.pressAndReleaseKey(code);
        }
        robot.waitForIdle();
    }

    private void withModifier(int modifier, int code) {
        robot.pressKey(modifier);
        robot.pressAndReleaseKey(code);
        robot.releaseKey(modifier);
        robot.waitForIdle();
    }

    private String described(String name) {
        return GuiActionRunner.execute(() -> ((javax.swing.JComponent) robot.finder().findByName(window.target(), name))
                .getAccessibleContext().getAccessibleDescription());
    }

    @Test
    void openALessonAnswerItsQuestionAndTrainWithoutTheMouse() {
        GuiActionRunner.execute(() -> ((MainWindow) window.target()).debugger().diagram.requestFocusInWindow());
        robot.waitForIdle();

        withModifier(KeyEvent.VK_CONTROL, KeyEvent.VK_L);
        DialogFixture list = WindowFinder.findDialog("lessons").using(robot);
        list.requireVisible();
        keys(KeyEvent.VK_DOWN, KeyEvent.VK_ENTER);
        assertThat(window.target().getTitle()).isEqualTo("Backstep — One neuron and the chain rule");

        // From the diagram, Tab reaches the guide's answer field (past "Next stop", "Restart lesson" and the stop's text).
        keys(KeyEvent.VK_TAB, KeyEvent.VK_TAB, KeyEvent.VK_TAB, KeyEvent.VK_TAB);
        window.textBox("walkthrough.answer").requireFocused();
        robot.enterText("0.6");
        keys(KeyEvent.VK_ENTER);
        assertThat(described("walkthrough.answer")).as("the hint, spoken in the answer field")
                .startsWith("Not quite. Hint:");
        window.textBox("walkthrough.answer").deleteText();
        robot.enterText("0.7");
        keys(KeyEvent.VK_ENTER);
        assertThat(window.label("walkthrough.feedback").text()).contains("Right!");
        assertThat(described("walkthrough.answer")).startsWith("Right! The step computes 0.7");

        withModifier(KeyEvent.VK_ALT, KeyEvent.VK_2);
        window.button("training.run").requireVisible();
        withModifier(KeyEvent.VK_ALT, KeyEvent.VK_R);
        Pause.pause(new Condition("training finishes") {
            @Override
            public boolean test() {
                return window.textBox("training.message").text().startsWith("Done:");
            }
        }, Timeout.timeout(30_000));
        assertThat(window.textBox("training.message").text()).contains("100 updates");
        window.button("training.run").requireFocused();
        assertThat(described("training.run")).as("the result, spoken on the button the student pressed")
                .startsWith("Done: 100 updates").endsWith("The table lists the final prediction.");
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JSpinner.DefaultEditor) window.spinner("training.epochs")
                .target().getEditor()).getTextField().getAccessibleContext().getAccessibleName()))
                .isEqualTo("Number of epochs");

        withModifier(KeyEvent.VK_ALT, KeyEvent.VK_1);
        assertThat(GuiActionRunner.execute(() -> window.tabbedPane("tabs").target().getSelectedIndex())).isZero();
    }
}
