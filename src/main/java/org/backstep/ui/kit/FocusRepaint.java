package org.backstep.ui.kit;

import java.awt.event.FocusEvent;
import java.awt.event.FocusListener;
import javax.swing.JComponent;

/** Repaints a component whose own painting shows the keyboard focus (a ring) as the focus comes and goes. */
public final class FocusRepaint implements FocusListener {
    private final JComponent component;

    private FocusRepaint(JComponent component) {
        this.component = component;
    }

    public static void install(JComponent component) {
        component.addFocusListener(new FocusRepaint(component));
    }

    @Override
    public void focusGained(FocusEvent e) {
        component.repaint();
    }

    @Override
    public void focusLost(FocusEvent e) {
        component.repaint();
    }
}
