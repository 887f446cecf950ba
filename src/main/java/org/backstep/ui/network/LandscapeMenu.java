package org.backstep.ui.network;

import java.util.function.BiConsumer;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import org.backstep.engine.NetworkShape;
import org.backstep.lesson.QuantityNames;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.LandscapeChoice.Axis;
import org.backstep.ui.session.StepSession;

/**
 * The diagram's menu for a weight (right-click its edge) or a bias (right-click its node): show
 * it across or up the loss landscape. The diagram only says which parameter was asked for; the
 * window puts it on the landscape.
 */
final class LandscapeMenu {
    private final Texts texts;
    private final StepSession session;
    private BiConsumer<Integer, Axis> request;

    LandscapeMenu(Texts texts, StepSession session) {
        this.texts = texts;
        this.session = session;
    }

    void setRequest(BiConsumer<Integer, Axis> newRequest) {
        request = newRequest;
    }

    /** The parameter behind a node ({column, index}) or an edge ({layer, to, from}); -1 for an input. */
    int parameterOf(int[] node, int[] edge) {
        NetworkShape shape = session.lesson().shape();
        if (edge != null) {
            return shape.weightIndex(edge[0], edge[1], edge[2]);
        }
        return node != null && node[0] > 0 ? shape.biasIndex(node[0] - 1, node[1]) : -1;
    }

    /** Opens the menu at {@code (x, y)} of {@code on} for {@code parameter}, if it is one training moves. */
    void show(JComponent on, int parameter, int x, int y) {
        NetworkShape shape = session.lesson().shape();
        if (request == null || parameter < 0 || !shape.isTrainable(parameter)) {
            return;
        }
        String name = new QuantityNames(session.lesson(), session.log().quantities()).parameter(parameter);
        JPopupMenu menu = new JPopupMenu();
        menu.setName("network.landscape");
        menu.add(item("network.landscape.across", name, () -> request.accept(parameter, Axis.ACROSS)));
        menu.add(item("network.landscape.up", name, () -> request.accept(parameter, Axis.UP)));
        menu.show(on, x, y);
    }

    private JMenuItem item(String key, String name, Runnable action) {
        JMenuItem item = new JMenuItem(texts.format(key, name));
        item.setName(key);
        item.addActionListener(e -> action.run());
        return item;
    }
}
