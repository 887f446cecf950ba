package org.backstep.ui;

import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JRadioButtonMenuItem;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.theme.Appearance;

/** The window's menu bar: File, View and Help, each item made from its {@link Command}. */
final class WindowMenus {
    private WindowMenus() {
    }

    /**
     * @param chooseTheme    called with a theme picked in View
     * @param chooseLanguage called with a language tag picked in View ▸ Language ("" for the system's)
     */
    static JMenuBar create(Texts texts, Commands commands, Appearance appearance, Consumer<Appearance.Theme> chooseTheme,
                           Consumer<String> chooseLanguage) {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu(texts, "menu.file");
        add(file, commands, Command.LESSONS, Command.OPEN, Command.ADD_LESSON_FOLDER, Command.VALIDATE, null,
                Command.SAVE_LESSON, Command.ADD_STOP, null, Command.EXPORT_RESULTS, Command.CLASS_RESULTS, null,
                Command.EXPORT_DIAGRAM, Command.EXPORT_CHART, Command.EXPORT_WORKSHEET, Command.EXPORT_JSONL,
                Command.EXPORT_CSV, null, Command.QUIT);
        bar.add(file);

        JMenu view = menu(texts, "menu.view");
        ButtonGroup themes = new ButtonGroup();
        for (Appearance.Theme theme : Appearance.Theme.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(texts.get("menu.theme." + theme.name()));
            item.setName("menu.theme." + theme.name());
            item.setSelected(appearance.theme() == theme);
            item.addActionListener(e -> chooseTheme.accept(theme));
            themes.add(item);
            view.add(item);
        }
        view.addSeparator();
        add(view, commands, Command.ZOOM_IN, Command.ZOOM_OUT, Command.ZOOM_RESET);
        view.addSeparator();
        view.add(commands.checkBoxItem(Command.EDGE_LABELS));
        view.addSeparator();
        view.add(LanguageMenu.create(texts, chooseLanguage));
        bar.add(view);

        JMenu help = menu(texts, "menu.help");
        add(help, commands, Command.KEYBOARD, Command.ABOUT);
        bar.add(help);
        return bar;
    }

    /** The commands' items in order; null draws a separator. */
    private static void add(JMenu menu, Commands commands, Command... items) {
        for (Command c : items) {
            if (c == null) {
                menu.addSeparator();
            } else {
                menu.add(commands.menuItem(c));
            }
        }
    }

    private static JMenu menu(Texts texts, String key) {
        JMenu menu = new JMenu(texts.get(key));
        menu.setName(key);
        // Each language picks a letter of its own word (File → F, Datei → D).
        menu.setMnemonic(KeyEvent.getExtendedKeyCodeForChar(texts.get(key + ".mnemonic").charAt(0)));
        return menu;
    }
}
