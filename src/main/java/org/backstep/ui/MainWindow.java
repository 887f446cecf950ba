package org.backstep.ui;

import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonProblem;
import org.backstep.lesson.ProgressStore;
import org.backstep.replay.Breakpoint;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.TraceWriter;
import org.backstep.ui.concept.ConceptPanel;
import org.backstep.ui.glossary.GlossaryPanel;
import org.backstep.ui.insight.InsightPanel;
import org.backstep.ui.lessons.LessonBrowser;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Themes;
import org.backstep.ui.training.TrainingPanel;

/** Backstep's window: the step debugger, training, the big picture and the glossary, in tabs. */
public final class MainWindow extends JFrame {
    private final StepSession session;
    private final JTabbedPane tabs = new JTabbedPane();
    private final DebuggerPanel debugger;
    private TrainingPanel training;

    private static final String LESSONS_SHOWN = "lessonListShown";
    private final Exports exports = new Exports(this);
    private final Authoring authoring = new Authoring(this);

    public MainWindow(Lesson lesson) {
        this(new StepSession(lesson));
    }

    /** A window on {@code session}, which must have no listeners left from another window. */
    private MainWindow(StepSession session) {
        this.session = session;
        setName("main");
        setIconImages(AppIcon.images());
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        debugger = new DebuggerPanel(session);
        tabs.setName("tabs");
        tabs.addTab(Texts.get("tab.debugger"), new ZoomScroll(debugger));
        // The other tabs are built when first shown: the window appears sooner.
        tabs.addTab(Texts.get("tab.training"), new ZoomScroll(new JPanel()));
        tabs.addTab(Texts.get("tab.concept"), new ZoomScroll(new JPanel()));
        tabs.addTab(Texts.get("tab.glossary"), new ZoomScroll(new JPanel()));
        tabs.addTab(Texts.get("tab.insight"), new ZoomScroll(new JPanel()));
        tabs.addChangeListener(e -> buildTab(tabs.getSelectedIndex()));
        tabs.setMnemonicAt(0, KeyEvent.VK_1);
        tabs.setMnemonicAt(1, KeyEvent.VK_2);
        tabs.setMnemonicAt(2, KeyEvent.VK_3);
        tabs.setMnemonicAt(3, KeyEvent.VK_4);
        tabs.setMnemonicAt(4, KeyEvent.VK_5);
        setContentPane(tabs);
        setJMenuBar(menus());
        debugger.transport.bindKeys(getRootPane());
        debugger.diagram.setEditRequest(new NumberEdits(this, session)::edit);
        new StepAnnouncer(this, session, debugger.diagram);
        setTransferHandler(new LessonDrop());
        session.addListener(change -> {
            if (change == StepSession.Change.LESSON) {
                setTitle(Texts.format("window.title", shownLesson().title()));
            }
        });
        setTitle(Texts.format("window.title", shownLesson().title()));
        setMinimumSize(new Dimension(900, 600));
        Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        setSize(Math.min(1366, screen.width), Math.min(768, screen.height));
        setLocationRelativeTo(null);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                // Keys step the debugger from the first moment, without a click.
                debugger.diagram.requestFocusInWindow();
            }
        });
    }

    public StepSession session() {
        return session;
    }

    /** The lesson with its texts in the window's language, where the lesson has them. */
    public Lesson shownLesson() {
        return session.lesson().in(Texts.language());
    }

    /**
     * Shows every text in {@code language} ("" follows the system): the window is built again on
     * the same session, so the lesson, its edits, the epoch and the step stay where they are.
     */
    void switchLanguage(String language) {
        if (training != null) {
            training.cancelRunning();
        }
        Texts.choose(language);
        int position = session.cursor().position();
        session.removeAllListeners();
        MainWindow next = new MainWindow(session);
        next.setBounds(getBounds());
        next.setExtendedState(getExtendedState());
        next.tabs.setSelectedIndex(tabs.getSelectedIndex());
        next.debugger.guide.goTo(debugger.guide.currentIndex());
        // The guide moves the cursor to its stop; the student may have stepped on from there.
        session.seek(position);
        dispose();
        next.setVisible(true);
    }

    private void buildTab(int index) {
        if (index == 1) {
            training();
        } else if (index == 2 && !(tab(2).content() instanceof ConceptPanel)) {
            tab(2).setContent(new ConceptPanel());
        } else if (index == 3 && !(tab(3).content() instanceof GlossaryPanel)) {
            tab(3).setContent(new GlossaryPanel(this::showPlace));
        } else if (index == 4 && !(tab(4).content() instanceof InsightPanel)) {
            tab(4).setContent(new InsightPanel(session));
        }
    }

    /** The scrolling area of tab {@code index}. */
    ZoomScroll tab(int index) {
        return (ZoomScroll) tabs.getComponentAt(index);
    }

    /** Saving the diagram, the chart, the worksheet and the event log. */
    Exports exports() {
        return exports;
    }

    Authoring authoring() {
        return authoring;
    }

    DebuggerPanel debugger() {
        return debugger;
    }

    TrainingPanel training() {
        if (training == null) {
            training = new TrainingPanel(session, epoch -> tabs.setSelectedIndex(0));
            tab(1).setContent(training);
        }
        return training;
    }

    // ---- menus ---------------------------------------------------------------------------------

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("menu.file");
        file.add(item("menu.lessons", KeyStroke.getKeyStroke(KeyEvent.VK_L, InputEvent.CTRL_DOWN_MASK), this::showLessons));
        file.add(item("menu.open", KeyStroke.getKeyStroke(KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK), this::chooseLesson));
        file.add(item("menu.validate", null, authoring::validateLessonFile));
        file.addSeparator();
        file.add(item("menu.saveLesson", KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK),
                authoring::saveLessonAs));
        file.add(item("menu.addStop", KeyStroke.getKeyStroke(KeyEvent.VK_K, InputEvent.CTRL_DOWN_MASK),
                authoring::addStopHere));
        file.addSeparator();
        file.add(item("menu.exportDiagram", null, () -> exports.ask("png", exports::writeDiagram)));
        file.add(item("menu.exportChart", null, () -> exports.ask("png", exports::writeChart)));
        file.add(item("menu.exportWorksheet", null, () -> exports.ask("html", exports::writeWorksheet)));
        file.add(item("menu.exportJsonl", null, () -> exports.ask("jsonl",
                path -> exports.writeLog(path, TraceWriter.Format.JSONL))));
        file.add(item("menu.exportCsv", null, () -> exports.ask("csv",
                path -> exports.writeLog(path, TraceWriter.Format.CSV))));
        file.addSeparator();
        file.add(item("menu.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK), this::dispose));
        bar.add(file);

        JMenu view = menu("menu.view");
        ButtonGroup themes = new ButtonGroup();
        for (Themes.Theme theme : Themes.Theme.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(Texts.get("menu.theme." + theme.name()));
            item.setName("menu.theme." + theme.name());
            item.setSelected(Themes.current() == theme);
            item.addActionListener(e -> {
                Themes.apply(theme, true);
                refreshAll();
            });
            themes.add(item);
            view.add(item);
        }
        view.addSeparator();
        view.add(item("menu.zoomIn", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK),
                () -> zoom(Themes.zoom() + 0.25f)));
        view.add(item("menu.zoomOut", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK),
                () -> zoom(Themes.zoom() - 0.25f)));
        view.add(item("menu.zoomReset", KeyStroke.getKeyStroke(KeyEvent.VK_0, InputEvent.CTRL_DOWN_MASK),
                () -> zoom(1f)));
        getRootPane().getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, InputEvent.CTRL_DOWN_MASK), "zoom-in");
        getRootPane().getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ADD, InputEvent.CTRL_DOWN_MASK), "zoom-in");
        getRootPane().getActionMap().put("zoom-in", action(() -> zoom(Themes.zoom() + 0.25f)));
        view.addSeparator();
        view.add(LanguageMenu.create(this::switchLanguage));
        bar.add(view);

        JMenu help = menu("menu.help");
        help.add(item("menu.about", null, () -> JOptionPane.showMessageDialog(this, Texts.get("about.text"),
                Texts.get("menu.about"), JOptionPane.INFORMATION_MESSAGE)));
        bar.add(help);
        return bar;
    }

    private static JMenu menu(String key) {
        JMenu menu = new JMenu(Texts.get(key));
        menu.setName(key);
        // Each language picks a letter of its own word (File → F, Datei → D).
        menu.setMnemonic(KeyEvent.getExtendedKeyCodeForChar(Texts.get(key + ".mnemonic").charAt(0)));
        return menu;
    }

    static JMenuItem item(String key, KeyStroke accelerator, Runnable action) {
        JMenuItem item = new JMenuItem(action(action));
        item.setText(Texts.get(key));
        item.setName(key);
        item.setAccelerator(accelerator);
        return item;
    }

    private static AbstractAction action(Runnable r) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }

    private void zoom(float z) {
        Themes.setZoom(z);
        refreshAll();
    }

    private void refreshAll() {
        SwingUtilities.updateComponentTreeUI(this);
        debugger.diagram.refresh();
        debugger.maths.refresh();
    }

    // ---- opening lessons -----------------------------------------------------------------------

    /** The list of bundled lessons with this user's progress; picking one opens it. */
    public void showLessons() {
        List<Lesson> lessons;
        try {
            lessons = BundledLessons.loadAll();
        } catch (LessonException e) {
            // The tests load every bundled lesson; should one still be broken, the list stays empty.
            lessons = List.of();
        }
        new LessonBrowser(this, lessons, ProgressStore.forUser(), this::open, this::chooseLesson).setVisible(true);
        // Back from the (modal) list, the arrow keys step the lesson at once: the window takes the
        // focus back itself (without a window manager, no one else would) and gives it to the diagram.
        toFront();
        debugger.diagram.requestFocus();
    }

    /** Shows the lesson list the first time Backstep starts for this user, and never again by itself. */
    public void showLessonsOnFirstStart() {
        if (!Themes.settings().getBoolean(LESSONS_SHOWN, false)) {
            Themes.settings().putBoolean(LESSONS_SHOWN, true);
            showLessons();
        }
    }

    private void chooseLesson() {
        JFileChooser chooser = lessonFileChooser();
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    /** {@code heading} and then each located problem of {@code e} on its own line. */
    static String withProblems(String heading, LessonException e) {
        StringBuilder text = new StringBuilder(heading);
        for (LessonProblem p : e.problems()) {
            text.append("\n• ").append(p);
        }
        return text.toString();
    }

    /** A file chooser showing lesson files. */
    static JFileChooser lessonFileChooser() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("open.filter"), "json"));
        return chooser;
    }

    /** Opens a lesson file; a broken one shows its located problems and the current lesson stays. */
    public boolean open(Path path) {
        return open(path.toString());
    }

    /** Opens a lesson file or a bundled lesson by id, as the command line names them. */
    public boolean open(String name) {
        try {
            Lesson lesson = BundledLessons.resolve(name);
            session.open(lesson);
            tabs.setSelectedIndex(0);
            return true;
        } catch (LessonException e) {
            String text = withProblems(Texts.format("open.failed", Path.of(name).getFileName()), e);
            JOptionPane.showMessageDialog(this, text, Texts.get("open.failed.title"),
                    JOptionPane.ERROR_MESSAGE);
            return false;
        }
    }

    /** Accepts lesson files dropped onto the window. */
    private final class LessonDrop extends TransferHandler {
        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
        }

        @Override
        public boolean importData(TransferSupport support) {
            try {
                @SuppressWarnings("unchecked")
                List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                return !files.isEmpty() && open(files.get(0).toPath());
            } catch (java.awt.datatransfer.UnsupportedFlavorException | IOException e) {
                return false;
            }
        }
    }

    // ---- glossary links ------------------------------------------------------------------------

    private void showPlace(String place) {
        if (place.equals("training")) {
            tabs.setSelectedIndex(1);
            return;
        }
        tabs.setSelectedIndex(0);
        if (place.startsWith("lesson:")) {
            // A concept with a lesson of its own (vanishing gradients) opens that lesson.
            open(place.substring("lesson:".length()));
            return;
        }
        Breakpoint where = place.startsWith("phase:")
                ? Breakpoint.phase(Phase.fromFileName(place.substring(6)))
                : null;
        session.move(c -> {
            c.rewind();
            int at = where != null ? c.findNext(where) : firstEventOf(c, place);
            return at >= 0 ? c.seek(at) : c.position();
        });
    }

    private static int firstEventOf(org.backstep.replay.ReplayCursor c, String equationPrefix) {
        Quantities q = c.log().quantities();
        for (int seq = 0; seq < c.size(); seq++) {
            if (q.equation(c.log().slot(seq)).id().startsWith(equationPrefix)) {
                return seq;
            }
        }
        // A lesson without that line (no sigmoid, say) shows the first backward step instead.
        return c.findNext(Breakpoint.phase(Phase.BACKWARD));
    }

    /** Built by JFrame's constructor; see {@link QuietRootPane}. */
    @Override
    protected javax.swing.JRootPane createRootPane() {
        QuietRootPane root = new QuietRootPane();
        root.setOpaque(true);
        return root;
    }
}
