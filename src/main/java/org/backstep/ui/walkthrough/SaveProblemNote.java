package org.backstep.ui.walkthrough;

import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.backstep.lesson.ProgressStore;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.HtmlWrap;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;

/**
 * A line in the guide while the progress cannot be saved: a lab grades from that file, so a save
 * that failed is said (once to a screen reader) with the folder and the reason, never swallowed.
 * Hidden again once a save works. Wraps to the width of {@code around}.
 */
final class SaveProblemNote extends JLabel {
    private final Texts texts;
    private final Announcer announcer;
    private final ProgressStore store;
    private final JComponent around;

    SaveProblemNote(UiContext ui, JComponent around) {
        this.texts = ui.texts();
        this.announcer = ui.announcer();
        this.store = ui.progress();
        this.around = around;
        setName("walkthrough.saveProblem");
        setVisible(false);
        putClientProperty("FlatLaf.styleClass", "small");
        around.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                HtmlWrap.fit(SaveProblemNote.this, around.getWidth() - 16);
            }
        });
    }

    /** What the last save said: null when it worked, or why it did not. */
    void show(String problem) {
        boolean failed = problem != null;
        String said = failed ? texts.format("walkthrough.saveFailed", store.folder(), problem) : "";
        if (failed && !isVisible()) {
            announcer.announce(said);
        }
        setText(failed ? "<html>" + Texts.escapeHtml(said) + "</html>" : "");
        setVisible(failed);
        HtmlWrap.fit(this, around.getWidth() - 16);
    }
}
