package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.backstep.engine.Numbers;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.network.NetworkLayout;
import org.backstep.ui.network.NetworkPainter;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.theme.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real window, driven as a student drives it, under Xvfb. */
class MainWindowTest {
    private Robot robot;
    private FrameFixture window;
    private MainWindow frame;
    private Lesson seed;
    private EventLog reference;
    private org.backstep.lesson.QuantityNames names;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        // Every test starts the seed lesson fresh: no lesson-guide progress from an earlier test.
        org.backstep.ui.walkthrough.WalkthroughPanel.flushSaves();
        org.backstep.lesson.ProgressStore.forUser().clear("seed-2-3-1");
        seed = BundledLessons.load("seed-2-3-1");
        reference = Recordings.record(seed.newStep(), seed.startState(), 1,
                EventLog.DEFAULT_CAP);
        names = new org.backstep.lesson.QuantityNames(seed, reference.quantities());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openSettled(robot, seed);
        frame = (MainWindow) window.target();
        robot.focus(diagram());
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private java.awt.Component diagram() {
        return robot.finder().findByName(frame, "network.diagram", true);
    }

    private int position() {
        return GuiActionRunner.execute(() -> window.slider("transport.slider").target().getValue());
    }

    private String positionText() {
        return window.label("transport.position").text();
    }

    /** The value column of the row showing {@code slot}, in the values or gradients table. */
    private String shown(String table, int slot) {
        JTableFixture t = window.table(table);
        int row = GuiActionRunner.execute(() -> ((org.backstep.ui.values.QuantityTable) t.target()).rowOf(slot));
        return t.valueAt(org.assertj.swing.data.TableCell.row(row).column(2));
    }

    @Test
    void theWindowShowsTheSeedLessonAtTheStart() {
        window.requireTitle("Backstep — Backpropagation in a 2-3-1 network");
        assertThat(positionText()).isEqualTo("start · 43 events · epoch 0");
        window.button("transport.back").requireDisabled();
        window.button("transport.rewind").requireDisabled();
        window.button("transport.forward").requireEnabled();
        assertThat(shown("values.table", reference.quantities().preActivationSlot(0, 0, 0))).isEqualTo("not yet");
        assertThat(shown("values.table", reference.quantities().inputSlot(0, 0))).isEqualTo("0.8");
        // The task bar and the window switcher show Backstep's own icon, small to large.
        java.util.List<java.awt.Image> icons = GuiActionRunner.execute(() -> window.target().getIconImages());
        assertThat(icons).hasSize(7);
        assertThat(new javax.swing.ImageIcon(icons.get(icons.size() - 1)).getIconWidth()).isEqualTo(256);
    }

    @Test
    void steppingForwardThroughTheWholeStepAndBackShowsTheEnginesNumbers() {
        for (int i = 0; i < reference.size(); i++) {
            window.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
            assertThat(position()).isEqualTo(i);
            String table = reference.phase(i).ordinal() == 2 ? "gradients.table" : "values.table";
            assertThat(shown(table, reference.slot(i))).as("event %d", i)
                    .isEqualTo(Numbers.format(reference.value(i)));
            assertThat(positionText()).startsWith("event " + (i + 1) + " of 43 · ");
            String expression = window.label("maths.substituted").text();
            // The window's name of the quantity first; the trace's under the line, dimmer.
            assertThat(expression).startsWith(names.shown(reference.slot(i)) + " ")
                    .endsWith("= " + Numbers.format(reference.value(i)));
            assertThat(window.label("maths.traced").text())
                    .isEqualTo("in the trace and on the command line: " + reference.event(i).quantity());
        }
        window.button("transport.forward").requireDisabled();
        window.button("transport.end").requireDisabled();
        for (int i = reference.size() - 2; i >= -1; i--) {
            window.pressAndReleaseKeys(KeyEvent.VK_LEFT);
            assertThat(position()).isEqualTo(i);
            if (i >= 0) {
                String table = reference.phase(i).ordinal() == 2 ? "gradients.table" : "values.table";
                assertThat(shown(table, reference.slot(i))).isEqualTo(Numbers.format(reference.value(i)));
                int next = reference.slot(i + 1);
                if (reference.quantities().kind(next).writtenIn().ordinal() < 3) {
                    String nextTable = reference.phase(i + 1).ordinal() == 2 ? "gradients.table" : "values.table";
                    assertThat(shown(nextTable, next)).as("after stepping back, event %d is undone", i + 1)
                            .isEqualTo("not yet");
                }
            }
        }
        window.button("transport.back").requireDisabled();
    }

    @Test
    void phaseJumpsAndPassButtonsLandOnPhaseBoundaries() {
        window.pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);
        assertThat(position()).isEqualTo(0);
        window.button("transport.nextPhase").click();
        assertThat(position()).isEqualTo(8);
        assertThat(positionText()).isEqualTo("event 9 of 43 · loss · epoch 0");
        window.pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);
        assertThat(position()).isEqualTo(9);
        window.pressAndReleaseKeys(KeyEvent.VK_PAGE_UP);
        assertThat(position()).isEqualTo(8);
        window.button("transport.backwardPass").click();
        assertThat(position()).isEqualTo(29);
        window.button("transport.rewind").click();
        window.button("transport.forwardPass").click();
        assertThat(position()).isEqualTo(7);
        window.pressAndReleaseKeys(KeyEvent.VK_END);
        assertThat(position()).isEqualTo(42);
        window.pressAndReleaseKeys(KeyEvent.VK_HOME);
        assertThat(position()).isEqualTo(-1);
    }

    @Test
    void draggingTheSliderMovesTheCursor() {
        window.slider("transport.slider").slideTo(20);
        assertThat(positionText()).isEqualTo("event 21 of 43 · backward · epoch 0");
        assertThat(window.label("maths.substituted").text())
                .isEqualTo("dL/dz(h3) = (-0.367252)·0  (z = -0.35 ≤ 0: gate closed) = 0");
    }

    @Test
    void playRunsOnItsOwnAndPauseStopsIt() {
        window.comboBox("transport.speed").selectItem(4);
        window.button("transport.play").click();
        Pause.pause(new Condition("playback passes event 5") {
            @Override
            public boolean test() {
                return position() >= 5;
            }
        }, Timeout.timeout(10, TimeUnit.SECONDS));
        window.button("transport.play").click();
        int stopped = position();
        Pause.pause(400);
        assertThat(position()).isEqualTo(stopped);
    }

    @Test
    void aBreakpointStopsOnTheFirstMatchingEvent() {
        window.textBox("transport.breakpoint").enterText("dL/dW1*\n");
        assertThat(position()).isEqualTo(21);
        assertThat(window.label("transport.breakpointMessage").text())
                .isEqualTo("6 matches: dL/dw(x1→h1) (dL/dW1[0][0]), dL/dw(x2→h1) (dL/dW1[0][1]) and 4 more");
        window.textBox("transport.breakpoint").deleteText().enterText("|v| < oops\n");
        assertThat(window.label("transport.breakpointMessage").text()).startsWith("Not understood");
    }

    @Test
    void editingAWeightReRecordsTheStepAndKeepsThePlace() {
        window.pressAndReleaseKeys(KeyEvent.VK_END);
        String lossBefore = shown("values.table", reference.quantities().lossSlot());
        Point middle = GuiActionRunner.execute(() -> {
            var diagram = diagram();
            NetworkPainter painter = new NetworkPainter(ui().texts(), new NetworkLayout(seed.shape()));
            NetworkPainter.Geometry geo = painter.geometry(diagram.getWidth(), diagram.getHeight());
            NetworkLayout layout = new NetworkLayout(seed.shape());
            // The edge from h1 to ŷ: W2[0][0].
            double x = (layout.x(1) + layout.x(2)) / 2 * geo.width();
            double y = (layout.y(1, 0) + layout.y(2, 0)) / 2 * geo.height();
            return new Point((int) x, (int) y);
        });
        robot.click(diagram(), middle, MouseButton.LEFT_BUTTON, 2);
        JOptionPaneFixture dialog = JOptionPaneFinder.findOptionPane().using(robot);
        awayFromTooltips();
        dialog.textBox().deleteText().enterText("abc");
        closeWithOk(dialog);
        JOptionPaneFixture refusal = JOptionPaneFinder.findOptionPane().using(robot);
        assertThat(refusal.target().getMessage().toString()).contains("“abc” is not a number");
        closeWithOk(refusal);
        JOptionPaneFixture again = JOptionPaneFinder.findOptionPane().using(robot);
        again.textBox().deleteText().enterText("2.0");
        closeWithOk(again);
        assertThat(position()).as("the cursor keeps its place").isEqualTo(42);
        double[] edited = seed.initialParameters();
        edited[seed.shape().weightIndex(1, 0, 0)] = 2.0;
        String expectedLoss = Numbers.format(seed.newStep().loss(edited));
        // The step is re-recorded after the dialog closes; on a busy machine that may take a moment.
        Pause.pause(new Condition("the table shows the re-recorded loss") {
            @Override
            public boolean test() {
                return expectedLoss.equals(shown("values.table", reference.quantities().lossSlot()));
            }
        }, Timeout.timeout(5, TimeUnit.SECONDS));
        assertThat(expectedLoss).isNotEqualTo(lossBefore);
    }

    @Test
    void aTeacherValidatesALessonFileAndSeesEveryLocatedProblemWithoutOpeningIt() throws Exception {
        Path broken = Path.of("src/test/resources/lessons/broken/translation-bad-tag.json");
        List<String> expected = java.nio.file.Files.readAllLines(
                Path.of("src/test/resources/lessons/broken/expected-problems.txt")).stream()
                .filter(line -> line.startsWith("translation-bad-tag.json:")).toList();
        assertThat(expected).hasSize(4);
        awayFromTooltips();
        SwingUtilities.invokeLater(() -> frame.authoring().validate(broken));
        JOptionPaneFixture dialog = JOptionPaneFinder.findOptionPane().using(robot);
        String shown = dialog.textBox("validate.problems").text();
        assertThat(shown).startsWith("translation-bad-tag.json has 4 problems.");
        for (String problem : expected) {
            assertThat(shown).contains(problem.substring("translation-bad-tag.json:".length()));
        }
        closeWithOk(dialog);
        window.requireTitle("Backstep — Backpropagation in a 2-3-1 network");

        SwingUtilities.invokeLater(() -> frame.authoring().validate(Path.of("src/main/resources/org/backstep/lesson/bundled/xor.json")));
        JOptionPaneFixture valid = JOptionPaneFinder.findOptionPane().using(robot);
        assertThat(valid.target().getMessage().toString()).startsWith("xor.json is a valid lesson:")
                .contains("languages: en, de, es");
        valid.okButton().click();
        window.requireTitle("Backstep — Backpropagation in a 2-3-1 network");
    }

    /**
     * Moves the mouse off the diagram and drops any tooltip: a tooltip left up by a hover over the
     * diagram can sit over a dialog's OK button and take the clicks. A teacher opening a menu or
     * typing into a dialog would have moved the mouse away.
     */
    private void awayFromTooltips() {
        Dialogs.awayFromTooltips(robot, window);
    }

    private void closeWithOk(JOptionPaneFixture dialog) {
        Dialogs.closeWithOk(robot, dialog);
    }

    @Test
    void aBrokenLessonShowsItsLocatedProblemsAndTheCurrentLessonStays() {
        Path broken = Path.of("src/test/resources/lessons/broken/unknown-activation.json");
        SwingUtilities.invokeLater(() -> frame.open(broken));
        JOptionPaneFixture dialog = JOptionPaneFinder.findOptionPane().using(robot);
        assertThat(dialog.target().getMessage().toString())
                .contains("unknown-activation.json:8:34: network.layers[0].activation: unknown activation "
                        + "\"rectifier\"; allowed: relu, leaky_relu, sigmoid, tanh, identity");
        dialog.okButton().click();
        window.requireTitle("Backstep — Backpropagation in a 2-3-1 network");
        assertThat(positionText()).isEqualTo("start · 43 events · epoch 0");
    }

    @Test
    void trainingFillsTheChartAndShowsTheFinalPrediction() {
        window.tabbedPane("tabs").selectTab(1);
        window.button("training.run").click();
        Pause.pause(new Condition("training finishes") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("training.run").target().isEnabled()
                        && window.table("training.predictions").target().getRowCount() > 0);
            }
        }, Timeout.timeout(20, TimeUnit.SECONDS));
        double[][] expected = seed.newStep().outputs(
                org.backstep.engine.TrainingRun.train(seed.newStep(), seed.startState(), 200)
                        .parametersAt(200));
        assertThat(window.table("training.predictions").contents()[0])
                .endsWith(Numbers.format(expected[0][0]), "1");
        int points = GuiActionRunner.execute(() ->
                ((org.backstep.ui.training.TrainingPanel) window.panel("training").target()).curvePoints());
        assertThat(points).isEqualTo(201);
        assertThat(curvePixelsOnScreen()).as("pixels of the loss line in the chart on screen").isGreaterThan(300);
        assertThat(window.progressBar("training.progress").target().getValue()).isEqualTo(100);
        GuiActionRunner.execute(() -> ((org.backstep.ui.training.TrainingPanel) window.panel("training").target())
                .showTrainedEpoch(57));
        assertThat(positionText()).isEqualTo("start · 43 events · epoch 57");
    }

    @Test
    void aLongTrainingRunCanBeCancelledAndARefusedLearningRateSaysWhy() {
        window.tabbedPane("tabs").selectTab(1);
        window.textBox("training.learningRate").deleteText().enterText("fast");
        window.button("training.run").click();
        assertThat(window.textBox("training.message").text()).contains("“fast” is not a usable learning rate");
        // The deepest bundled network, so a million updates take long enough to be cancelled on a fast machine.
        GuiActionRunner.execute(() -> frame.open("deep-sigmoid"));
        window.tabbedPane("tabs").selectTab(1);
        window.textBox("training.learningRate").deleteText().enterText("0.1");
        GuiActionRunner.execute(() -> window.spinner("training.epochs").target().setValue(1_000_000));
        window.button("training.run").click();
        window.button("training.cancel").requireEnabled();
        window.button("training.run").requireDisabled();
        window.button("training.cancel").click();
        Pause.pause(new Condition("training stops") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("training.run").target().isEnabled());
            }
        }, Timeout.timeout(20, TimeUnit.SECONDS));
        assertThat(window.textBox("training.message").text()).startsWith("Cancelled after ");
        window.button("training.cancel").requireDisabled();
    }

    /** Clicks a button after scrolling it into view (the glossary is longer than the window). */
    private void clickInView(String name) {
        GuiActionRunner.execute(() -> {
            javax.swing.JButton b = window.button(name).target();
            b.scrollRectToVisible(new java.awt.Rectangle(b.getWidth(), b.getHeight()));
            return null;
        });
        robot.waitForIdle();
        window.button(name).click();
    }

    @Test
    void glossaryLinksShowTheirPlaceInTheDebugger() {
        window.tabbedPane("tabs").selectTab(3);
        clickInView("glossary.localGradient.show");
        assertThat(GuiActionRunner.execute(() -> window.tabbedPane("tabs").target().getSelectedIndex())).isZero();
        assertThat(GuiActionRunner.execute(() -> ((org.backstep.ui.maths.MathsPanel) window.panel("maths.panel")
                .target()).activeLineId())).isEqualTo("backward.activation.sigmoid");
        window.tabbedPane("tabs").selectTab(3);
        clickInView("glossary.autodiff.show");
        assertThat(positionText()).isEqualTo("event 10 of 43 · backward · epoch 0");
        window.tabbedPane("tabs").selectTab(3);
        // Vanishing gradients, saddle points and mini-batches have lessons of their own.
        clickInView("glossary.descent.show");
        window.requireTitle("Backstep — Mini-batches: a few samples at a time");
        window.tabbedPane("tabs").selectTab(3);
        clickInView("glossary.vanishing.show");
        window.requireTitle("Backstep — Vanishing gradients in a deep sigmoid network");
        window.tabbedPane("tabs").selectTab(3);
        clickInView("glossary.saddle.show");
        window.requireTitle("Backstep — A saddle point");
        assertThat(GuiActionRunner.execute(() -> window.tabbedPane("tabs").target().getSelectedIndex())).isZero();
    }

    @Test
    void clickingANodeSelectsItsRowsAndLines() {
        Point h2 = GuiActionRunner.execute(() -> {
            var diagram = diagram();
            NetworkLayout layout = new NetworkLayout(seed.shape());
            return new Point((int) (layout.x(1) * diagram.getWidth()), (int) (layout.y(1, 1) * diagram.getHeight()));
        });
        robot.click(diagram(), h2);
        var q = reference.quantities();
        int z = window.table("values.table").target().convertRowIndexToView(GuiActionRunner.execute(() ->
                ((org.backstep.ui.values.QuantityTable) window.table("values.table").target())
                        .rowOf(q.preActivationSlot(0, 0, 1))));
        int a = GuiActionRunner.execute(() -> ((org.backstep.ui.values.QuantityTable) window.table("values.table")
                .target()).rowOf(q.activationSlot(0, 0, 1)));
        assertThat(GuiActionRunner.execute(() -> window.table("values.table").target().getSelectedRows()))
                .containsExactly(z, a);
        assertThat(GuiActionRunner.execute(() -> ((org.backstep.ui.maths.MathsPanel) window.panel("maths.panel")
                .target()).selectedLineIds())).contains("forward.preactivation", "forward.activation.relu",
                "backward.activation.relu", "backward.propagate");
    }

    @Test
    void themesAndZoomSwitchFromTheViewMenu() {
        window.menuItem("menu.view").click();
        window.menuItem("menu.theme.DARK").click();
        assertThat(GuiActionRunner.execute(() -> ui().appearance().theme())).isEqualTo(Appearance.Theme.DARK);
        assertThat(GuiActionRunner.execute(javax.swing.UIManager::getLookAndFeel))
                .isInstanceOf(com.formdev.flatlaf.FlatDarkLaf.class);
        window.menuItem("menu.view").click();
        window.menuItem("menu.theme.HIGH_CONTRAST").click();
        assertThat(GuiActionRunner.execute(() -> ui().appearance().theme())).isEqualTo(Appearance.Theme.HIGH_CONTRAST);
        assertThat(GuiActionRunner.execute(javax.swing.UIManager::getLookAndFeel))
                .isInstanceOf(org.backstep.ui.theme.BackstepHighContrastLaf.class);
        window.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        assertThat(position()).isEqualTo(0);
        float before = GuiActionRunner.execute(() -> window.label("transport.position").target().getFont()
                .getSize2D());
        window.pressKey(KeyEvent.VK_CONTROL).pressAndReleaseKeys(KeyEvent.VK_EQUALS).releaseKey(KeyEvent.VK_CONTROL);
        assertThat(GuiActionRunner.execute(() -> ui().appearance().zoom())).isEqualTo(1.25f);
        float after = GuiActionRunner.execute(() -> window.label("transport.position").target().getFont()
                .getSize2D());
        assertThat(after).isCloseTo(before * 1.25f, org.assertj.core.data.Offset.offset(0.6f));
        window.pressKey(KeyEvent.VK_CONTROL).pressAndReleaseKeys(KeyEvent.VK_0).releaseKey(KeyEvent.VK_CONTROL);
        assertThat(GuiActionRunner.execute(() -> ui().appearance().zoom())).isEqualTo(1f);
    }

    /** The context of the window under test. */
    private UiContext ui() {
        return ((MainWindow) window.target()).ui();
    }

    @Test
    void everyControlAStudentCanReachHasANameATooltipAndAnAccessibleName() {
        for (int tab = 0; tab < 4; tab++) {
            window.tabbedPane("tabs").selectTab(tab);
            java.util.List<String> missing = GuiActionRunner.execute(() -> {
                java.util.List<String> found = new java.util.ArrayList<>();
                collect(frame.getContentPane(), found);
                return found;
            });
            assertThat(missing).as("tab %d", tab).isEmpty();
        }
    }

    /** Showing, focusable controls without a component name, accessible name or tooltip. */
    private static void collect(java.awt.Component c, java.util.List<String> missing) {
        if (!c.isShowing()) {
            return;
        }
        boolean control = c instanceof javax.swing.AbstractButton || c instanceof javax.swing.JSlider
                || c instanceof javax.swing.JTable || c instanceof javax.swing.text.JTextComponent
                || c instanceof javax.swing.JComboBox || c instanceof javax.swing.JSpinner
                || c instanceof org.backstep.ui.network.NetworkDiagram;
        boolean insideAnother = javax.swing.SwingUtilities.getAncestorOfClass(javax.swing.JSpinner.class, c) != null
                || javax.swing.SwingUtilities.getAncestorOfClass(javax.swing.JComboBox.class, c) != null
                || c instanceof javax.swing.JScrollBar;
        if (control && !insideAnother && c.isFocusable()) {
            javax.swing.JComponent j = (javax.swing.JComponent) c;
            String accessible = j.getAccessibleContext().getAccessibleName();
            if (c.getName() == null || accessible == null || accessible.isBlank() || j.getToolTipText() == null) {
                missing.add(c.getClass().getSimpleName() + " " + c.getName() + " '" + accessible + "'");
            }
        }
        if (c instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                collect(child, missing);
            }
        }
    }

    @Test
    void tabWalksEveryControlOfTheDebuggerAndComesBack() {
        java.util.List<String> visited = new java.util.ArrayList<>();
        robot.focusAndWaitForFocusGain(diagram());
        for (int press = 0; press < 60; press++) {
            // What Tab does: the focus manager moves to the next component of the policy's cycle.
            GuiActionRunner.execute(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                    .focusNextComponent());
            robot.waitForIdle();
            String name = GuiActionRunner.execute(() -> {
                java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                        .getFocusOwner();
                return owner == null ? "none" : String.valueOf(owner.getName());
            });
            visited.add(name);
            if ("network.diagram".equals(name)) {
                break;
            }
        }
        assertThat(visited).as("the Tab cycle").endsWith("network.diagram")
                .contains("values.table", "gradients.table", "transport.forward", "transport.slider",
                        "transport.breakpoint", "transport.speed");
        assertThat(visited.size()).isLessThan(60);
    }

    @Test
    void theEventLogAndTheDiagramExportToFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        window.pressAndReleaseKeys(KeyEvent.VK_END);
        Path csv = dir.resolve("seed.csv");
        Path png = dir.resolve("seed.png");
        Path sheet = dir.resolve("seed.html");
        org.backstep.ui.worksheet.WorksheetFiles.Written written = GuiActionRunner.execute(() -> {
            frame.exports().writeLog(csv, org.backstep.trace.TraceWriter.Format.CSV);
            frame.exports().writeDiagram(png);
            return frame.exports().writeWorksheet(sheet, org.backstep.ui.worksheet.SheetFormat.HTML,
                    org.backstep.ui.worksheet.PaperSize.A4);
        });
        // The lesson as written, whatever the debugger shows: the student's copy and, beside it, the key.
        assertThat(java.nio.file.Files.readString(written.student())).contains("<h2>Questions</h2>")
                .contains("data:image/png;base64,").doesNotContain("answer key").doesNotContain("0.524346");
        assertThat(written.key()).isEqualTo(dir.resolve("seed-key.html"));
        assertThat(java.nio.file.Files.readString(written.key())).contains("answer key").contains("0.524346");
        assertThat(java.nio.file.Files.readAllLines(csv)).hasSize(44).first()
                .isEqualTo("seq,step,epoch,sample,phase,quantity,value,equation,expression");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
    }

    @Test
    void everyNamedControlIsThere() {
        for (String button : new String[] {"transport.rewind", "transport.back", "transport.forward", "transport.play",
                "transport.end"}) {
            assertThat(window.button(button).target().getAccessibleContext().getAccessibleName()).isNotBlank();
        }
        assertThat(window.slider("transport.slider").target()).isInstanceOf(JSlider.class);
        assertThat(window.label("transport.position").target()).isInstanceOf(JLabel.class);
        assertThat(diagram().getAccessibleContext().getAccessibleDescription()).isNotBlank();
        window.panel("maths.panel");
        window.table("values.table");
        window.table("gradients.table");
        window.tabbedPane("tabs").selectTab(1);
        assertThat(window.button("training.run").target().getAccessibleContext().getAccessibleName()).isNotBlank();
        window.progressBar("training.progress");
        window.panel("training.chart");
    }

    /** Paints the chart panel as Swing would and counts the pixels in the loss line's colour. */
    private int curvePixelsOnScreen() {
        org.backstep.ui.training.LossChart chart =
                (org.backstep.ui.training.LossChart) window.panel("training.chart").target();
        Pause.pause(new Condition("the chart's picture of the finished curve is on screen") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(chart::isUpToDate);
            }
        }, Timeout.timeout(10, TimeUnit.SECONDS));
        return PaintedPixels.inColour(chart, "Backstep.phase.loss");
    }

    @Test
    void comparingLearningRatesDrawsThreeLabelledCurves() {
        window.tabbedPane("tabs").selectTab(1);
        window.button("training.compare").click();
        Pause.pause(new Condition("the three runs finish") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("training.compare").target().isEnabled());
            }
        }, Timeout.timeout(20, TimeUnit.SECONDS));
        org.backstep.ui.training.LossChart chart =
                (org.backstep.ui.training.LossChart) window.panel("training.chart").target();
        assertThat(GuiActionRunner.execute(chart::curveCount)).isEqualTo(3);
        assertThat(window.textBox("training.message").text()).startsWith("η = 0.05: final loss ")
                .contains("; η = 0.5: final loss ").contains("; η = 5: ");
    }
}
