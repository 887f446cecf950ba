package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.beans.PropertyChangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a screen reader and a keyboard-only student get from the window, checked in plain Java. */
class AccessibilityWindowTest {
    private Robot robot;
    private FrameFixture window;

    @BeforeEach
    void open() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openSettled(robot, "seed-2-3-1");
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private static AccessibleContext find(AccessibleContext from, AccessibleRole role, String name) {
        if (from.getAccessibleRole() == role && name.equals(from.getAccessibleName())) {
            return from;
        }
        for (int i = 0; i < from.getAccessibleChildrenCount(); i++) {
            Accessible child = from.getAccessibleChild(i);
            AccessibleContext found = child == null ? null : find(child.getAccessibleContext(), role, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void theDiagramIsInTheAccessibleTreeWithOneChildPerNodeAndSaysEachStepInWords() {
        List<String> announced = new CopyOnWriteArrayList<>();
        AccessibleContext diagram = GuiActionRunner.execute(() -> {
            AccessibleContext found = find(window.target().getAccessibleContext(), AccessibleRole.CANVAS,
                    "Network diagram");
            found.addPropertyChangeListener((PropertyChangeEvent e) -> {
                if (AccessibleContext.ACCESSIBLE_DESCRIPTION_PROPERTY.equals(e.getPropertyName())) {
                    announced.add(String.valueOf(e.getNewValue()));
                }
            });
            return found;
        });
        assertThat(diagram).as("the diagram, reached from the window as a screen reader walks it").isNotNull();
        List<String> nodes = GuiActionRunner.execute(() -> {
            List<String> names = new ArrayList<>();
            Rectangle area = new Rectangle(diagram.getAccessibleComponent().getSize());
            for (int i = 0; i < diagram.getAccessibleChildrenCount(); i++) {
                AccessibleContext node = diagram.getAccessibleChild(i).getAccessibleContext();
                assertThat(area.contains(node.getAccessibleComponent().getBounds())).as(node.getAccessibleName()).isTrue();
                assertThat(node.getAccessibleIndexInParent()).isEqualTo(i);
                names.add(node.getAccessibleName() + " | " + node.getAccessibleDescription());
            }
            return names;
        });
        assertThat(nodes).hasSize(6);
        assertThat(nodes.get(0)).isEqualTo("x1 | x1: value 0.8, gradient of the loss not yet.");
        assertThat(nodes.get(2)).startsWith("h1 | h1: ").contains("not yet");

        window.button("walkthrough.reveal").click();
        assertThat(announced).as("the step is announced on the diagram without moving the focus").isNotEmpty();
        assertThat(announced.get(announced.size() - 1)).isEqualTo("Event 1 of 43, forward pass: the weighted sum of h1 "
                + "is 0.46. Weighted sum: the weight from x1 to h1, 0.5, times the input x1, 0.8, plus the weight from "
                + "x2 to h1, -0.2, times the input x2, 0.2, plus the bias of h1, 0.1.");
        String h1 = GuiActionRunner.execute(() -> diagram.getAccessibleChild(2).getAccessibleContext()
                .getAccessibleDescription());
        assertThat(h1).isEqualTo("h1: weighted sum 0.46 (its activation is not computed yet), gradient of the loss "
                + "not yet. The current event computes it.");
    }

    @Test
    void aStepTakenWithAButtonIsDescribedByThatButtonUntilTheFocusMovesOn() {
        window.button("transport.forward").click();
        window.button("transport.forward").requireFocused();
        String step = GuiActionRunner.execute(() -> ((MainWindow) window.target()).debugger().diagram
                .getAccessibleContext().getAccessibleDescription());
        assertThat(step).startsWith("Event 1 of 43");
        assertThat(GuiActionRunner.execute(() -> window.button("transport.forward").target().getAccessibleContext()
                .getAccessibleDescription())).as("what the screen reader hears on the focused button").isEqualTo(step);
        window.button("transport.forward").click();
        assertThat(GuiActionRunner.execute(() -> window.button("transport.forward").target().getAccessibleContext()
                .getAccessibleDescription())).startsWith("Event 2 of 43");

        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> window.button("transport.forward").target().getAccessibleContext()
                .getAccessibleDescription())).as("its own description again").isEqualTo("Show the next operation (Right arrow)");
    }

    @Test
    void theTimelineIsSpokenAsThePositionNotAsARawNumber() {
        window.button("transport.forward").click();
        AccessibleContext slider = GuiActionRunner.execute(() -> window.slider("transport.slider").target()
                .getAccessibleContext());
        assertThat(GuiActionRunner.execute(slider::getAccessibleValue)).isNull();
        assertThat(GuiActionRunner.execute(slider::getAccessibleDescription))
                .isEqualTo(window.label("transport.position").text());
    }

    @Test
    void tabReachesEveryControlOfTheDebuggerInOrderLeavesTheTablesAndComesBack() {
        GuiActionRunner.execute(() -> ((MainWindow) window.target()).debugger().diagram.requestFocusInWindow());
        robot.waitForIdle();
        Component first = focusOwner();
        assertThat(first.getName()).isEqualTo("network.diagram");
        // The step keys work from the focused diagram (no scrolling area around it takes them first).
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> window.slider("transport.slider").target().getValue())).isEqualTo(1);
        assertThat(focusOwner()).isSameAs(first);
        List<String> visited = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        Component now = first;
        for (int press = 0; press < 80; press++) {
            robot.pressAndReleaseKey(KeyEvent.VK_TAB);
            robot.waitForIdle();
            now = focusOwner();
            if (now == first) {
                break;
            }
            visited.add(now.getName());
            Component focused = now;
            String name = GuiActionRunner.execute(() -> focused instanceof Accessible a
                    ? a.getAccessibleContext().getAccessibleName() : null);
            if (name == null || name.isBlank()) {
                unnamed.add(now.getClass().getSimpleName() + " " + now.getName());
            }
        }
        assertThat(now).as("Tab comes back to the diagram (no trap); visited " + visited).isSameAs(first);
        assertThat(unnamed).as("focusable controls without an accessible name").isEmpty();
        assertThat(visited).contains("walkthrough.restart", "walkthrough.narration", "walkthrough.previous", "walkthrough.next",
                "values.table", "gradients.table", "transport.play", "transport.forward", "transport.slider", "transport.breakpoint");
        assertThat(visited.indexOf("values.table")).as("the tables come before the transport bar")
                .isLessThan(visited.indexOf("transport.rewind"));
    }

    @Test
    void aButtonThatComesAndGoesIsNeverCalledGrayedFromAStaleCache() {
        window.button("transport.forward").click();
        javax.accessibility.AccessibleStateSet states = GuiActionRunner.execute(() -> window.button("transport.back")
                .target().getAccessibleContext().getAccessibleStateSet());
        assertThat(states.contains(javax.accessibility.AccessibleState.ENABLED)).isTrue();
        // Transient: AT-SPI clients ask for its states each time instead of keeping the disabled ones from the start.
        assertThat(states.contains(javax.accessibility.AccessibleState.TRANSIENT)).isTrue();
    }

    @Test
    void theNextStopIsReadOutOnceInPlainWordsWhereTheStudentIs() {
        List<String> heard = new CopyOnWriteArrayList<>();
        GuiActionRunner.execute(() -> window.button("walkthrough.next").target().getAccessibleContext()
                .addPropertyChangeListener(e -> {
                    if (AccessibleContext.ACCESSIBLE_DESCRIPTION_PROPERTY.equals(e.getPropertyName())) {
                        heard.add(String.valueOf(e.getNewValue()));
                    }
                }));
        window.button("walkthrough.next").click();
        robot.waitForIdle();
        assertThat(heard).as("one change, not the step and then the stop").hasSize(1);
        assertThat(heard.get(0)).startsWith("Stop 2 of 11. ReLU decides what h1 passes on")
                .doesNotContain("$", "**", "<", "\\");
        String narration = GuiActionRunner.execute(() -> window.textBox("walkthrough.narration").target()
                .getAccessibleContext().getAccessibleName());
        assertThat(narration).startsWith("ReLU decides").doesNotContain("$", "**", "<");
        assertThat(GuiActionRunner.execute(() -> window.textBox("walkthrough.narration").target()
                .getAccessibleContext().getAccessibleDescription())).isEqualTo("Stop 2 of 11");
    }

    @Test
    void aTableRowIsSpokenWholeInWordsFromItsFirstCell() {
        window.button("transport.forward").click();
        String[] cells = GuiActionRunner.execute(() -> {
            var table = window.table("values.table").target();
            var context = table.getAccessibleContext().getAccessibleTable();
            int h1Sum = -1;
            for (int r = 0; r < table.getRowCount(); r++) {
                if ("z1[0]".equals(table.getValueAt(r, 1))) {
                    h1Sum = r;
                }
            }
            return new String[] {context.getAccessibleAt(0, 0).getAccessibleContext().getAccessibleName(),
                    context.getAccessibleAt(h1Sum, 0).getAccessibleContext().getAccessibleName(),
                    context.getAccessibleAt(h1Sum, 2).getAccessibleContext().getAccessibleName()};
        });
        assertThat(cells[0]).isEqualTo("the input x1: 0.8.");
        assertThat(cells[1]).isEqualTo("the weighted sum of h1: 0.46. The current event computed it.");
        assertThat(cells[2]).as("other cells keep their own text").isEqualTo("0.46");
    }

    @Test
    void theWindowsLayersAreNotAnnouncedAsALayeredPane() {
        AccessibleRole role = GuiActionRunner.execute(() -> ((MainWindow) window.target()).getLayeredPane()
                .getAccessibleContext().getAccessibleRole());
        assertThat(role).isEqualTo(AccessibleRole.PANEL);
    }

    private Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }
}
