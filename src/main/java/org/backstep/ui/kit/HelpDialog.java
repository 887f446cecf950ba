package org.backstep.ui.kit;

import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * A page of help over the window: an HTML text that takes the focus (so a screen reader reads it
 * and the arrows scroll it), in the window's font and zoom, and a Close button; Escape closes it
 * too. The text is made by whoever opens it, from the window's own registry and lesson, so it
 * says what the window does.
 */
public final class HelpDialog extends JDialog {
    private final JEditorPane page = new JEditorPane("text/html", "");

    /**
     * @param name component name of the dialog; its text is {@code name + ".page"}, its button
     *             {@code name + ".close"}
     */
    public HelpDialog(Window owner, Texts texts, String name, String title, String html) {
        super(owner, title, ModalityType.APPLICATION_MODAL);
        setName(name);
        page.setName(name + ".page");
        page.setEditable(false);
        // The window's font at the window's zoom, not the HTML kit's own small serif.
        page.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        page.setText(html);
        page.setCaretPosition(0);
        page.getAccessibleContext().setAccessibleName(title);
        FocusRepaint.install(page);
        JButton close = new LiveButton(texts.get("help.close.text"));
        texts.nameControl(close, "help.close");
        close.setName(name + ".close");
        close.addActionListener(e -> dispose());
        JPanel content = new JPanel(new MigLayout("insets 12, fill, wrap 1", "[grow, fill]", "[grow, fill][]"));
        JScrollPane scroll = new JScrollPane(page);
        int em = page.getFont().getSize();
        scroll.setPreferredSize(new Dimension(44 * em, 30 * em));
        content.add(scroll);
        content.add(close, "align right, growx 0");
        setContentPane(content);
        getRootPane().setDefaultButton(close);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        // As large as the text wants, within the screen: at 300 % on a projector the page scrolls.
        Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        Dimension wanted = getPreferredSize();
        setSize(Math.min(wanted.width, screen.width - 80), Math.min(wanted.height, screen.height - 80));
        setLocationRelativeTo(owner);
        SwingUtilities.invokeLater(page::requestFocusInWindow);
    }

    /** Opens the page over {@code over}'s window and waits until it is closed. */
    public static void show(JComponent over, Texts texts, String name, String title, String html) {
        new HelpDialog(SwingUtilities.getWindowAncestor(over), texts, name, title, html).setVisible(true);
    }
}
