package org.backstep.ui.kit;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleState;
import javax.accessibility.AccessibleStateSet;
import javax.swing.Action;
import javax.swing.JButton;

/**
 * A button that is enabled and disabled as the student works (Step back, Check, Run …).
 * java-atk-wrapper tells AT-SPI that such a button became "enabled" but not that it became
 * "sensitive", and screen readers cache the state set, so Orca kept calling a usable button
 * "grayed". Marked transient, its states are asked afresh every time instead of cached.
 * (Java's documentation lets a transient object skip firing events; this one still fires them,
 * and java-atk-wrapper listens on every object: the Orca tour in CI hears its step announcements.)
 */
public class LiveButton extends JButton {
    public LiveButton(String text) {
        super(text);
    }

    public LiveButton(Action action) {
        super(action);
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJButton() {
                @Override
                public AccessibleStateSet getAccessibleStateSet() {
                    AccessibleStateSet states = super.getAccessibleStateSet();
                    states.add(AccessibleState.TRANSIENT);
                    return states;
                }
            };
        }
        return accessibleContext;
    }
}
