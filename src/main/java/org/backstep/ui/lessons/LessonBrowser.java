package org.backstep.ui.lessons;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonFolder;
import org.backstep.lesson.LessonProblem;
import org.backstep.lesson.ProgressStore;
import org.backstep.ui.kit.LiveButton;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.settings.Settings;

/**
 * The list of lessons a student or teacher picks from: title, where it comes from (bundled, or
 * a folder the teacher added: a USB stick, a shared drive), length, how far this user got, and
 * the learning goals of the selected one. The teacher's folders are read off the Swing thread,
 * since a share may be slow; a lesson file that does not load shows its located problems, and a
 * folder that is not there now says so and stays in the list until removed. It opens by itself
 * the first time Backstep starts, and from File ▸ Lessons….
 */
public final class LessonBrowser extends JDialog {
    private final Texts texts;
    private final Settings settings;
    private final ProgressStore store;
    private final LessonRows rows;
    private final JTable table;
    private final JEditorPane goals = new JEditorPane("text/html", "");
    private final Consumer<String> open;
    private final JButton openButton;
    private final JButton removeFolder;

    /**
     * @param bundled  the lessons shipped with the app
     * @param open     opens a bundled lesson by id, or a lesson file by its path, in the window
     * @param openFile shows the file chooser
     */
    public LessonBrowser(Window owner, UiContext ui, List<Lesson> bundled, Consumer<String> open, Runnable openFile) {
        super(owner, ui.texts().get("lessons.title"), ModalityType.APPLICATION_MODAL);
        this.texts = ui.texts();
        this.settings = ui.settings();
        this.store = ui.progress();
        this.open = open;
        setName("lessons");
        rows = new LessonRows(texts);
        rows.setBundled(bundled, store);
        table = new JTable(rows);
        table.setName("lessons.table");
        // Tab leaves the table for the buttons (its own default moves between cells and traps the keyboard).
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        table.getAccessibleContext().setAccessibleName(texts.get("lessons.table.name"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 8);
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
        table.getSelectionModel().addListSelectionListener(e -> showSelected());
        goals.setName("lessons.goals");
        goals.setEditable(false);
        goals.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        openButton = button("lessons.open", this::openSelected);
        JButton fileButton = button("lessons.openFile", () -> {
            dispose();
            openFile.run();
        });
        JButton addFolder = button("lessons.addFolder", this::addFolder);
        removeFolder = button("lessons.removeFolder", this::removeSelectedFolder);
        JButton close = button("lessons.close", this::dispose);
        JPanel content = new JPanel(new MigLayout("insets 12, fill, wrap 1", "[grow, fill]", "[grow 60, fill][grow 40, fill][]"));
        int tableWidth = fitColumns();
        // As wide as the longest title and progress need (German and Spanish run longer), within the screen.
        int screen = java.awt.Toolkit.getDefaultToolkit().getScreenSize().width;
        content.add(new JScrollPane(table), "w 640:" + Math.min(tableWidth + 24, screen - 80) + ", h 200:260");
        content.add(new JScrollPane(goals), "h 120:150");
        // Five buttons take two rows once a projector's zoom makes them wide.
        JPanel buttons = new JPanel(ui.appearance().stacksPanels() ? new MigLayout("insets 0, wrap 3", "[][][]")
                : new MigLayout("insets 0", "[][][][]push[]"));
        buttons.add(openButton);
        buttons.add(fileButton);
        buttons.add(addFolder);
        buttons.add(removeFolder);
        buttons.add(close);
        content.add(buttons);
        setContentPane(content);
        getRootPane().setDefaultButton(openButton);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        if (rows.getRowCount() > 0) {
            table.setRowSelectionInterval(0, 0);
        }
        showSelected();
        readFolders(settings.lessonFolders());
        pack();
        setLocationRelativeTo(owner);
    }

    private JButton button(String name, Runnable action) {
        JButton b = new LiveButton(texts.get(name + ".text"));
        texts.nameControl(b, name);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** The teacher's folders, read one after the other off the Swing thread; each replaces its "reading…" row. */
    private void readFolders(List<String> folders) {
        if (folders.isEmpty()) {
            return;
        }
        folders.forEach(rows::addReading);
        new SwingWorker<Void, Object[]>() {
            @Override
            protected Void doInBackground() {
                for (String folder : folders) {
                    LessonFolder read;
                    try {
                        read = LessonFolder.read(Path.of(folder));
                    } catch (java.nio.file.InvalidPathException e) {
                        read = new LessonFolder(Path.of(""), false, List.of(), List.of());
                    }
                    List<ProgressStore.Progress> progress = new ArrayList<>();
                    read.lessons().forEach(found -> progress.add(store.load(found.lesson().id())));
                    publish(new Object[] {folder, read, progress});
                }
                return null;
            }

            @Override
            @SuppressWarnings("unchecked")
            protected void process(List<Object[]> chunks) {
                int selected = table.getSelectedRow();
                for (Object[] chunk : chunks) {
                    rows.setFolder((String) chunk[0], (LessonFolder) chunk[1], (List<ProgressStore.Progress>) chunk[2]);
                }
                fitColumns();
                if (selected >= 0 && selected < rows.getRowCount()) {
                    table.setRowSelectionInterval(selected, selected);
                }
                showSelected();
            }
        }.execute();
    }

    /** A chooser of a folder of lesson files. */
    public static JFileChooser folderChooser(Texts texts) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("lessons.folderChooser");
        chooser.setDialogTitle(texts.get("lessons.addFolder.chooser"));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        return chooser;
    }

    /** Adds {@code folder} to the teacher's remembered folders (once); true when it was not there yet. */
    public static boolean remember(Settings settings, Path folder) {
        String path = folder.toAbsolutePath().toString();
        List<String> folders = new ArrayList<>(settings.lessonFolders());
        if (folders.contains(path)) {
            return false;
        }
        folders.add(path);
        settings.rememberLessonFolders(folders);
        return true;
    }

    private void addFolder() {
        JFileChooser chooser = folderChooser(texts);
        if (chooser.showDialog(this, texts.get("lessons.addFolder.approve")) == JFileChooser.APPROVE_OPTION) {
            addFolder(chooser.getSelectedFile().toPath());
        }
    }

    /** Remembers {@code folder} and lists its lessons. */
    void addFolder(Path folder) {
        if (remember(settings, folder)) {
            readFolders(List.of(folder.toAbsolutePath().toString()));
        }
    }

    private void removeSelectedFolder() {
        int row = table.getSelectedRow();
        if (row < 0 || rows.row(row).folder() == null) {
            return;
        }
        String folder = rows.row(row).folder();
        List<String> folders = new ArrayList<>(settings.lessonFolders());
        folders.remove(folder);
        settings.rememberLessonFolders(folders);
        rows.removeFolder(folder);
        int next = Math.min(row, rows.getRowCount() - 1);
        if (next >= 0) {
            table.setRowSelectionInterval(next, next);
        }
        showSelected();
        table.requestFocusInWindow();
    }

    private void openSelected() {
        int row = table.getSelectedRow();
        if (row >= 0 && rows.row(row) instanceof LessonRows.Ready ready) {
            dispose();
            open.accept(ready.name());
        }
    }

    /** The goals of the selected lesson, or why the selected row does not open. */
    private void showSelected() {
        int row = table.getSelectedRow();
        LessonRows.Row selected = row < 0 ? null : rows.row(row);
        openButton.setEnabled(selected instanceof LessonRows.Ready);
        removeFolder.setEnabled(selected != null && selected.folder() != null);
        if (selected == null) {
            goals.setText("");
            return;
        }
        StringBuilder html = new StringBuilder("<html>");
        List<String> spoken = new ArrayList<>();
        if (selected instanceof LessonRows.Ready ready) {
            Lesson lesson = ready.lesson();
            html.append("<b>").append(Texts.escapeHtml(lesson.title())).append("</b><br>");
            if (ready.folder() != null) {
                html.append(Texts.escapeHtml(ready.name())).append("<br>");
            }
            html.append(Texts.escapeHtml(texts.get("lessons.goals"))).append("<ul>");
            for (String goal : lesson.about().goals()) {
                html.append("<li>").append(Texts.escapeHtml(goal)).append("</li>");
            }
            html.append("</ul>");
            spoken.add(lesson.title());
            spoken.addAll(lesson.about().goals());
        } else if (selected instanceof LessonRows.Broken broken) {
            String heading = texts.format("lessons.broken.heading", broken.file());
            html.append("<b>").append(Texts.escapeHtml(heading)).append("</b><ul>");
            spoken.add(heading);
            for (LessonProblem p : broken.problem().problems()) {
                html.append("<li>").append(Texts.escapeHtml(p.toString())).append("</li>");
                spoken.add(p.toString());
            }
            html.append("</ul>");
        } else {
            String text = texts.format(selected instanceof LessonRows.Missing ? "lessons.folderMissing.more"
                    : "lessons.reading.more", selected.folder());
            html.append(Texts.escapeHtml(text));
            spoken.add(text);
        }
        goals.setText(html.append("</html>").toString());
        goals.setCaretPosition(0);
        goals.getAccessibleContext().setAccessibleName(String.join("; ", spoken));
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
}
