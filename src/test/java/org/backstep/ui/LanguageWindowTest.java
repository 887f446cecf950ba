package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Frame;
import java.awt.event.KeyEvent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A student switches the window to German and back through View ▸ Language, keeping their place. */
class LanguageWindowTest {
    private Robot robot;
    private FrameFixture window;
    private Lesson seed;

    @BeforeEach
    void open() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        seed = BundledLessons.load("seed-2-3-1");
        window = TestWindows.openFresh(robot, "seed-2-3-1");
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private void choose(String itemName) {
        window.menuItem("menu.view").click();
        window.menuItem("menu.language").click();
        window.menuItem(itemName).click();
        robot.waitForIdle();
        // The window is built again in the new language; the old one is gone.
        window = WindowFinder.findFrame(new GenericTypeMatcher<Frame>(Frame.class) {
            @Override
            protected boolean isMatching(Frame frame) {
                return "main".equals(frame.getName()) && frame.isShowing();
            }
        }).using(robot);
    }

    private String tab(int index) {
        return GuiActionRunner.execute(() -> window.tabbedPane("tabs").target().getTitleAt(index));
    }

    private String narration() {
        return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), "walkthrough.narration")
                .getAccessibleContext().getAccessibleName());
    }

    private int cursor() {
        return GuiActionRunner.execute(() -> window.slider("transport.slider").target().getValue());
    }

    @Test
    void switchingToGermanChangesWhatTheStudentReadsAndKeepsTheirPlace() {
        assertThat(tab(0)).isEqualTo("Step debugger");
        assertThat(window.target().getTitle()).isEqualTo("Backstep — Backpropagation in a 2-3-1 network");
        window.label("walkthrough.position").requireText("Stop 1 of 11");
        // The first stop waits before h1's sum; show it, so its number is on screen.
        window.button("walkthrough.reveal").click();
        window.button("transport.forward").click();
        window.button("transport.forward").click();
        int place = cursor();
        String stop = window.label("walkthrough.position").text().replaceAll("\\D+", " ").trim();
        String working = window.label("maths.substituted").text();
        assertThat(working).as("a line with decimals").containsPattern("\\d\\.\\d");

        choose("menu.language.de");

        assertThat(tab(0)).isEqualTo("Schritt-Debugger");
        assertThat(tab(2)).isEqualTo("Das große Ganze");
        assertThat(GuiActionRunner.execute(() -> window.menuItem("menu.file").target().getText())).isEqualTo("Datei");
        assertThat(GuiActionRunner.execute(() -> window.menuItem("menu.file").target().getMnemonic()))
                .as("Alt+D opens Datei").isEqualTo(KeyEvent.VK_D);
        assertThat(window.target().getTitle()).as("the lesson's own German title")
                .isEqualTo("Backstep — Backpropagation in einem 2-3-1-Netz");
        window.label("walkthrough.position").requireText("Station " + stop.replace(" ", " von "));
        int stopIndex = Integer.parseInt(stop.split(" ")[0]) - 1;
        assertThat(narration()).as("the guide's German narration")
                .isEqualTo(seed.in("de").walkthrough().stop(stopIndex).narration())
                .isNotEqualTo(seed.walkthrough().stop(stopIndex).narration());
        assertThat(cursor()).as("the student's place in the step").isEqualTo(place);
        assertThat(window.label("maths.substituted").text()).as("the same working, with decimal commas")
                .isEqualTo(working.replaceAll("(?<=\\d)\\.(?=\\d)", ",").replace(", ", "; "));
        assertThat(window.table("values.table").target().getColumnName(0)).isNotEqualTo("Quantity");

        choose("menu.language.en");

        assertThat(tab(0)).isEqualTo("Step debugger");
        assertThat(narration()).isEqualTo(seed.walkthrough().stop(stopIndex).narration());
        window.label("walkthrough.position").requireText("Stop " + stop.replace(" ", " of "));
        assertThat(window.label("maths.substituted").text()).isEqualTo(working);
        assertThat(cursor()).isEqualTo(place);
    }
}
