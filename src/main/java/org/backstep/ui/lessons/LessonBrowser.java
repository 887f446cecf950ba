package org.backstep.ui.lessons;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.ProgressStore;
import org.backstep.ui.kit.LiveButton;
import org.backstep.ui.kit.TextColumns;
import org.backstep.ui.kit.Texts;

/**
 * The list of lessons a student or teacher picks from: title, length, how far this user got,
 * and the learning goals of the selected one. It opens by itself the first time Backstep starts,
 * and from File ▸ Lessons….
 */
public final class LessonBrowser extends JDialog {
    private final Texts texts;
    private final List<Lesson> lessons;
    private final ProgressStore.Progress[] progress;
    private final JTable table;
    private final JEditorPane goals = new JEditorPane("text/html", "");
    private final Consumer<String> open;

    /**
     * @param open    opens a bundled lesson by id in the window
     * @param openFile shows the file chooser
     */
    public LessonBrowser(Window owner, Texts texts, List<Lesson> lessons, ProgressStore store, Consumer<String> open,
                         Runnable openFile) {
        super(owner, texts.get("lessons.title"), ModalityType.APPLICATION_MODAL);
        this.texts = texts;
        this.lessons = lessons.stream().map(l -> l.in(texts.language())).toList();
        this.open = open;
        setName("lessons");
        progress = new ProgressStore.Progress[lessons.size()];
        for (int i = 0; i < progress.length; i++) {
            progress[i] = store.load(lessons.get(i).id());
        }
        table = new JTable(new Model());
        table.setName("lessons.table");
        // Tab leaves the table for the buttons (its own default moves between cells and traps the keyboard).
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        table.getAccessibleContext().setAccessibleName(texts.get("lessons.table.name"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 8);
        int tableWidth = fitColumns();
        // Enter opens the selected lesson instead of moving to the next row.
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openLesson");
        table.getActionMap().put("openLesson", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                openSelected();
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected();
                }
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> showGoals());
        goals.setName("lessons.goals");
        goals.setEditable(false);
        goals.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        JButton openButton = button("lessons.open", this::openSelected);
        JButton fileButton = button("lessons.openFile", () -> {
            dispose();
            openFile.run();
        });
        JButton close = button("lessons.close", this::dispose);
        JPanel content = new JPanel(new MigLayout("insets 12, fill, wrap 1", "[grow, fill]", "[grow 60, fill][grow 40, fill][]"));
        // As wide as the longest title and progress need (German and Spanish run longer), within the screen.
        int screen = java.awt.Toolkit.getDefaultToolkit().getScreenSize().width;
        content.add(new JScrollPane(table), "w 640:" + Math.min(tableWidth + 24, screen - 80) + ", h 200:260");
        content.add(new JScrollPane(goals), "h 120:150");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][]push[]"));
        buttons.add(openButton);
        buttons.add(fileButton);
        buttons.add(close);
        content.add(buttons);
        setContentPane(content);
        getRootPane().setDefaultButton(openButton);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        if (!lessons.isEmpty()) {
            table.setRowSelectionInterval(0, 0);
        }
        pack();
        setLocationRelativeTo(owner);
    }

    private JButton button(String name, Runnable action) {
        JButton b = new LiveButton(texts.get(name + ".text"));
        texts.nameControl(b, name);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void openSelected() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            dispose();
            open.accept(lessons.get(row).id());
        }
    }

    private void showGoals() {
        int row = table.getSelectedRow();
        if (row < 0) {
            goals.setText("");
            return;
        }
        Lesson lesson = lessons.get(row);
        StringBuilder html = new StringBuilder("<html><b>").append(Texts.escapeHtml(lesson.title())).append("</b><br>")
                .append(Texts.escapeHtml(texts.get("lessons.goals"))).append("<ul>");
        for (String goal : lesson.about().goals()) {
            html.append("<li>").append(Texts.escapeHtml(goal)).append("</li>");
        }
        goals.setText(html.append("</ul></html>").toString());
        goals.setCaretPosition(0);
        goals.getAccessibleContext().setAccessibleName(lesson.title() + ": " + String.join("; ", lesson.about().goals()));
    }

    /** Sets each column to the width its widest text needs and returns the sum. */
    private int fitColumns() {
        java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont());
        int total = 0;
        for (int c = 0; c < table.getColumnCount(); c++) {
            int widest = metrics.stringWidth(table.getColumnName(c));
            for (int r = 0; r < table.getRowCount(); r++) {
                widest = Math.max(widest, metrics.stringWidth(String.valueOf(table.getValueAt(r, c))));
            }
            int width = widest + 24;
            table.getColumnModel().getColumn(c).setPreferredWidth(width);
            total += width;
        }
        return total;
    }

    /** How far this user got, in words. */
    private String progressText(Lesson lesson, ProgressStore.Progress p) {
        int stops = lesson.walkthrough().size();
        if (p.visited().isEmpty()) {
            return texts.get("lessons.notStarted");
        }
        return texts.format("lessons.progress", p.visited().size(), stops, p.rightFirstTime(),
                lesson.walkthrough().questionCount());
    }

    private final class Model extends TextColumns {
        Model() {
            super(texts, "lessons.column.title", "lessons.column.minutes", "lessons.column.progress");
        }

        @Override
        public int getRowCount() {
            return lessons.size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            Lesson lesson = lessons.get(row);
            return switch (column) {
                case 0 -> lesson.title();
                case 1 -> lesson.about().minutes() == 0 ? "" : texts.format("lessons.minutes", lesson.about().minutes());
                default -> progressText(lesson, progress[row]);
            };
        }
    }
}
