package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.backstep.lesson.Answer;
import org.backstep.lesson.ProgressStore;
import org.backstep.ui.network.DiagramState;
import org.backstep.ui.walkthrough.WalkthroughPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A prediction is a prediction: with the seed lesson's loss question open (stop 5; the loss is
 * event 8, 0.524346), every way of moving the debugger stops just before it, says why, puts the
 * focus where to answer, and the loss, or anything computed after it, shows nowhere in the window
 * until the student answers it or asks to be shown.
 */
class HonestPredictionWindowTest {
    private static final String LESSON = "seed-2-3-1";
    /** The last event before the loss. */
    private static final int BEFORE_LOSS = 7;
    /** The loss, dL/da2[0] and dL/dz2[0] as the window writes numbers, with either decimal mark. */
    private static final List<String> UNSEEN = List.of("0.524", "0,524", "1.689", "1,689", "0.408", "0,408");

    private Robot robot;
    private FrameFixture window;
    private MainWindow frame;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openWithTheFirstQuestionAnswered() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openFresh(robot, LESSON);
        frame = (MainWindow) window.target();
        window.textBox("walkthrough.answer").enterText("0.46\n");
        assertThat(cursor()).isZero();
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private int cursor() {
        return GuiActionRunner.execute(() -> frame.session().cursor().position());
    }

    private void from(int position) {
        GuiActionRunner.execute(() -> frame.session().seek(position));
        window.tabbedPane("tabs").selectTab(0);
        robot.focus(robot.finder().findByName(frame, "network.diagram", true));
    }

    /** The move was held at the question: the loss question is shown, explained, and focused. */
    private void requireHeld(String how) {
        assertThat(cursor()).as(how + ": stops before the loss").isLessThanOrEqualTo(BEFORE_LOSS);
        assertThat(GuiActionRunner.execute(() -> frame.session().epoch())).as(how + ": the lesson's own step").isZero();
        window.label("walkthrough.position").requireText("Stop 5 of 11");
        assertThat(window.label("walkthrough.feedback").text()).as(how).contains("Question at stop 5 first");
        assertThat(GuiActionRunner.execute(() -> window.tabbedPane("tabs").target().getSelectedIndex()))
                .as(how + ": the guide is in front").isZero();
        window.textBox("walkthrough.answer").requireFocused();
        requireLossUnseen(how);
    }

    private void requireLossUnseen(String how) {
        DiagramState state = GuiActionRunner.execute(() -> frame.debugger().diagram.state());
        assertThat(state.caption()).as(how + ": no loss beside the output").isNull();
        for (int l = 0; l < state.columns(); l++) {
            for (int i = 0; i < state.nodesIn(l); i++) {
                assertThat(state.node(l, i).gradientKnown()).as(how + ": no gradient yet").isFalse();
            }
        }
        List<String> texts = GuiActionRunner.execute(() -> everyText(frame));
        for (String text : texts) {
            for (String unseen : UNSEEN) {
                assertThat(text).as(how + ": a text the window shows or says").doesNotContain(unseen);
            }
        }
    }

    @Test
    void everyWayOfMovingStopsBeforeTheOpenPrediction() throws Exception {
        from(5);
        for (int i = 0; i < 4; i++) {
            robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        }
        robot.waitForIdle();
        requireHeld("the right arrow");
        assertThat(cursor()).isEqualTo(BEFORE_LOSS);

        from(2);
        robot.pressAndReleaseKey(KeyEvent.VK_PAGE_DOWN);
        robot.waitForIdle();
        requireHeld("Page Down");

        from(2);
        robot.pressAndReleaseKey(KeyEvent.VK_END);
        robot.waitForIdle();
        requireHeld("End");

        from(2);
        window.slider("transport.slider").slideTo(30);
        requireHeld("the slider");

        from(2);
        window.button("transport.backwardPass").click();
        requireHeld("the backward pass button");

        from(2);
        window.textBox("transport.breakpoint").enterText("dL/dW1*\n");
        requireHeld("Stop when");
        window.textBox("transport.breakpoint").deleteText().pressAndReleaseKeys(KeyEvent.VK_ENTER);

        from(4);
        window.button("transport.play").click();
        Pause.pause(new Condition("playing stops") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !frame.debugger().transport.isPlaying());
            }
        }, Timeout.timeout(10, TimeUnit.SECONDS));
        requireHeld("play");

        from(2);
        window.tabbedPane("tabs").selectTab(3);
        GuiActionRunner.execute(() -> {
            JComponent link = (JComponent) robot.finder().findByName(frame, "glossary.autodiff.show", true);
            link.scrollRectToVisible(new java.awt.Rectangle(link.getWidth(), link.getHeight()));
        });
        robot.waitForIdle();
        window.button("glossary.autodiff.show").click();
        requireHeld("a glossary link");

        from(2);
        for (int i = 0; i < 4; i++) {
            window.button("walkthrough.next").click();
        }
        requireHeld("Next stop");
    }

    @Test
    void aClickOnTheLossCurveWaitsForTheQuestionToo() {
        window.tabbedPane("tabs").selectTab(1);
        window.button("training.run").click();
        Pause.pause(new Condition("training finishes") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("training.run").target().isEnabled()
                        && ((org.backstep.ui.training.TrainingPanel) window.panel("training").target()).curvePoints() > 0);
            }
        }, Timeout.timeout(20, TimeUnit.SECONDS));
        GuiActionRunner.execute(() -> ((org.backstep.ui.training.TrainingPanel) window.panel("training").target())
                .showTrainedEpoch(57));
        robot.waitForIdle();
        requireHeld("a click on the loss curve");
    }

    @Test
    void showMeRevealsTheValueAndIsRecordedAsShownNotRight() throws Exception {
        from(6);
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        robot.waitForIdle();
        requireHeld("the right arrow");
        window.textBox("walkthrough.answer").enterText("0.6\n");
        assertThat(window.label("walkthrough.feedback").text()).contains("Not quite");
        requireLossUnseen("after a wrong try");

        window.button("walkthrough.reveal").click();
        assertThat(cursor()).as("onto the loss").isEqualTo(BEFORE_LOSS + 1);
        assertThat(window.label("walkthrough.feedback").text()).contains("The value is 0.524346");
        assertThat(window.label("maths.substituted").text()).endsWith("= 0.524346");
        assertThat(GuiActionRunner.execute(() -> everyText(frame))).as("the search finds the loss once it is shown")
                .anyMatch(t -> t.contains("0.524"));
        // Typing the value now shown is not a first-time right answer.
        window.textBox("walkthrough.answer").deleteText().enterText("0.524346\n");
        WalkthroughPanel.flushSaves();
        Answer loss = ProgressStore.forUser().load(LESSON).answers().get(4);
        assertThat(loss.tries()).isEqualTo(2);
        assertThat(loss.revealed()).isTrue();
        assertThat(loss.firstTryRight()).isFalse();
        assertThat(ProgressStore.forUser().load(LESSON).rightFirstTime()).as("stop 1 only").isEqualTo(1);

        // The next question (stop 8, dL/da1[0]) now holds the cursor.
        from(BEFORE_LOSS + 1);
        robot.pressAndReleaseKey(KeyEvent.VK_END);
        robot.waitForIdle();
        window.label("walkthrough.position").requireText("Stop 8 of 11");
        assertThat(window.label("walkthrough.feedback").text()).contains("Question at stop 8 first");
    }

    /** Every text of the window a student could read or hear: labels, buttons, fields, tables, tooltips, accessible words. */
    private static List<String> everyText(Component root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Component c, List<String> out) {
        if (c instanceof JLabel label) {
            add(out, label.getText());
        }
        if (c instanceof AbstractButton button) {
            add(out, button.getText());
        }
        if (c instanceof JTextComponent text) {
            add(out, text.getText());
        }
        if (c instanceof JComponent component) {
            add(out, component.getToolTipText());
        }
        if (c instanceof JTable table) {
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int col = 0; col < table.getColumnCount(); col++) {
                    add(out, String.valueOf(table.getValueAt(r, col)));
                }
            }
        }
        accessible(c.getAccessibleContext(), out, 0);
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }

    /** Names and descriptions, and those of accessible children drawn rather than made of components (the diagram's nodes). */
    private static void accessible(AccessibleContext context, List<String> out, int depth) {
        if (context == null || depth > 2) {
            return;
        }
        add(out, context.getAccessibleName());
        add(out, context.getAccessibleDescription());
        for (int i = 0; i < context.getAccessibleChildrenCount(); i++) {
            var child = context.getAccessibleChild(i);
            if (child != null && !(child instanceof Component)) {
                accessible(child.getAccessibleContext(), out, depth + 1);
            }
        }
    }

    private static void add(List<String> out, String text) {
        if (text != null && !text.isEmpty()) {
            out.add(text);
        }
    }
}
