package org.backstep.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.network.NetworkDiagram;
import org.backstep.ui.session.StepSession;

/**
 * Has a screen reader say each step wherever the student's focus is: after every change of the
 * session, the focused control (a button, the timeline) briefly describes the step as the diagram
 * does (see {@link Announcer}).
 */
final class StepAnnouncer {
    private final java.awt.Window window;
    private final NetworkDiagram diagram;
    private final Announcer announcer;

    StepAnnouncer(java.awt.Window window, StepSession session, NetworkDiagram diagram, Announcer announcer) {
        this.window = window;
        this.diagram = diagram;
        this.announcer = announcer;
        Announcer.speaksForItself(diagram);
        // Added after the diagram's own listener, so the diagram has described the new step already.
        session.addListener((change, origin) -> announce());
        announcer.follow(window);
    }

    private void announce() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        // The diagram and the timeline speak for themselves; someone typing an answer is not interrupted.
        if (owner == diagram || owner instanceof JTextComponent || owner instanceof javax.swing.JSlider
                || owner == null || SwingUtilities.getWindowAncestor(owner) != window) {
            return;
        }
        announcer.announce(diagram.getAccessibleContext().getAccessibleDescription());
    }
}
