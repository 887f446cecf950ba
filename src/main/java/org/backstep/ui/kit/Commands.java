package org.backstep.ui.kit;

import java.awt.event.ActionEvent;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import org.backstep.ui.theme.Appearance;

/**
 * The window's commands: one Swing action per {@link Command}, which does what the panel that
 * owns the command said ({@link #define}) and is enabled or not in one place ({@link #enable});
 * its menu item, its button and its keys all use that action. One per window, on the Swing thread.
 */
public final class Commands {
    private final Texts texts;
    private final Appearance appearance;
    private final Map<Command, Action> actions = new EnumMap<>(Command.class);
    private final Map<Command, Runnable> handlers = new EnumMap<>(Command.class);

    public Commands(Texts texts, Appearance appearance) {
        this.texts = texts;
        this.appearance = appearance;
        for (Command c : Command.values()) {
            actions.put(c, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    Runnable handler = handlers.get(c);
                    if (handler != null && isEnabled()) {
                        handler.run();
                    }
                }
            });
        }
    }

    /** What {@code command} does from now on. */
    public void define(Command command, Runnable handler) {
        handlers.put(command, handler);
    }

    /** Enables or disables the command: its button, its menu item and its keys. */
    public void enable(Command command, boolean enabled) {
        actions.get(command).setEnabled(enabled);
    }

    /**
     * A button for {@code command}: its symbol or its words, its component name, accessible name,
     * tooltip and letter from the texts; enabled with the command.
     */
    public JButton button(Command command) {
        JButton b = new LiveButton(actions.get(command));
        texts.nameControl(b, command.key());
        if (command.icon() != null) {
            b.setText(null);
            b.setIcon(new TransportIcon(command.icon(), appearance));
        } else {
            b.setText(texts.get(command.key() + ".text"));
        }
        return b;
    }

    /** Ticks or unticks a command that is a choice (its check box menu item follows). */
    public void select(Command command, boolean selected) {
        actions.get(command).putValue(Action.SELECTED_KEY, selected);
    }

    /** Whether a command that is a choice is ticked. */
    public boolean isSelected(Command command) {
        return Boolean.TRUE.equals(actions.get(command).getValue(Action.SELECTED_KEY));
    }

    /** A check box menu item for a command that is a choice; ticked with {@link #select}. */
    public JMenuItem checkBoxItem(Command command) {
        JMenuItem item = new javax.swing.JCheckBoxMenuItem(actions.get(command));
        item.setText(texts.get(command.key()));
        item.setName(command.key());
        return item;
    }

    /** A menu item for {@code command}, with its first key as the shortcut. */
    public JMenuItem menuItem(Command command) {
        JMenuItem item = new JMenuItem(actions.get(command));
        item.setText(texts.get(command.key()));
        item.setName(command.key());
        item.setAccelerator(command.where() == Command.Where.MENU && !command.keys().isEmpty()
                ? command.keys().get(0) : null);
        return item;
    }

    /**
     * Binds, anywhere in the window, every key that is not a menu item's shortcut (those the menu
     * bar handles): the transport's keys, and the zoom's other keys.
     */
    public void bindKeys(JRootPane root) {
        InputMap keys = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        for (Command c : Command.values()) {
            int first = c.where() == Command.Where.MENU ? 1 : 0;
            for (KeyStroke stroke : c.keys().subList(Math.min(first, c.keys().size()), c.keys().size())) {
                keys.put(stroke, c.key());
            }
            root.getActionMap().put(c.key(), actions.get(c));
        }
    }
}
