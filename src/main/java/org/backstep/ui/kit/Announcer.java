package org.backstep.ui.kit;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.beans.PropertyChangeListener;
import javax.accessibility.AccessibleContext;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Has a screen reader say a text (the result of an answer, a finished training, the step) wherever
 * the student's focus is in one window. A screen reader speaks a change of the focused control's
 * description, not a label's new text; so the focused control briefly describes the text and gets
 * its own description back when the focus moves on. The focus itself never moves. One per window;
 * used on the Swing thread.
 */
public final class Announcer {
    private static final String OWN_DESCRIPTION = "backstep.ownDescription";
    /** What this class last made the control say, to tell it from a description the app set since. */
    private static final String ANNOUNCED = "backstep.announced";
    /** Marks a control whose description always says the current step, which nothing else may replace. */
    private static final String SPEAKS_FOR_ITSELF = "backstep.speaksForItself";

    private final PropertyChangeListener restore = e -> restore(e.getOldValue());
    /** The text to say once the current event is handled; null when none waits. */
    private String pending;

    /** Starts following the focus in {@code window}, to give controls their own descriptions back, until it closes. */
    public void follow(Window window) {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", restore);
        window.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("focusOwner", restore);
            }
        });
    }

    /** Marks {@code control} as saying the step itself (the diagram): nothing is announced through it. */
    public static void speaksForItself(JComponent control) {
        control.putClientProperty(SPEAKS_FOR_ITSELF, Boolean.TRUE);
    }

    /**
     * Has a screen reader say {@code text} through the focused control's description. Texts given
     * while one event is handled are coalesced, and only the last is said: a screen reader that
     * reads the description once per change would otherwise say the last text as often as it changed.
     */
    public void announce(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean scheduled = pending != null;
        pending = text;
        if (!scheduled) {
            SwingUtilities.invokeLater(this::sayPending);
        }
    }

    private void sayPending() {
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
