package org.backstep.ui.kit;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JTabbedPane;

/** Tabbed panes around a component. */
public final class Tabs {
    private Tabs() {
    }

    /** Selects, in every tabbed pane around {@code c}, the tab that holds it, so it is in front. */
    public static void bringToFront(Component c) {
        Component child = c;
        for (Container parent = c.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof JTabbedPane tabs) {
                tabs.setSelectedComponent(child);
            }
            child = parent;
        }
    }
}
