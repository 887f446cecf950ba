package org.backstep.ui.kit;

import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;

/**
 * Makes a label's or a button's HTML text wrap to a given width and ask for the height that takes.
 * Swing lays HTML text out on one line unless told a width, and no layout manager asks a label for
 * its height at a width; so whoever knows the width (on a resize, a new zoom) calls {@link #fit}.
 */
public final class HtmlWrap {
    private HtmlWrap() {
    }

    /** Asks {@code c} to be at most {@code width} pixels wide, as high as its wrapped text needs. */
    public static void fit(JComponent c, int width) {
        c.setPreferredSize(null);
        View view = (View) c.getClientProperty(BasicHTML.propertyKey);
        if (view == null || width <= 0) {
            return;
        }
        Insets in = c.getInsets();
        int extra = in.left + in.right;
        int iconHeight = 0;
        if (c instanceof AbstractButton b && b.getIcon() == null && !(b instanceof javax.swing.JButton)) {
            Icon icon = UIManager.getIcon(b instanceof JCheckBox ? "CheckBox.icon" : "RadioButton.icon");
            if (icon != null) {
                extra += icon.getIconWidth() + b.getIconTextGap();
                iconHeight = icon.getIconHeight();
            }
        }
        int textWidth = Math.max(20, width - extra);
        view.setSize(textWidth, 0);
        int height = (int) Math.ceil(view.getPreferredSpan(View.Y_AXIS));
        int natural = (int) Math.ceil(view.getPreferredSpan(View.X_AXIS));
        c.setPreferredSize(new Dimension(Math.min(width, natural + extra),
                Math.max(height, iconHeight) + in.top + in.bottom));
        c.revalidate();
    }
}
