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
public final class StepAnnouncer {
    private static final String OWN_DESCRIPTION = "backstep.ownDescription";
    /** What this class last made the control say, to tell it from a description the app set since. */
    private static final String ANNOUNCED = "backstep.announced";
    /** Marks the diagram: its description is always the current step, which nothing else may replace. */
    private static final String SPEAKS_FOR_ITSELF = "backstep.speaksForItself";
    /** The text to say once the current event is handled; null when none waits. */
    private static String pending;

    private final java.awt.Window window;
    private final NetworkDiagram diagram;
    private final PropertyChangeListener restore = e -> restore(e.getOldValue());

    StepAnnouncer(java.awt.Window window, StepSession session, NetworkDiagram diagram) {
        this.window = window;
        this.diagram = diagram;
        diagram.putClientProperty(SPEAKS_FOR_ITSELF, Boolean.TRUE);
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
        // The diagram and the timeline speak for themselves; someone typing an answer is not interrupted.
        if (owner == diagram || owner instanceof JTextComponent || owner instanceof javax.swing.JSlider
                || owner == null || SwingUtilities.getWindowAncestor(owner) != window) {
            return;
        }
        announce(diagram.getAccessibleContext().getAccessibleDescription());
    }

    /**
     * Has a screen reader say {@code text} (the result of an answer, a finished training) through
     * the focused control's description, without moving the focus. Texts given while one event is
     * handled are coalesced, and only the last is said: a screen reader that reads the description
     * once per change would otherwise say the last text as often as it changed.
     */
    public static void announce(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean scheduled = pending != null;
        pending = text;
        if (!scheduled) {
            SwingUtilities.invokeLater(StepAnnouncer::sayPending);
        }
    }

    private static void sayPending() {
        String text = pending;
        pending = null;
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (!(owner instanceof JComponent control) || control.getClientProperty(SPEAKS_FOR_ITSELF) != null) {
            return;
        }
        AccessibleContext context = control.getAccessibleContext();
        if (control.getClientProperty(OWN_DESCRIPTION) == null) {
            String own = context.getAccessibleDescription();
            control.putClientProperty(OWN_DESCRIPTION, own == null ? "" : own);
        }
        control.putClientProperty(ANNOUNCED, text);
        // Fires the description change the screen reader listens for.
        context.setAccessibleDescription(text);
    }

    private static void restore(Object previousOwner) {
        if (!(previousOwner instanceof JComponent control) || control.getClientProperty(OWN_DESCRIPTION) == null) {
            return;
        }
        // Deferred until the bridge has told the screen reader about the new focus: changed while
        // the reader still follows this control, the old description would be read out.
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> {
            if (control.isFocusOwner() || !(control.getClientProperty(OWN_DESCRIPTION) instanceof String own)) {
                return; // back on it already: it keeps speaking for the step
            }
            AccessibleContext context = control.getAccessibleContext();
            boolean unchanged = java.util.Objects.equals(context.getAccessibleDescription(),
                    control.getClientProperty(ANNOUNCED));
            control.putClientProperty(OWN_DESCRIPTION, null);
            control.putClientProperty(ANNOUNCED, null);
            // The app may have given the control a newer description meanwhile (a guide stop's
            // position); that one stays.
            if (unchanged) {
                context.setAccessibleDescription(own.isEmpty() ? null : own);
            }
        }));
    }
}
