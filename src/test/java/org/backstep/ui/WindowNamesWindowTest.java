package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.event.KeyEvent;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.backstep.lesson.BundledLessons;
import org.backstep.ui.values.QuantityTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where a student reads a quantity, the window's name (w(x1→h1)) comes first and the trace's (W1[0][0]) second. */
class WindowNamesWindowTest {
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

    /** The row's two name cells, and the colours they are drawn in. */
    private record Names(String shown, String traced, Color shownColour, Color tracedColour) {
    }

    private Names row(String table, String traced) {
        return GuiActionRunner.execute(() -> {
            QuantityTable t = (QuantityTable) window.table(table).target();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (traced.equals(t.getValueAt(r, 1))) {
                    return new Names((String) t.getValueAt(r, 0), traced, colour(t, r, 0), colour(t, r, 1));
                }
            }
            throw new AssertionError(traced + " is in no row");
        });
    }

    private static Color colour(JTable t, int row, int column) {
        return t.prepareRenderer(t.getCellRenderer(row, column), row, column).getForeground();
    }

    @Test
    void theTablesNameEachQuantityAsTheDiagramDoesWithTheTracesNameDimmer() {
        window.pressAndReleaseKeys(KeyEvent.VK_END);
        Names weight = row("values.table", "W1[0][0]");
        assertThat(weight.shown()).isEqualTo("w(x1→h1)");
        assertThat(weight.tracedColour()).as("the trace's name is the secondary label").isNotEqualTo(weight.shownColour());
        assertThat(row("values.table", "b1[2]").shown()).isEqualTo("b(h3)");
        assertThat(row("gradients.table", "dL/dW2[0][1]").shown()).isEqualTo("dL/dw(h2→ŷ)");
        assertThat(row("gradients.table", "dL/da1[0]").shown()).isEqualTo("dL/dh1");
        assertThat(row("gradients.table", "dL/dz2[0]").shown()).isEqualTo("dL/dz(ŷ)");
        assertThat(row("values.table", "z1[0]").shown()).isEqualTo("h1 before activation");
    }

    @Test
    void theMathsLineUsesTheWindowsNameAndGivesTheTracesBelow() {
        window.slider("transport.slider").slideTo(30);
        assertThat(window.label("maths.substituted").text()).startsWith("w(x1→h1) := 0.5 - 0.5·(-0.228512) = ");
        assertThat(window.label("maths.traced").text()).isEqualTo("in the trace and on the command line: W1[0][0]");
        window.slider("transport.slider").slideTo(-1);
        assertThat(GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), "maths.traced", false)
                .isVisible())).as("nothing to name at the start").isFalse();
    }
}
