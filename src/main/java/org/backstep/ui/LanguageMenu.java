package org.backstep.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JRadioButtonMenuItem;
import org.backstep.ui.kit.Texts;

/** View ▸ Language: the system's language, or one of the shipped ones, each named in itself. */
final class LanguageMenu {
    private LanguageMenu() {
    }

    /** The menu; picking an item calls {@code choose} with its tag ("" for the system's). */
    static JMenu create(Texts texts, Consumer<String> choose) {
        JMenu menu = new JMenu(texts.get("menu.language"));
        menu.setName("menu.language");
        ButtonGroup group = new ButtonGroup();
        String system = texts.get("language.name." + Texts.systemLanguage());
        add(menu, group, "", texts.format("menu.language.system", system), texts, choose);
        menu.addSeparator();
        for (String tag : Texts.LANGUAGES) {
            add(menu, group, tag, texts.get("language.name." + tag), texts, choose);
        }
        return menu;
    }

    private static void add(JMenu menu, ButtonGroup group, String tag, String text, Texts texts,
                            Consumer<String> choose) {
        JRadioButtonMenuItem item = new JRadioButtonMenuItem(text);
        item.setName(tag.isEmpty() ? "menu.language.system" : "menu.language." + tag);
        // Screen readers switch voice by the item's language where they can.
        if (!tag.isEmpty()) {
            item.setLocale(Locale.forLanguageTag(tag));
        }
        item.setSelected(tag.equals(texts.chosenLanguage()));
        item.addActionListener(e -> {
            if (!tag.equals(texts.chosenLanguage())) {
                choose.accept(tag);
            }
        });
        group.add(item);
        menu.add(item);
    }
}
