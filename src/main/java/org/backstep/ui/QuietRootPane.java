package org.backstep.ui;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JLayeredPane;
import javax.swing.JRootPane;

/**
 * A root pane whose layered pane a screen reader passes over like any plain panel. With the stock
 * one, Orca said "layered pane" before the first control a student reached in the window: a
 * Swing detail that tells the student nothing.
 */
final class QuietRootPane extends JRootPane {
    @Override
    protected JLayeredPane createLayeredPane() {
        return new JLayeredPane() {
            @Override
            public AccessibleContext getAccessibleContext() {
                if (accessibleContext == null) {
                    accessibleContext = new AccessibleJComponent() {
                        @Override
                        public AccessibleRole getAccessibleRole() {
                            return AccessibleRole.PANEL;
                        }
                    };
                }
                return accessibleContext;
            }
        };
    }
}
