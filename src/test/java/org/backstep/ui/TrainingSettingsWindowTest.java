package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javax.swing.JComboBox;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.backstep.engine.Adam;
import org.backstep.engine.Quantities;
import org.backstep.trace.EventLog;
import org.backstep.ui.training.LossChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The training tab's settings as a student uses them: an optimizer chosen from the list shows its
 * update in the debugger, mini-batches draw the batch loss beside the epochs' curve, optimizers are
 * compared, and a setting out of its range is refused where it was typed.
 */
class TrainingSettingsWindowTest {
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private MainWindow open(String lesson) throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openSettled(robot, lesson);
        window.tabbedPane("tabs").selectTab(1);
        return (MainWindow) window.target();
    }

    private LossChart chart() {
        return (LossChart) window.panel("training.chart").target();
    }

    /** Whether the component of this name is out of sight (hidden, or inside something hidden). */
    private boolean hidden(String name) {
        java.awt.Component c = robot.finder().findByName(name, java.awt.Component.class, false);
        return !GuiActionRunner.execute(c::isShowing);
    }

    private void waitForRunsToEnd(String button) {
        Pause.pause(new Condition("the job ends and its curves are drawn") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button(button).target().isEnabled() && chart().isUpToDate());
            }
        }, Timeout.timeout(60, TimeUnit.SECONDS));
    }

    @Test
    void adamChosenFromTheListShowsItsFieldsAndTheDebuggerShowsItsUpdateAndItsState() throws Exception {
        MainWindow frame = open("xor");
        assertThat(hidden("training.beta1")).as("β₁ is not a setting of gradient descent").isTrue();
        window.comboBox("training.optimizer").selectItem("Adam");
        window.textBox("training.beta1").requireVisible().requireText("0.9");
        window.textBox("training.beta2").requireText("0.999");
        window.textBox("training.epsilon").requireText("1e-8");
        window.textBox("training.learningRate").requireText("1");
        assertThat(java.util.stream.Stream.of("training.learningRate", "training.beta1", "training.beta2",
                "training.epsilon", "training.weightDecay").map(n -> GuiActionRunner.execute(
                        () -> window.textBox(n).target().getLocationOnScreen().y)).toList())
                .as("Adam's fields top to bottom in the order its update uses them").isSorted().doesNotHaveDuplicates();
        assertThat(window.textBox("training.beta1").target().getToolTipText()).contains("running mean of gradients");
        assertThat(window.comboBox("training.optimizer").target().getToolTipText()).contains("m̂/(√v̂ + ε)");

        EventLog log = GuiActionRunner.execute(() -> frame.session().log());
        assertThat(log.quantities().optimizer()).isEqualTo(new Adam(1, 0.9, 0.999, 1e-8, 0));
        Quantities q = log.quantities();
        int mean = q.stateSlot(0, 0);
        int event = 0;
        while (log.slot(event) != mean) {
            event++;
        }
        int at = event;
        window.tabbedPane("tabs").selectTab(0);
        GuiActionRunner.execute(() -> frame.session().seek(at));
        robot.waitForIdle();
        assertThat(window.label("maths.substituted").text()).startsWith("m[w(x1→h1)] := 0.9·0 + 0.1·");
        assertThat(GuiActionRunner.execute(() -> ((org.backstep.ui.maths.MathsPanel) window.panel("maths.panel")
                .target()).activeLineId())).isEqualTo("mean.adam");

        JTable values = window.table("values.table").target();
        String[][] rows = window.table("values.table").contents();
        int heading = -1;
        for (int r = 0; r < rows.length; r++) {
            if (rows[r][0].equals("Optimizer state")) {
                heading = r;
            }
        }
        assertThat(heading).as("the section's heading").isPositive();
        assertThat(rows[heading + 1][0]).isEqualTo("m[w(x1→h1)]");
        assertThat(rows[heading + 1][1]).isEqualTo("m[W1[0][0]]");
        assertThat(rows[heading + 2][0]).isEqualTo("v[w(x1→h1)]");
        assertThat(rows[heading + 3][0]).isEqualTo("mhat[w(x1→h1)]");
        assertThat(rows[heading + 4][0]).isEqualTo("vhat[w(x1→h1)]");
        int meanRow = GuiActionRunner.execute(() -> ((org.backstep.ui.values.QuantityTable) values).rowOf(mean));
        assertThat(meanRow).isEqualTo(heading + 1);
        assertThat(rows[meanRow][2]).as("written by the event shown").isEqualTo(
                org.backstep.engine.Numbers.format(log.value(at)));

        // Back to plain descent: no state, no section.
        window.tabbedPane("tabs").selectTab(1);
        window.comboBox("training.optimizer").selectItem("Gradient descent (SGD)");
        window.tabbedPane("tabs").selectTab(0);
        assertThat(java.util.Arrays.stream(window.table("values.table").contents()).map(r -> r[0]))
                .doesNotContain("Optimizer state");
    }

    @Test
    void batchesOfTwoOnFourSamplesDrawTheBatchLossBesideTheEpochsAndTheDebuggerNamesTheStep() throws Exception {
        MainWindow frame = open("xor");
        window.checkBox("training.shuffle").requireDisabled();
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JSpinner.DefaultEditor) window.spinner("training.batchSize")
                .target().getEditor()).getTextField().getAccessibleContext().getAccessibleName()))
                .as("the name a screen reader says in the spinner's text").isEqualTo("Batch size");
        window.spinner("training.batchSize").requireValue(4);
        window.spinner("training.batchSize").enterTextAndCommit("2");
        window.spinner("training.batchSize").requireValue(2);
        window.checkBox("training.shuffle").requireEnabled();
        GuiActionRunner.execute(() -> window.spinner("training.epochs").target().setValue(300));
        window.button("training.run").click();
        waitForRunsToEnd("training.run");
        assertThat(window.textBox("training.message").text()).startsWith("Done: 300 epochs, 600 updates, final loss ");
        LossChart chart = chart();
        assertThat(GuiActionRunner.execute(chart::curveCount)).isEqualTo(2);
        assertThat(GuiActionRunner.execute(chart::curveLabels)).containsExactly("Loss of all the data", "Batch loss");
        assertThat(GuiActionRunner.execute(chart::points)).as("epochs 0 to 300").isEqualTo(301);
        assertThat(GuiActionRunner.execute(() -> chart.pointsOf(1))).as("every step's batch loss").isEqualTo(600);
        assertThat(GuiActionRunner.execute(() -> chart.getAccessibleContext().getAccessibleDescription()))
                .contains("after each epoch", "batch of 2 samples");
        assertThat(PaintedPixels.inColour(chart, "Backstep.phase.loss")).as("the epochs' line on top").isGreaterThan(100);

        GuiActionRunner.execute(() -> ((org.backstep.ui.training.TrainingPanel) window.panel("training").target())
                .showTrainedEpoch(57));
        assertThat(window.label("transport.position").text())
                .isEqualTo("start · " + frame.session().cursor().size() + " events · step 114 (epoch 57, batch 1 of 2)");
        GuiActionRunner.execute(() -> frame.session().seek(0));
        assertThat(window.label("transport.position").text()).startsWith("event 1 of ")
                .endsWith(" · forward · step 114 (epoch 57, batch 1 of 2)");

        // All the samples again: one line, and today's words.
        window.tabbedPane("tabs").selectTab(1);
        window.spinner("training.batchSize").enterTextAndCommit("All");
        window.spinner("training.batchSize").requireValue(4);
        window.checkBox("training.shuffle").requireDisabled();
        assertThat(window.textBox("training.message").text()).as("the run shown was trained otherwise")
                .startsWith("The settings changed since this run");
        window.button("training.run").click();
        waitForRunsToEnd("training.run");
        assertThat(GuiActionRunner.execute(chart::curveCount)).isEqualTo(1);
        window.tabbedPane("tabs").selectTab(0);
        assertThat(window.label("transport.position").text()).as("the epoch shown, in full batch's words")
                .isEqualTo("event 1 of 97 · forward · epoch 57");
    }

    @Test
    void threeOptimizersComparedDrawThreeCurvesWithALegendAndSaySoInOneSentence() throws Exception {
        open("xor");
        GuiActionRunner.execute(() -> window.spinner("training.epochs").target().setValue(300));
        window.textBox("training.learningRate").deleteText().enterText("0.1");
        window.button("training.compareOptimizers").click();
        JOptionPaneFixture dialog = JOptionPaneFinder.findOptionPane().using(robot);
        JComboBoxFixture third = new JComboBoxFixture(robot,
                robot.finder().findByName(dialog.target(), "training.compareOptimizers.2", JComboBox.class, true));
        third.requireSelection("Adam");
        third.selectItem("RMSprop");
        Dialogs.closeWithOk(robot, dialog);
        waitForRunsToEnd("training.compareOptimizers");
        LossChart chart = chart();
        assertThat(GuiActionRunner.execute(chart::curveCount)).isEqualTo(3);
        assertThat(GuiActionRunner.execute(chart::curveLabels))
                .containsExactly("Gradient descent (SGD)", "Momentum", "RMSprop");
        assertThat(window.textBox("training.message").text()).startsWith("Gradient descent (SGD): final loss ")
                .contains("; Momentum: ", "; RMSprop: ", ". Lowest final loss: ");
        JTable hidden = robot.finder().findByName("training.predictions", JTable.class, false);
        assertThat(GuiActionRunner.execute(hidden::isShowing)).as("no one final prediction").isFalse();
    }

    @Test
    void betaOneOfOneIsRefusedAtTheFieldAndByTheRunButtonAndNothingTypedIsLost() throws Exception {
        MainWindow frame = open("xor");
        window.comboBox("training.optimizer").selectItem("Adam");
        window.textBox("training.beta1").deleteText().enterText("1");
        String refused = "“1” is not a usable β₁: type a number of at least 0 and less than 1.";
        window.textBox("training.beta1.problem").requireVisible().requireText(refused);
        assertThat(window.textBox("training.beta1").target().getAccessibleContext().getAccessibleDescription())
                .isEqualTo(refused);
        window.button("training.run").click();
        assertThat(window.textBox("training.message").text()).isEqualTo(refused);
        window.textBox("training.beta1").requireFocused().requireText("1");
        window.button("training.run").requireEnabled();
        window.button("training.cancel").requireDisabled();
        assertThat(GuiActionRunner.execute(() -> frame.session().log().quantities().optimizer().kind()))
                .as("the step chosen last that could be used").isEqualTo(Adam.KIND);
        assertThat(GuiActionRunner.execute(() -> ((Adam) frame.session().lesson().training().optimizer()).beta1()))
                .isEqualTo(0.9);

        window.comboBox("training.optimizer").selectItem("Momentum");
        window.comboBox("training.optimizer").selectItem("Adam");
        window.textBox("training.beta1").requireText("1");
        window.textBox("training.beta1").deleteText().enterText("0,8");
        assertThat(hidden("training.beta1.problem")).isTrue();
        window.button("training.run").click();
        waitForRunsToEnd("training.run");
        assertThat(GuiActionRunner.execute(() -> ((Adam) frame.session().lesson().training().optimizer()).beta1()))
                .isEqualTo(0.8);
    }
}
