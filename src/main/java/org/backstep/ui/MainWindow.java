package org.backstep.ui;

import java.awt.Dimension;
import java.awt.Toolkit;
import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.backstep.lesson.Lesson;
import org.backstep.trace.TraceWriter;
import org.backstep.ui.concept.ConceptPanel;
import org.backstep.ui.glossary.GlossaryPanel;
import org.backstep.ui.insight.InsightPanel;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.HelpDialog;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.landscape.LandscapePanel;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.training.TrainingPanel;

/** Backstep's window: the step debugger, training, the big picture and the glossary, in tabs. */
public final class MainWindow extends JFrame {
    private final UiContext ui;
    private final StepSession session;
    /** The tabs; their first paint is the window's first paint (see {@link #afterFirstPaint}). */
    private final JTabbedPane tabs = new JTabbedPane() {
        @Override
        public void paint(java.awt.Graphics g) {
            super.paint(g);
            if (afterFirstPaint != null) {
                Runnable next = afterFirstPaint;
                afterFirstPaint = null;
                SwingUtilities.invokeLater(next);
            }
        }
    };
    private Runnable afterFirstPaint;
    private final DebuggerPanel debugger;
    private TrainingPanel training;
    private LandscapePanel landscape;
    private final Exports exports;
    private final Results results;
    private final Authoring authoring;
    private final LessonOpener opener;

    public MainWindow(UiContext ui, Lesson lesson) {
        this(ui, new StepSession(lesson));
    }

    /** A window on {@code session}, which must have no listeners left from another window. */
    private MainWindow(UiContext ui, StepSession session) {
        this.ui = ui;
        this.session = session;
        ui.texts().applyToSwing();
        exports = new Exports(this, ui);
        results = new Results(this, ui);
        authoring = new Authoring(this, ui);
        opener = new LessonOpener(this, ui);
        setName("main");
        setIconImages(AppIcon.images());
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        debugger = new DebuggerPanel(ui, session);
        tabs.setName("tabs");
        for (Tab tab : Tab.values()) {
            // The other tabs are built when first shown: the window appears sooner.
            tabs.addTab(ui.texts().get(tab.title()), new ZoomScroll(ui.texts(), tab == Tab.DEBUGGER ? debugger : new JPanel()));
            tabs.setMnemonicAt(tab.ordinal(), tab.mnemonic());
        }
        tabs.addChangeListener(e -> buildTab(Tab.at(tabs.getSelectedIndex())));
        setContentPane(tabs);
        defineCommands();
        setJMenuBar(WindowMenus.create(ui.texts(), ui.commands(), ui.appearance(), this::chooseTheme,
                this::switchLanguage));
        ui.commands().bindKeys(getRootPane());
        debugger.diagram.setEditRequest(new NumberEdits(this, ui.texts(), session)::edit);
        debugger.diagram.setLandscapeRequest((parameter, axis) -> landscape().pick(axis, parameter));
        new StepAnnouncer(this, session, debugger.diagram, ui.announcer());
        setTransferHandler(opener.drop());
        session.addListener((change, origin) -> {
            if (change == StepSession.Change.LESSON) {
                setTitle(ui.texts().format("window.title", shownLesson().title()));
            }
        });
        setTitle(ui.texts().format("window.title", shownLesson().title()));
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

    private void defineCommands() {
        Commands commands = ui.commands();
        commands.define(Command.LESSONS, opener::showLessons);
        commands.define(Command.OPEN, opener::chooseLesson);
        commands.define(Command.ADD_LESSON_FOLDER, opener::addLessonFolder);
        commands.define(Command.VALIDATE, authoring::validateLessonFile);
        commands.define(Command.EXPORT_RESULTS, results::exportMyResults);
        commands.define(Command.CLASS_RESULTS, results::classResults);
        commands.define(Command.SAVE_LESSON, authoring::saveLessonAs);
        commands.define(Command.ADD_STOP, authoring::addStopHere);
        commands.define(Command.EXPORT_DIAGRAM, () -> exports.ask("png", exports::writeDiagram));
        commands.define(Command.EXPORT_CHART, () -> exports.ask("png", exports::writeChart));
        commands.define(Command.EXPORT_WORKSHEET, exports::exportWorksheet);
        commands.define(Command.EXPORT_JSONL, () -> exports.ask("jsonl", p -> exports.writeLog(p, TraceWriter.Format.JSONL)));
        commands.define(Command.EXPORT_CSV, () -> exports.ask("csv", p -> exports.writeLog(p, TraceWriter.Format.CSV)));
        commands.define(Command.QUIT, this::dispose);
        commands.define(Command.ZOOM_IN, () -> zoom(ui.appearance().zoom() + 0.25f));
        commands.define(Command.ZOOM_OUT, () -> zoom(ui.appearance().zoom() - 0.25f));
        commands.define(Command.ZOOM_RESET, () -> zoom(1f));
        commands.define(Command.KEYBOARD, () -> HelpDialog.show(getRootPane(), ui.texts(), "keyboard",
                ui.texts().get("keys.title"), new KeyboardHelp(ui.texts()).html()));
        commands.define(Command.ABOUT, () -> JOptionPane.showMessageDialog(this, ui.texts().get("about.text"),
                ui.texts().get("menu.about"), JOptionPane.INFORMATION_MESSAGE));
    }

    public StepSession session() {
        return session;
    }

    /** What this window shares with its parts: its texts, appearance, settings and commands. */
    UiContext ui() {
        return ui;
    }

    /** The lesson with its texts in the window's language, where the lesson has them. */
    public Lesson shownLesson() {
        return session.lesson().in(ui.texts().language());
    }

    /**
     * Shows every text in {@code language} ("" follows the system): the window is built again on
     * the same session, so the lesson, its edits, the epoch and the step stay where they are.
     */
    void switchLanguage(String language) {
        if (training != null) {
            training.cancelRunning();
        }
        UiContext next = ui.withTexts(Texts.choose(ui.settings(), language));
        int position = session.cursor().position();
        session.removeAllListeners();
        MainWindow window = new MainWindow(next, session);
        window.setBounds(getBounds());
        window.setExtendedState(getExtendedState());
        window.tabs.setSelectedIndex(tabs.getSelectedIndex());
        window.debugger.guide.goTo(debugger.guide.currentIndex());
        // The guide moves the cursor to its stop; the student may have stepped on from there.
        session.seek(position);
        dispose();
        window.setVisible(true);
    }

    private void buildTab(Tab tab) {
        switch (tab) {
            case TRAINING -> training();
            case LANDSCAPE -> landscape();
            case CONCEPT -> {
                if (!(tab(Tab.CONCEPT).content() instanceof ConceptPanel)) {
                    tab(Tab.CONCEPT).setContent(new ConceptPanel(ui.texts()));
                }
            }
            case GLOSSARY -> {
                if (!(tab(Tab.GLOSSARY).content() instanceof GlossaryPanel)) {
                    tab(Tab.GLOSSARY).setContent(new GlossaryPanel(ui.texts(), new Places(this)::show));
                }
            }
            case INSIGHT -> {
                if (!(tab(Tab.INSIGHT).content() instanceof InsightPanel)) {
                    tab(Tab.INSIGHT).setContent(new InsightPanel(ui, session));
                }
            }
            case DEBUGGER -> {
            }
        }
    }

    /** Brings {@code tab} to the front. */
    void select(Tab tab) {
        tabs.setSelectedIndex(tab.ordinal());
    }

    /** The scrolling area of {@code tab}. */
    ZoomScroll tab(Tab tab) {
        return (ZoomScroll) tabs.getComponentAt(tab.ordinal());
    }

    /** The scrolling area of the tab at {@code index}. */
    ZoomScroll tab(int index) {
        return tab(Tab.at(index));
    }

    /** Saving the diagram, the chart, the worksheet and the event log. */
    Exports exports() {
        return exports;
    }

    /** Exporting a student's results and reading a class's. */
    Results results() {
        return results;
    }

    Authoring authoring() {
        return authoring;
    }

    DebuggerPanel debugger() {
        return debugger;
    }

    TrainingPanel training() {
        if (training == null) {
            training = new TrainingPanel(ui, session, epoch -> select(Tab.DEBUGGER));
            tab(Tab.TRAINING).setContent(training);
        }
        return training;
    }

    /** The landscape tab, built when first needed (shown, or an edge of the diagram put on it). */
    LandscapePanel landscape() {
        if (landscape == null) {
            landscape = new LandscapePanel(ui, session, () -> training == null ? null : training.lastRun());
            tab(Tab.LANDSCAPE).setContent(landscape);
        }
        return landscape;
    }

    private void chooseTheme(Appearance.Theme theme) {
        ui.appearance().apply(theme);
        refreshAll();
    }

    private void zoom(float z) {
        ui.appearance().setZoom(z);
        refreshAll();
    }

    private void refreshAll() {
        SwingUtilities.updateComponentTreeUI(this);
        debugger.diagram.refresh();
        debugger.maths.refresh();
    }

    /** The list of bundled lessons with this user's progress; picking one opens it. */
    public void showLessons() {
        opener.showLessons();
    }

    /** Shows the lesson list the first time Backstep starts for this user, and never again by itself. */
    public void showLessonsOnFirstStart() {
        opener.showLessonsOnFirstStart();
    }

    /**
     * Runs {@code action} once the window has painted for the first time (a dialog then opens over
     * a visible window, and the window's first picture does not wait for it). Call before showing.
     */
    public void afterFirstPaint(Runnable action) {
        afterFirstPaint = action;
    }

    /** Opens a lesson file; a broken one shows its located problems and the current lesson stays. */
    public boolean open(Path path) {
        return open(path.toString());
    }

    /** Opens a lesson file or a bundled lesson by id, as the command line names them. */
    public boolean open(String name) {
        return opener.open(name);
    }

    /** Built by JFrame's constructor; see {@link QuietRootPane}. */
    @Override
    protected javax.swing.JRootPane createRootPane() {
        QuietRootPane root = new QuietRootPane();
        root.setOpaque(true);
        return root;
    }
}
