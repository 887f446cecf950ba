package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Dialogs as a student closes them, on a machine that may be slow. */
final class Dialogs {
    private Dialogs() {
    }

    /** Moves the mouse off the control it clicked, so its tooltip cannot come up over a dialog. */
    static void awayFromTooltips(Robot robot, FrameFixture window) {
        robot.moveMouse(window.menuItem("menu.file").target());
        GuiActionRunner.execute(() -> {
            javax.swing.ToolTipManager.sharedInstance().setEnabled(false);
            javax.swing.ToolTipManager.sharedInstance().setEnabled(true);
        });
        robot.waitForIdle();
    }

    /**
     * Clicks OK until the dialog has closed. On a busy machine the dialog may still be settling
     * when the first click arrives; a student would click again, and so does the test (at most
     * three times, the last time with the keyboard, OK being the dialog's focused button).
     */
    static void closeWithOk(Robot robot, JOptionPaneFixture dialog) {
        for (int attempt = 0; attempt < 3 && GuiActionRunner.execute(() -> dialog.target().isShowing()); attempt++) {
            robot.waitForIdle();
            if (attempt < 2) {
                dialog.okButton().click();
            } else {
                dialog.okButton().pressAndReleaseKeys(java.awt.event.KeyEvent.VK_SPACE);
            }
            try {
                Pause.pause(new Condition("the dialog closes") {
                    @Override
                    public boolean test() {
                        return !GuiActionRunner.execute(() -> dialog.target().isShowing());
                    }
                }, Timeout.timeout(4, TimeUnit.SECONDS));
            } catch (org.assertj.swing.exception.WaitTimedOutError stillOpen) {
                // clicked too early: try again
            }
        }
        assertThat(GuiActionRunner.execute(() -> dialog.target().isShowing())).as("the dialog closed").isFalse();
    }
}
