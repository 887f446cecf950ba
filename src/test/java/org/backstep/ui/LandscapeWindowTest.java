package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.event.KeyEvent;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.replay.landscape.LossGrid;
import org.backstep.replay.landscape.LossLandscape;
import org.backstep.replay.landscape.SteepestPair;
import org.backstep.trace.EventLog;
import org.backstep.ui.landscape.LandscapePanel;
import org.backstep.ui.network.NetworkLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loss landscape tab as a student uses it: the map appears, stepping moves the marker, a new pair draws again. */
class LandscapeWindowTest {
    private Robot robot;
    private FrameFixture window;
    private Lesson seed;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        seed = BundledLessons.load("seed-2-3-1");
        window = TestWindows.openSettled(robot, "seed-2-3-1");
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private LandscapePanel landscape() {
        return GuiActionRunner.execute(() -> ((MainWindow) window.target()).landscape());
    }

    private void waitForTheMap() {
        Pause.pause(new Condition("the landscape is worked out and drawn") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> landscape().grid() != null && !landscape().isComputing());
            }
        }, Timeout.timeout(20, TimeUnit.SECONDS));
    }

    private String description() {
        return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), "landscape.map")
                .getAccessibleContext().getAccessibleDescription());
    }

    private String summary() {
        return window.textBox("landscape.summary").text();
    }

    @Test
    void theMapOfTheTwoSteepestParametersAppearsAndSteppingMovesOnlyTheMarker() throws Exception {
        long asked = System.nanoTime();
        window.pressKey(KeyEvent.VK_ALT).pressAndReleaseKeys(KeyEvent.VK_6).releaseKey(KeyEvent.VK_ALT);
        waitForTheMap();
        long shownMs = (System.nanoTime() - asked) / 1_000_000;
        LandscapePanel panel = landscape();
        System.out.println("landscape tab: first map shown " + shownMs + " ms after Alt+6 (robot and tab building "
                + "included), " + GuiActionRunner.execute(panel::drawnInMillis) + " ms after the tab asked for it");
        int[] steepest = SteepestPair.of(seed.newStep(), seed.initialParameters());
        assertThat(GuiActionRunner.execute(panel::pair)).containsExactly(steepest);
        LossGrid grid = GuiActionRunner.execute(panel::grid);
        assertThat(grid.size()).isEqualTo(LossLandscape.SIZE);
        assertThat(window.comboBox("landscape.across").selectedItem()).isEqualTo("b(ŷ)");
        assertThat(window.comboBox("landscape.up").selectedItem()).isEqualTo("b(h1)");
        String atStart = description();
        assertThat(atStart).startsWith("Loss over b(ŷ) across (from ").contains(") and b(h1) up (from ")
                .contains("Lowest " + texts().number(grid.lowest(), 3) + ", at b(ŷ) = ")
                .contains("The path is this step’s update, from b(ŷ) = 0.2, b(h1) = 0.1 to ")
                .contains("The diamond (the cursor) is at b(ŷ) = 0.2, b(h1) = 0.1.");
        assertThat(summary()).startsWith("Lowest loss on the map: ");

        // The debugger's End key, pressed here: the marker goes to the step's update, the map stays.
        window.pressAndReleaseKeys(KeyEvent.VK_END);
        EventLog log = GuiActionRunner.execute(() -> ((MainWindow) window.target()).session().log());
        double[] after = GuiActionRunner.execute(panel::path).xs();
        assertThat(GuiActionRunner.execute(panel::marker)).containsExactly(after[1],
                GuiActionRunner.execute(panel::path).ys()[1]);
        assertThat(description()).isNotEqualTo(atStart).contains("The diamond (the cursor) is at b(ŷ) = "
                + texts().number(after[1], 3) + ", ");
        assertThat(GuiActionRunner.execute(panel::grid)).as("no new grid for a move of the cursor").isSameAs(grid);

        // One event back from the end: before the update of b(ŷ) (the last parameter), its old value.
        int last = log.size() - 1;
        assertThat(log.quantities().parameterOf(log.slot(last))).isEqualTo(steepest[0]);
        window.button("landscape.back").click();
        assertThat(GuiActionRunner.execute(panel::marker)[0]).isEqualTo(0.2);
        window.button("landscape.forward").click();
        assertThat(GuiActionRunner.execute(panel::marker)[0]).isEqualTo(after[1]);
    }

    @Test
    void pickingAnotherPairInTheBoxesOrOnTheDiagramDrawsTheMapAgain() {
        window.tabbedPane("tabs").selectTab(Tab.LANDSCAPE.ordinal());
        waitForTheMap();
        LossGrid first = GuiActionRunner.execute(() -> landscape().grid());
        window.comboBox("landscape.across").selectItem("w(x1→h1)");
        waitForTheMap();
        LossGrid second = GuiActionRunner.execute(() -> landscape().grid());
        assertThat(second).isNotSameAs(first);
        assertThat(second.across()).isZero();
        long ms = GuiActionRunner.execute(() -> landscape().drawnInMillis());
        System.out.println("landscape tab: a new pair's map shown " + ms + " ms after the pick");
        // The issue asks for 200 ms; on a machine shared with other work the window test only catches a gross slip.
        assertThat(ms).isBetween(0L, 1000L);
        assertThat(description()).startsWith("Loss over w(x1→h1) across (from ");

        // Right-click the edge from x2 to h3 in the debugger and put it up the landscape.
        window.tabbedPane("tabs").selectTab(Tab.DEBUGGER.ordinal());
        java.awt.Component diagram = robot.finder().findByName(window.target(), "network.diagram");
        NetworkLayout layout = new NetworkLayout(seed.shape());
        java.awt.Dimension size = GuiActionRunner.execute(() -> diagram.getSize());
        Point from = new Point((int) (layout.x(0) * size.width), (int) (layout.y(0, 1) * size.height));
        Point to = new Point((int) (layout.x(1) * size.width), (int) (layout.y(1, 2) * size.height));
        robot.click(diagram, new Point((from.x + to.x) / 2, (from.y + to.y) / 2), MouseButton.RIGHT_BUTTON, 1);
        assertThat(GuiActionRunner.execute(() -> window.menuItem("network.landscape.up").target().getText()))
                .isEqualTo("Loss landscape: w(x2→h3) up");
        window.menuItem("network.landscape.up").click();
        window.tabbedPane("tabs").selectTab(Tab.LANDSCAPE.ordinal());
        waitForTheMap();
        int w = seed.shape().weightIndex(0, 2, 1);
        assertThat(GuiActionRunner.execute(() -> landscape().pair())).containsExactly(0, w);
        assertThat(window.comboBox("landscape.up").selectedItem()).isEqualTo("w(x2→h3)");

        window.button("landscape.steepest").click();
        waitForTheMap();
        assertThat(GuiActionRunner.execute(() -> landscape().pair()))
                .containsExactly(SteepestPair.of(seed.newStep(), seed.initialParameters()));
    }

    @Test
    void afterATrainingRunThePathIsTheRunsEpochs() {
        window.tabbedPane("tabs").selectTab(Tab.TRAINING.ordinal());
        GuiActionRunner.execute(() -> window.spinner("training.epochs").target().setValue(120));
        window.button("training.run").click();
        Pause.pause(new Condition("the run ends") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> ((MainWindow) window.target()).training().lastRun() != null);
            }
        }, Timeout.timeout(30, TimeUnit.SECONDS));
        window.tabbedPane("tabs").selectTab(Tab.LANDSCAPE.ordinal());
        waitForTheMap();
        var path = GuiActionRunner.execute(() -> landscape().path());
        assertThat(path.size()).isEqualTo(121);
        assertThat(path.lastEpoch()).isEqualTo(120);
        assertThat(description()).contains("The path of the last training run goes over 120 epochs from b(ŷ) = 0.2, b(h1) = 0.1 to ");
        LossGrid grid = GuiActionRunner.execute(() -> landscape().grid());
        for (int k = 0; k < path.size(); k++) {
            assertThat(grid.range().contains(path.xs()[k], path.ys()[k])).as("epoch %d on the map", k).isTrue();
        }
    }

    @Test
    void theGlossarysLandscapeEntryBringsTheTabToTheFront() {
        window.tabbedPane("tabs").selectTab(Tab.GLOSSARY.ordinal());
        window.button("glossary.landscape.show").click();
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JTabbedPane) window.tabbedPane("tabs").target())
                .getSelectedIndex())).isEqualTo(Tab.LANDSCAPE.ordinal());
        waitForTheMap();
    }

    @Test
    void everyControlOfTheTabHasANameATooltipAndAnAccessibleName() {
        window.tabbedPane("tabs").selectTab(Tab.LANDSCAPE.ordinal());
        waitForTheMap();
        java.util.List<String> controls = GuiActionRunner.execute(() -> {
            java.util.List<String> found = new java.util.ArrayList<>();
            for (java.awt.Component c : all(landscape())) {
                if (c.isFocusable() && c.isShowing() && (c instanceof javax.swing.AbstractButton
                        || c instanceof javax.swing.JComboBox || "landscape.map".equals(c.getName()))) {
                    javax.swing.JComponent j = (javax.swing.JComponent) c;
                    found.add(c.getName() + " | " + j.getAccessibleContext().getAccessibleName() + " | "
                            + (j.getToolTipText() != null));
                }
            }
            return found;
        });
        assertThat(controls).containsExactlyInAnyOrder(
                "landscape.across | Parameter across the landscape | true",
                "landscape.up | Parameter up the landscape | true",
                "landscape.steepest | Show the two parameters with the largest gradients | true",
                "landscape.back | Step back | true",
                "landscape.forward | Step forward | true",
                "landscape.map | Loss landscape | true");
    }

    private static java.util.List<java.awt.Component> all(java.awt.Container root) {
        java.util.List<java.awt.Component> out = new java.util.ArrayList<>();
        for (java.awt.Component c : root.getComponents()) {
            out.add(c);
            if (c instanceof java.awt.Container inner && !(c instanceof javax.swing.JComboBox)) {
                out.addAll(all(inner));
            }
        }
        return out;
    }

    private org.backstep.ui.kit.Texts texts() {
        return GuiActionRunner.execute(() -> ((MainWindow) window.target()).ui().texts());
    }
}
