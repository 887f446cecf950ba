package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.backstep.lesson.BundledLessons;
import org.backstep.ui.transport.TransportBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Stop when" in the window: the names the window shows, the marks on the timeline, and its help page. */
class StopWhenWindowTest {
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openSettled(robot, "seed-2-3-1");
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private int[] marks() {
        TransportBar bar = (TransportBar) robot.finder().findByName(window.target(), "transport", true);
        return GuiActionRunner.execute(bar::marks);
    }

    private int position() {
        return GuiActionRunner.execute(() -> window.slider("transport.slider").target().getValue());
    }

    private JTextComponentFixture field() {
        return window.textBox("transport.breakpoint");
    }

    @Test
    void aWeightByItsWindowNameIsFoundAndEchoedWithItsTraceName() {
        field().enterText("w(x1->h1)\n");
        assertThat(window.label("transport.breakpointMessage").text()).isEqualTo("1 match: w(x1→h1) (W1[0][0])");
        assertThat(position()).as("the update of W1[0][0]").isEqualTo(30);
        assertThat(marks()).containsExactly(30);
        field().deleteText().enterText("dL/dh1\n");
        assertThat(window.label("transport.breakpointMessage").text()).isEqualTo("1 match: dL/dh1 (dL/da1[0])");
    }

    @Test
    void emptyingTheFieldTakesTheMarksAwayWithoutEnter() {
        field().enterText("h1\n");
        assertThat(marks()).containsExactly(0, 1);
        field().selectAll().pressAndReleaseKeys(KeyEvent.VK_BACK_SPACE);
        assertThat(marks()).isEmpty();
        assertThat(window.label("transport.breakpointMessage").text()).isEmpty();
        field().enterText("dL/dW1*\n");
        assertThat(marks()).hasSize(6);
        // A showing tooltip takes the first Escape for itself, as Swing's tooltips do.
        robot.moveMouse(window.menuItem("menu.file").target());
        GuiActionRunner.execute(() -> {
            javax.swing.ToolTipManager.sharedInstance().setEnabled(false);
            javax.swing.ToolTipManager.sharedInstance().setEnabled(true);
        });
        field().pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(field().text()).isEmpty();
        assertThat(marks()).as("Escape empties the field, and so the marks").isEmpty();
    }

    @Test
    void whatIsNotUnderstoodIsNamedWithNamesToTry() {
        field().enterText("h9\n");
        assertThat(window.label("transport.breakpointMessage").text()).isEqualTo(
                "Not understood: no quantity of this lesson is named “h9”; names look like h1, w(x1→h1), dL/dh1 "
                        + "(F1 lists every form)");
        assertThat(marks()).isEmpty();
        field().deleteText().enterText("x1\n");
        assertThat(window.label("transport.breakpointMessage").text())
                .startsWith("Not understood: “x1” is given, not computed");
    }

    @Test
    void f1AndTheButtonOpenTheHelpWithTheLessonsNames() {
        field().focus().pressAndReleaseKeys(KeyEvent.VK_F1);
        DialogFixture help = window.dialog("transport.breakpoint.helpPage");
        String page = GuiActionRunner.execute(() -> {
            javax.swing.text.Document text = help.textBox("transport.breakpoint.helpPage.page").target().getDocument();
            return text.getText(0, text.getLength());
        });
        assertThat(page).contains("w(x1→h1)", "w(x1->h1)", "dL/dh1", "∂L/∂h1", "dL/dW1[0][0]", "b(h1)",
                "dL/dw(*→ŷ)", "|v| < 1e-6", "not finite", "backward and");
        help.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> help.target().isShowing())).isFalse();
        window.button("transport.breakpoint.help").click();
        DialogFixture again = window.dialog("transport.breakpoint.helpPage");
        again.button("transport.breakpoint.helpPage.close").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> again.target().isShowing())).isFalse();
    }
}
