package org.backstep.ui;

import static java.awt.event.KeyEvent.VK_ADD;
import static java.awt.event.KeyEvent.VK_DOWN;
import static java.awt.event.KeyEvent.VK_END;
import static java.awt.event.KeyEvent.VK_ENTER;
import static java.awt.event.KeyEvent.VK_EQUALS;
import static java.awt.event.KeyEvent.VK_ESCAPE;
import static java.awt.event.KeyEvent.VK_HOME;
import static java.awt.event.KeyEvent.VK_LEFT;
import static java.awt.event.KeyEvent.VK_MINUS;
import static java.awt.event.KeyEvent.VK_PAGE_DOWN;
import static java.awt.event.KeyEvent.VK_PAGE_UP;
import static java.awt.event.KeyEvent.VK_PLUS;
import static java.awt.event.KeyEvent.VK_RIGHT;
import static java.awt.event.KeyEvent.VK_SPACE;
import static java.awt.event.KeyEvent.VK_TAB;
import static java.awt.event.KeyEvent.VK_UP;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.KeyStroke;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Texts;

/**
 * Help ▸ Keyboard: every key of the window. The commands' keys and letters are read from the
 * {@link Command} registry and the tabs' from {@link Tab}, so the page can never drift from what
 * the keys do; the keys that belong to one control (Tab, the arrows in a table, Enter in the
 * answer field, F1 in "Stop when" …) are listed after them.
 */
final class KeyboardHelp {
    /** One line of the page: the keys, and what they do. */
    record Row(String keys, String what) {
    }

    /** A heading and its lines. */
    record Group(String title, List<Row> rows) {
    }

    private static final Map<Integer, String> NAMED = Map.ofEntries(Map.entry(VK_HOME, "home"),
            Map.entry(VK_END, "end"), Map.entry(VK_PAGE_UP, "pageUp"), Map.entry(VK_PAGE_DOWN, "pageDown"),
            Map.entry(VK_SPACE, "space"), Map.entry(VK_ENTER, "enter"), Map.entry(VK_ESCAPE, "escape"),
            Map.entry(VK_TAB, "tab"), Map.entry(VK_ADD, "keypadPlus"));
    private static final Map<Integer, String> SYMBOLS = Map.of(VK_LEFT, "←", VK_RIGHT, "→", VK_UP, "↑", VK_DOWN, "↓",
            VK_EQUALS, "=", VK_PLUS, "+", VK_MINUS, "−");

    private final Texts texts;

    KeyboardHelp(Texts texts) {
        this.texts = texts;
    }

    /** A key as the page writes it: "Ctrl+L", "Page Up" ("Bild↑" in German), "←". */
    String keyText(KeyStroke stroke) {
        StringBuilder text = new StringBuilder();
        if ((stroke.getModifiers() & InputEvent.CTRL_DOWN_MASK) != 0) {
            text.append(texts.get("keys.ctrl")).append('+');
        }
        if ((stroke.getModifiers() & InputEvent.SHIFT_DOWN_MASK) != 0) {
            text.append(texts.get("keys.shift")).append('+');
        }
        if ((stroke.getModifiers() & InputEvent.ALT_DOWN_MASK) != 0) {
            text.append("Alt+");
        }
        int code = stroke.getKeyCode();
        String name = NAMED.containsKey(code) ? texts.get("keys." + NAMED.get(code))
                : SYMBOLS.getOrDefault(code, KeyEvent.getKeyText(code));
        return text.append(name).toString();
    }

    /** What a command is called on the page: its menu item's words, or its button's name. */
    String commandText(Command c) {
        String words = c.where() == Command.Where.MENU ? texts.get(c.key()) : texts.get(c.key() + ".name");
        return words.replace("…", "").replace("...", "").trim();
    }

    List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(texts.get("keys.group.step"), commands(Command.Where.BUTTON)));
        groups.add(new Group(texts.get("keys.group.menus"), commands(Command.Where.MENU)));
        List<Row> around = new ArrayList<>();
        around.add(new Row(keyText(key(VK_TAB)) + ", " + texts.get("keys.shift") + "+" + keyText(key(VK_TAB)),
                texts.get("keys.tabMoves")));
        for (Tab tab : Tab.values()) {
            around.add(new Row("Alt+" + KeyEvent.getKeyText(tab.mnemonic()), texts.format("keys.tabOf", texts.get(tab.title()))));
        }
        around.add(new Row("F10", texts.get("keys.menuBar")));
        for (String menu : List.of("menu.file", "menu.view", "menu.help")) {
            around.add(new Row("Alt+" + texts.get(menu + ".mnemonic"), texts.format("keys.menu", texts.get(menu))));
        }
        for (Command c : Command.values()) {
            String letter = texts.getOr(c.key() + ".mnemonic", null);
            if (letter != null) {
                around.add(new Row("Alt+" + letter, texts.format("keys.button", texts.get(c.key() + ".text"))));
            }
        }
        around.add(new Row(keyText(key(VK_SPACE)) + ", " + keyText(key(VK_ENTER)), texts.get("keys.pressButton")));
        around.add(new Row(keyText(key(VK_ESCAPE)), texts.get("keys.closeDialog")));
        groups.add(new Group(texts.get("keys.group.around"), around));
        List<Row> controls = new ArrayList<>();
        controls.add(new Row("↑, ↓, ←, →", texts.get("keys.tableRows")));
        controls.add(new Row(keyText(key(VK_ENTER)), texts.get("keys.answer")));
        controls.add(new Row(keyText(key(VK_ENTER)), texts.get("keys.stopWhen")));
        controls.add(new Row(keyText(key(VK_ESCAPE)), texts.get("keys.stopWhenClear")));
        controls.add(new Row("F1", texts.get("keys.stopWhenHelp")));
        controls.add(new Row(keyText(key(VK_ENTER)), texts.get("keys.lessonList")));
        controls.add(new Row("↑, ↓, ←, →, " + keyText(key(VK_PAGE_UP)) + ", " + keyText(key(VK_PAGE_DOWN)) + ", "
                + keyText(key(VK_HOME)) + ", " + keyText(key(VK_END)), texts.get("keys.zoomedPage")));
        groups.add(new Group(texts.get("keys.group.controls"), controls));
        return groups;
    }

    /** Every command of this kind with keys, each key of it named. */
    private List<Row> commands(Command.Where where) {
        List<Row> rows = new ArrayList<>();
        for (Command c : Command.values()) {
            if (c.where() == where && !c.keys().isEmpty()) {
                List<String> keys = new ArrayList<>();
                c.keys().forEach(k -> keys.add(keyText(k)));
                rows.add(new Row(String.join(", ", keys), commandText(c)));
            }
        }
        return rows;
    }

    private static KeyStroke key(int code) {
        return KeyStroke.getKeyStroke(code, 0);
    }

    String html() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<p>").append(Texts.escapeHtml(texts.get("keys.intro"))).append("</p>");
        // One table for every group, so the keys stand in one column down the whole page.
        html.append("<table cellpadding='3'>");
        for (Group group : groups()) {
            html.append("<tr><td colspan='2'><h2>").append(Texts.escapeHtml(group.title())).append("</h2></td></tr>");
            for (Row row : group.rows()) {
                html.append("<tr><td valign='top'><b>").append(Texts.escapeHtml(row.keys()))
                        .append("</b></td><td valign='top'>").append(Texts.escapeHtml(row.what())).append("</td></tr>");
            }
        }
        return html.append("</table></body></html>").toString();
    }
}
