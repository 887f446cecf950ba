package org.backstep.ui.kit;

import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.KeyEvent.VK_0;
import static java.awt.event.KeyEvent.VK_ADD;
import static java.awt.event.KeyEvent.VK_END;
import static java.awt.event.KeyEvent.VK_F1;
import static java.awt.event.KeyEvent.VK_EQUALS;
import static java.awt.event.KeyEvent.VK_HOME;
import static java.awt.event.KeyEvent.VK_K;
import static java.awt.event.KeyEvent.VK_L;
import static java.awt.event.KeyEvent.VK_LEFT;
import static java.awt.event.KeyEvent.VK_MINUS;
import static java.awt.event.KeyEvent.VK_O;
import static java.awt.event.KeyEvent.VK_P;
import static java.awt.event.KeyEvent.VK_PAGE_DOWN;
import static java.awt.event.KeyEvent.VK_PAGE_UP;
import static java.awt.event.KeyEvent.VK_PLUS;
import static java.awt.event.KeyEvent.VK_Q;
import static java.awt.event.KeyEvent.VK_RIGHT;
import static java.awt.event.KeyEvent.VK_S;
import static java.awt.event.KeyEvent.VK_SPACE;

import java.util.List;
import javax.swing.KeyStroke;

/**
 * Every action of the window, one row each: the key of its texts in the bundles (a menu item's
 * text is {@code key}; a button's {@code key.text}, {@code key.name}, {@code key.tip} and
 * {@code key.mnemonic}), the symbol a button draws, and its keys. A menu command's first key is
 * the menu item's shortcut; every other key works anywhere in the window (a text field keeps its
 * own). One {@link Commands} per window binds each row to what it does; the menus, the buttons
 * and the keys are all made from it. (After jadx's {@code ActionModel}.)
 */
public enum Command {
    LESSONS("menu.lessons", Where.MENU, null, ctrl(VK_L)),
    OPEN("menu.open", Where.MENU, null, ctrl(VK_O)),
    ADD_LESSON_FOLDER("menu.addLessonFolder", Where.MENU, null),
    VALIDATE("menu.validate", Where.MENU, null),
    SAVE_LESSON("menu.saveLesson", Where.MENU, null, ctrl(VK_S)),
    ADD_STOP("menu.addStop", Where.MENU, null, ctrl(VK_K)),
    EXPORT_RESULTS("menu.exportResults", Where.MENU, null),
    CLASS_RESULTS("menu.classResults", Where.MENU, null),
    EXPORT_DIAGRAM("menu.exportDiagram", Where.MENU, null),
    EXPORT_CHART("menu.exportChart", Where.MENU, null),
    EXPORT_WORKSHEET("menu.exportWorksheet", Where.MENU, null),
    EXPORT_JSONL("menu.exportJsonl", Where.MENU, null),
    EXPORT_CSV("menu.exportCsv", Where.MENU, null),
    QUIT("menu.quit", Where.MENU, null, ctrl(VK_Q)),
    ZOOM_IN("menu.zoomIn", Where.MENU, null, ctrl(VK_EQUALS), ctrl(VK_PLUS), ctrl(VK_ADD)),
    ZOOM_OUT("menu.zoomOut", Where.MENU, null, ctrl(VK_MINUS)),
    ZOOM_RESET("menu.zoomReset", Where.MENU, null, ctrl(VK_0)),
    EDGE_LABELS("menu.edgeLabels", Where.MENU, null),
    KEYBOARD("menu.keyboard", Where.MENU, null, key(VK_F1)),
    ABOUT("menu.about", Where.MENU, null),

    REWIND("transport.rewind", Where.BUTTON, TransportIcon.Shape.REWIND, key(VK_HOME)),
    PREVIOUS_PHASE("transport.prevPhase", Where.BUTTON, TransportIcon.Shape.PREVIOUS_PHASE, key(VK_PAGE_UP)),
    BACK("transport.back", Where.BUTTON, TransportIcon.Shape.BACK, key(VK_LEFT)),
    PLAY("transport.play", Where.BUTTON, TransportIcon.Shape.PLAY, key(VK_SPACE), ctrl(VK_P)),
    FORWARD("transport.forward", Where.BUTTON, TransportIcon.Shape.FORWARD, key(VK_RIGHT)),
    NEXT_PHASE("transport.nextPhase", Where.BUTTON, TransportIcon.Shape.NEXT_PHASE, key(VK_PAGE_DOWN)),
    END("transport.end", Where.BUTTON, TransportIcon.Shape.END, key(VK_END)),
    FORWARD_PASS("transport.forwardPass", Where.BUTTON, null),
    BACKWARD_PASS("transport.backwardPass", Where.BUTTON, null),

    GUIDE_PREVIOUS("walkthrough.previous", Where.BUTTON, null),
    GUIDE_NEXT("walkthrough.next", Where.BUTTON, null),
    GUIDE_RESTART("walkthrough.restart", Where.BUTTON, null),
    GUIDE_BACK_TO_LESSON("walkthrough.back", Where.BUTTON, null),
    CHECK("walkthrough.check", Where.BUTTON, null),
    REVEAL("walkthrough.reveal", Where.BUTTON, null),

    TRAIN("training.run", Where.BUTTON, null),
    CANCEL_TRAINING("training.cancel", Where.BUTTON, null),
    RESET_LESSON("training.reset", Where.BUTTON, null),
    COMPARE_RATES("training.compare", Where.BUTTON, null),
    COMPARE_OPTIMIZERS("training.compareOptimizers", Where.BUTTON, null),
    SHOW_DIVERGENCE("training.showDivergence", Where.BUTTON, null),

    LANDSCAPE_STEEPEST("landscape.steepest", Where.BUTTON, null);

    /** Where a command shows: as a menu item, or as a button on a panel. */
    public enum Where { MENU, BUTTON }

    private final String key;
    private final Where where;
    private final TransportIcon.Shape icon;
    private final List<KeyStroke> keys;

    Command(String key, Where where, TransportIcon.Shape icon, KeyStroke... keys) {
        this.key = key;
        this.where = where;
        this.icon = icon;
        this.keys = List.of(keys);
    }

    private static KeyStroke key(int code) {
        return KeyStroke.getKeyStroke(code, 0);
    }

    private static KeyStroke ctrl(int code) {
        return KeyStroke.getKeyStroke(code, CTRL_DOWN_MASK);
    }

    /** The key of its texts, and the component name of its menu item or button. */
    public String key() {
        return key;
    }

    public Where where() {
        return where;
    }

    /** The symbol its button draws, or null for a button with words. */
    public TransportIcon.Shape icon() {
        return icon;
    }

    /** Its keys; for a menu command the first is the menu item's shortcut. */
    public List<KeyStroke> keys() {
        return keys;
    }
}
