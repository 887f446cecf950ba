package org.backstep.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.beans.PropertyChangeListener;
import javax.accessibility.AccessibleContext;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.backstep.ui.network.NetworkDiagram;
import org.backstep.ui.session.StepSession;

/**
 * Has a screen reader say each step wherever the student's focus is. A screen reader speaks a
 * change of the focused control's description, not a label's new text; so after every step the
 * focused control (a button, the timeline) briefly describes the step, as the diagram does, and
 * gets its own description back when the focus moves on. The focus itself never moves.
 */
final class StepAnnouncer {
    private static final String OWN_DESCRIPTION = "backstep.ownDescription";

    private final java.awt.Window window;
    private final NetworkDiagram diagram;
    private final PropertyChangeListener restore = e -> restore(e.getOldValue());

    StepAnnouncer(java.awt.Window window, StepSession session, NetworkDiagram diagram) {
        this.window = window;
        this.diagram = diagram;
        // Added after the diagram's own listener, so the diagram has described the new step already.
        session.addListener(change -> announce());
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", restore);
        window.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("focusOwner", restore);
            }
        });
    }

    private void announce() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        // The diagram speaks for itself; someone typing an answer is not interrupted.
        if (!(owner instanceof JComponent control) || owner == diagram || owner instanceof JTextComponent
                || SwingUtilities.getWindowAncestor(owner) != window) {
            return;
        }
        AccessibleContext context = control.getAccessibleContext();
        if (control.getClientProperty(OWN_DESCRIPTION) == null) {
            String own = context.getAccessibleDescription();
            control.putClientProperty(OWN_DESCRIPTION, own == null ? "" : own);
        }
        // Fires the description change the screen reader listens for.
        context.setAccessibleDescription(diagram.getAccessibleContext().getAccessibleDescription());
    }

    private static void restore(Object previousOwner) {
        if (previousOwner instanceof JComponent control && control.getClientProperty(OWN_DESCRIPTION) instanceof String own) {
            control.putClientProperty(OWN_DESCRIPTION, null);
            control.getAccessibleContext().setAccessibleDescription(own.isEmpty() ? null : own);
        }
    }
}
