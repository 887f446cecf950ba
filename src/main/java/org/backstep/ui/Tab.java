package org.backstep.ui;

import java.awt.event.KeyEvent;

/** The window's tabs, in order, each with the key of its title and its letter (Alt+1 …). */
enum Tab {
    DEBUGGER("tab.debugger", KeyEvent.VK_1),
    TRAINING("tab.training", KeyEvent.VK_2),
    CONCEPT("tab.concept", KeyEvent.VK_3),
    GLOSSARY("tab.glossary", KeyEvent.VK_4),
    INSIGHT("tab.insight", KeyEvent.VK_5),
    LANDSCAPE("tab.landscape", KeyEvent.VK_6);

    private final String title;
    private final int mnemonic;

    Tab(String title, int mnemonic) {
        this.title = title;
        this.mnemonic = mnemonic;
    }

    String title() {
        return title;
    }

    int mnemonic() {
        return mnemonic;
    }

    /** The tab at {@code index} of the tab strip. */
    static Tab at(int index) {
        return values()[index];
    }
}
