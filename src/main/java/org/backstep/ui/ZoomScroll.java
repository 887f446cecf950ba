package org.backstep.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import org.backstep.ui.kit.Texts;

/**
 * A tab's content that fills the window while it fits and scrolls, like a zoomed web page, once the
 * zoom makes it larger than the window (a projector at 300 % on a 1366 × 768 screen): nothing is cut
 * off, and the window never grows past the screen.
 */
final class ZoomScroll extends JScrollPane {
    private final Holder holder = new Holder();

    static {
        // Keyboard users: a control that takes the focus is scrolled into view.
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", e -> {
            if (e.getNewValue() instanceof javax.swing.JComponent focused
                    && javax.swing.SwingUtilities.getAncestorOfClass(ZoomScroll.class, focused) != null) {
                focused.scrollRectToVisible(new Rectangle(focused.getWidth(), focused.getHeight()));
            }
        });
    }

    ZoomScroll(Texts texts, Component content) {
        setViewportView(holder);
        getVerticalScrollBar().setUnitIncrement(24);
        getHorizontalScrollBar().setUnitIncrement(24);
        setContent(content);
        // Text that takes no focus (an intro, a chart) must still be reachable without a mouse:
        // while the content is larger than the window, the area itself is a Tab stop that
        // scrolls with the arrows, Page Up/Down, Home and End.
        getViewport().addChangeListener(e -> setFocusable(scrolls()));
        setFocusable(false);
        getAccessibleContext().setAccessibleName(texts.get("zoom.scrollArea"));
        getAccessibleContext().setAccessibleDescription(texts.get("zoom.scrollArea.tip"));
        addFocusListener(new java.awt.event.FocusListener() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                showFocus(true);
            }

            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                showFocus(false);
            }
        });
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // The arrows, Page Up/Down, Home and End step the lesson; as an ancestor of the focused
        // control, a scroll pane would take them first. Only when it has the focus itself do they scroll.
        setInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, new javax.swing.InputMap());
        javax.swing.InputMap own = new javax.swing.InputMap();
        bind(own, "UP", "unitScrollUp");
        bind(own, "DOWN", "unitScrollDown");
        bind(own, "LEFT", "unitScrollLeft");
        bind(own, "RIGHT", "unitScrollRight");
        bind(own, "PAGE_UP", "scrollUp");
        bind(own, "PAGE_DOWN", "scrollDown");
        bind(own, "HOME", "scrollHome");
        bind(own, "END", "scrollEnd");
        setInputMap(WHEN_FOCUSED, own);
        showFocus(isFocusOwner());
    }

    private static void bind(javax.swing.InputMap map, String key, String action) {
        map.put(javax.swing.KeyStroke.getKeyStroke(key), action);
    }

    private void showFocus(boolean focused) {
        int ring = 2;
        java.awt.Color colour = javax.swing.UIManager.getColor("Component.focusColor");
        setBorder(focused && colour != null ? javax.swing.BorderFactory.createLineBorder(colour, ring)
                : javax.swing.BorderFactory.createEmptyBorder(ring, ring, ring, ring));
    }

    /** Whether the content is wider than the window, so the page must be scrolled sideways. */
    boolean scrollsSideways() {
        return !holder.getScrollableTracksViewportWidth();
    }

    /** Whether the content is larger than the window in either direction. */
    boolean scrolls() {
        return !holder.getScrollableTracksViewportWidth() || !holder.getScrollableTracksViewportHeight();
    }

    void setContent(Component content) {
        holder.removeAll();
        holder.add(content, BorderLayout.CENTER);
        holder.revalidate();
        holder.repaint();
    }

    Component content() {
        return holder.getComponentCount() == 0 ? null : holder.getComponent(0);
    }

    @Override
    public Dimension getMinimumSize() {
        // Small, so the content's own minimum (which grows with the zoom) never forces the window larger.
        return new Dimension(200, 150);
    }

    /** Tracks the viewport in each direction as long as the content's minimum size fits in it. */
    private static final class Holder extends JPanel implements Scrollable {
        Holder() {
            super(new BorderLayout());
        }

        private Dimension contentMinimum() {
            return getComponentCount() == 0 ? new Dimension() : getComponent(0).getMinimumSize();
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 24;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height * 9 / 10 : visible.width * 9 / 10;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return getParent() instanceof JViewport v && v.getWidth() >= contentMinimum().width;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof JViewport v && v.getHeight() >= contentMinimum().height;
        }

        @Override
        public Dimension getPreferredSize() {
            // When scrolling, the content is laid out at its minimum size (the smallest it is whole at).
            Dimension preferred = super.getPreferredSize();
            if (getParent() instanceof JViewport v) {
                Dimension min = contentMinimum();
                return new Dimension(v.getWidth() >= min.width ? preferred.width : min.width,
                        v.getHeight() >= min.height ? preferred.height : min.height);
            }
            return preferred;
        }
    }
}
