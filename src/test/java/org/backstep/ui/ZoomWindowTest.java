package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A projector's zoom: at 100 %, 200 % and 300 % on a 1366 × 768 screen, every label, button and
 * field of every tab is whole, where it is not inside a scrolling area (which shows the rest when
 * scrolled); nothing sticks out of the window, and no tab has to be scrolled sideways.
 */
class ZoomWindowTest {
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

    /**
     * Every label, button and field that shows: whole (at least its preferred size; wrapping HTML text
     * at least its height) and inside its parent, unless the parent is a scrolling view.
     */
    private static void collect(Component c, List<String> cut) {
        if (!c.isShowing()) {
            return;
        }
        if (c instanceof JComponent j && (c instanceof JLabel || c instanceof AbstractButton
                || c instanceof JTextComponent) && c.getWidth() > 0 && c.getHeight() > 0
                && !(c.getParent() instanceof javax.swing.JSpinner)
                && !(c.getParent() instanceof javax.swing.JScrollBar)) {
            // (A spinner's arrows and a scroll bar's buttons are drawn smaller than they ask for on purpose.)
            String what = c.getClass().getSimpleName() + " " + (c.getName() != null ? c.getName() : "")
                    + " '" + text(c) + "'";
            boolean wraps = text(c).startsWith("<html>") || c instanceof JTextComponent;
            // Within the view of the scrolling area it is in (so scrolling reaches all of it).
            JViewport port = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
            Component view = port.getView();
            // ... and inside each panel around it, or a neighbour may be drawn over it.
            String outside = null;
            for (Component inner = c; inner != view && outside == null; inner = inner.getParent()) {
                Container around = inner.getParent();
                if (!new Rectangle(-1, -1, around.getWidth() + 2, around.getHeight() + 2).contains(inner.getBounds())) {
                    outside = inner.getClass().getSimpleName() + " " + inner.getBounds() + " in "
                            + around.getClass().getSimpleName() + " " + around.getWidth() + "x" + around.getHeight();
                }
            }
            if (outside != null) {
                cut.add(what + " is cut off: " + outside);
            } else if (!wraps && j.getWidth() + 1 < j.getPreferredSize().width) {
                cut.add(what + " is " + j.getWidth() + " px wide, needs " + j.getPreferredSize().width);
            } else if (!(c instanceof JTextComponent) && j.getHeight() + 1 < j.getPreferredSize().height && !wraps) {
                cut.add(what + " is " + j.getHeight() + " px high, needs " + j.getPreferredSize().height);
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, cut);
            }
        }
    }

    private static String text(Component c) {
        String t = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : "";
        return t == null ? "" : t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    @ParameterizedTest(name = "zoom {0}")
    @CsvSource({"1.0", "2.0", "3.0"})
    void everyTabFitsTheLabScreenAtThisZoom(float zoom) {
        List<String> cut = new ArrayList<>();
        for (int tab = 0; tab < 5; tab++) {
            int index = tab;
            zoomTo(zoom, index);
            GuiActionRunner.execute(() -> {
                assertThat(window.target().getSize()).as("the window stays on the lab screen")
                        .isEqualTo(new java.awt.Dimension(1366, 768));
                List<String> here = new ArrayList<>();
                collect(((MainWindow) window.target()).getContentPane(), here);
                here.forEach(h -> cut.add("tab " + index + " at " + zoom + ": " + h));
                // Down only: a line of text is never wider than the window, so no line needs sideways scrolling.
                if (((MainWindow) window.target()).tab(index).scrollsSideways()) {
                    cut.add("tab " + index + " at " + zoom + ": scrolls sideways");
                }
                return null;
            });
        }
        assertThat(cut).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aChoiceStopWrapsItsLongOptionsAndFitsAt200PercentWithoutSidewaysScrolling() {
        MainWindow frame = (MainWindow) window.target();
        // Stop 9 of the seed lesson asks which weights get no gradient, with options of a line or more.
        GuiActionRunner.execute(() -> frame.debugger().guide.goTo(8));
        zoomTo(2f, 0);
        robot.waitForIdle();
        GuiActionRunner.execute(() -> {
            List<String> cut = new ArrayList<>();
            collect(frame.getContentPane(), cut);
            assertThat(cut).isEmpty();
            assertThat(frame.tab(0).scrollsSideways()).isFalse();
            javax.swing.JRadioButton longest = null;
            for (int i = 0; i < 4; i++) {
                javax.swing.JRadioButton option = window.radioButton("walkthrough.option." + i).target();
                Rectangle inGuide = SwingUtilities.convertRectangle(option.getParent(), option.getBounds(), frame.debugger().guide);
                assertThat(inGuide.x + inGuide.width).as("option %d within the guide", i)
                        .isLessThanOrEqualTo(frame.debugger().guide.getWidth());
                if (longest == null || option.getAccessibleContext().getAccessibleName().length()
                        > longest.getAccessibleContext().getAccessibleName().length()) {
                    longest = option;
                }
            }
            int line = longest.getFontMetrics(longest.getFont()).getHeight();
            assertThat(longest.getHeight()).as("the longest option takes more than one line").isGreaterThan(line * 3 / 2);
            return null;
        });
        window.label("walkthrough.position").requireText("Stop 9 of 11");
    }

    private void zoomTo(float zoom, int tab) {
        GuiActionRunner.execute(() -> {
            ((MainWindow) window.target()).ui().appearance().setZoom(zoom);
            SwingUtilities.updateComponentTreeUI(window.target());
            window.tabbedPane("tabs").target().setSelectedIndex(tab);
            return null;
        });
        robot.waitForIdle();
    }

    @org.junit.jupiter.api.Test
    void textThatTakesNoFocusIsScrolledToFromTheKeyboardWhenTheZoomMakesItLargerThanTheWindow() {
        zoomTo(1f, 2);
        ZoomScroll concept = GuiActionRunner.execute(() -> ((MainWindow) window.target()).tab(2));
        assertThat(GuiActionRunner.execute(() -> concept.isFocusable())).as("at 100 % the page fits: no extra Tab stop")
                .isFalse();

        zoomTo(3f, 2);
        assertThat(GuiActionRunner.execute(() -> concept.isFocusable())).isTrue();
        // From the tab's title, Tab goes into the page (the big picture has no control of its own).
        GuiActionRunner.execute(() -> window.tabbedPane("tabs").target().requestFocusInWindow());
        robot.waitForIdle();
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_TAB);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .getFocusOwner())).isSameAs(concept);
        assertThat(GuiActionRunner.execute(() -> concept.getBorder()))
                .as("a ring in the theme's focus colour shows the focus")
                .isInstanceOfSatisfying(javax.swing.border.LineBorder.class, ring -> assertThat(ring.getLineColor())
                        .isEqualTo(javax.swing.UIManager.getColor("Component.focusColor")));
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_PAGE_DOWN);
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_DOWN);
        robot.waitForIdle();
        int scrolled = GuiActionRunner.execute(() -> concept.getVerticalScrollBar().getValue());
        int pageHeight = GuiActionRunner.execute(() -> concept.getViewport().getHeight());
        assertThat(scrolled).as("Page Down and Down scroll the text").isGreaterThan(pageHeight / 2);
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_HOME);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> concept.getVerticalScrollBar().getValue())).isZero();
    }

    @org.junit.jupiter.api.Test
    void fromTwoHundredPercentTheTwoChartsOfLayersAndCostStandOneAboveTheOtherAtFullWidth() {
        zoomTo(1f, 4);
        Component layersChart = robot.finder().findByName("insight.layers");
        Component costChart = robot.finder().findByName("insight.cost");
        Rectangle layersAt100 = GuiActionRunner.execute(() -> layersChart.getBounds());
        Rectangle costAt100 = GuiActionRunner.execute(() -> costChart.getBounds());
        assertThat(costAt100.x).as("side by side at 100 %").isGreaterThan(layersAt100.x + layersAt100.width - 1);

        zoomTo(2f, 4);
        Rectangle layers = GuiActionRunner.execute(() -> layersChart.getBounds());
        Rectangle cost = GuiActionRunner.execute(() -> costChart.getBounds());
        assertThat(cost.y).isGreaterThanOrEqualTo(layers.y + layers.height);
        assertThat(cost.width).isEqualTo(layers.width).isGreaterThan(1366 * 3 / 4);
    }

    @org.junit.jupiter.api.Test
    void zoomingFromTheKeyboardPastTheOneColumnLayoutKeepsTheFocusOnTheDiagram() {
        Component diagram = robot.finder().findByName("network.diagram");
        GuiActionRunner.execute(() -> diagram.requestFocusInWindow());
        robot.waitForIdle();
        for (int press = 0; press < 8; press++) {
            robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_EQUALS, java.awt.event.InputEvent.CTRL_MASK);
        }
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> ((MainWindow) window.target()).ui().appearance().zoom()))
                .isEqualTo(3f);
        assertThat(GuiActionRunner.execute(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .getFocusOwner())).isSameAs(diagram);
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_RIGHT);
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_RIGHT);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> window.label("transport.position").target().getText()))
                .as("the arrow keys still step the lesson").startsWith("event 2 of 43");
    }
}
