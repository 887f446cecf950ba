package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.backstep.lesson.BundledLessons;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Help ▸ Keyboard lists every key of the window, each command's from the registry itself. */
class KeyboardHelpWindowTest {
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

    /** The page's words as a screen reader gets them: one line per cell. */
    private static String words(DialogFixture page) {
        return GuiActionRunner.execute(() -> {
            javax.swing.text.Document text = page.textBox("keyboard.page").target().getDocument();
            return text.getText(0, text.getLength());
        });
    }

    @Test
    void everyCommandWithAKeyIsOnThePageWithEachOfItsKeys() {
        window.menuItemWithPath("Help", "Keyboard").click();
        DialogFixture page = window.dialog("keyboard");
        String words = words(page);
        KeyboardHelp help = new KeyboardHelp(Texts.in(""));
        int listed = 0;
        for (Command c : Command.values()) {
            if (c.keys().isEmpty()) {
                continue;
            }
            listed++;
            StringBuilder keys = new StringBuilder();
            for (KeyStroke k : c.keys()) {
                keys.append(keys.length() == 0 ? "" : ", ").append(help.keyText(k));
            }
            assertThat(words).as(c.name()).contains(keys + "\n" + help.commandText(c));
        }
        assertThat(listed).as("the transport's, the menus' and the zoom's").isGreaterThanOrEqualTo(15);
        assertThat(words).contains("Ctrl+L\nLessons", "←\nStep back", "Space, Ctrl+P\nPlay",
                "Ctrl+=, Ctrl++, Ctrl+keypad +\nZoom in", "F1\nKeyboard");
        assertThat(words).as("the keys that are no command").contains("Tab, Shift+Tab", "Alt+1\nthe tab “Step debugger”",
                "Alt+5", "F10", "Alt+R\nthe button Run training", "in the answer field", "in Stop when", "Escape");
        page.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> page.target().isShowing())).isFalse();
    }

    @Test
    void f1OpensThePageFromTheDiagramAndAt300PercentItStaysOnTheScreen() {
        GuiActionRunner.execute(() -> ((MainWindow) window.target()).ui().appearance().setZoom(3f));
        robot.focus(robot.finder().findByName(window.target(), "network.diagram", true));
        robot.pressAndReleaseKey(KeyEvent.VK_F1);
        DialogFixture page = window.dialog("keyboard");
        java.awt.Rectangle bounds = GuiActionRunner.execute(() -> page.target().getBounds());
        java.awt.Dimension screen = java.awt.Toolkit.getDefaultToolkit().getScreenSize();
        assertThat(bounds.x).isGreaterThanOrEqualTo(0);
        assertThat(bounds.y).isGreaterThanOrEqualTo(0);
        assertThat(bounds.x + bounds.width).isLessThanOrEqualTo(screen.width);
        assertThat(bounds.y + bounds.height).isLessThanOrEqualTo(screen.height);
        float pageFont = GuiActionRunner.execute(() -> page.textBox("keyboard.page").target().getFont().getSize2D());
        assertThat(pageFont).as("the page's text follows the zoom").isGreaterThan(30f);
        page.button("keyboard.close").click();
    }
}
