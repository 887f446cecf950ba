package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.backstep.engine.Limits;
import org.backstep.engine.Numbers;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.ui.training.LossChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The training tab as a student uses it: every sample's prediction, and a run that diverges. */
class TrainingWindowTest {
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

    private void open(String lesson) throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // A student who has been through the guide: a later epoch no longer gives an answer away.
        window = TestWindows.openSettled(robot, lesson);
        window.tabbedPane("tabs").selectTab(1);
    }

    /** Types the epochs and the rate, runs, and waits for the run's picture to be on screen. */
    private void train(int epochs, String rate) {
        GuiActionRunner.execute(() -> window.spinner("training.epochs").target().setValue(epochs));
        window.textBox("training.learningRate").deleteText().enterText(rate);
        window.button("training.run").click();
        Pause.pause(new Condition("the run ends and its curve is drawn") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("training.run").target().isEnabled()
                        && chart().isUpToDate());
            }
        }, Timeout.timeout(30, TimeUnit.SECONDS));
    }

    private LossChart chart() {
        return (LossChart) window.panel("training.chart").target();
    }

    private String message() {
        return window.textBox("training.message").text();
    }

    private String positionText() {
        return window.label("transport.position").text();
    }

    @Test
    void theFinalPredictionListsEverySampleWithItsInputsPredictionAndTarget() throws Exception {
        open("xor");
        Lesson xor = BundledLessons.load("xor");
        train(2000, "1");
        JTable table = window.table("training.predictions").target();
        assertThat(GuiActionRunner.execute(() -> table.getAccessibleContext().getAccessibleName()))
                .isEqualTo("Final prediction for every sample");
        assertThat(GuiActionRunner.execute(table::getRowCount)).isEqualTo(4);
        assertThat(GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, table.getColumnCount())
                .mapToObj(table::getColumnName).toList()))
                .containsExactly("Sample", "x1", "x2", "Prediction ŷ", "Target ŷ");
        // The outputs `backstep train xor --format json` prints after 2000 updates, to six digits.
        String[] cli = {"0.00208023", "0.998887", "0.998887", "0.00216971"};
        TrainingRun run = TrainingRun.train(xor.newStep(), xor.startState(), 2000);
        double[][] outputs = xor.newStep().outputs(run.parametersAt(2000));
        String[][] rows = window.table("training.predictions").contents();
        for (int s = 0; s < 4; s++) {
            assertThat(rows[s]).containsExactly(Integer.toString(s + 1), Numbers.format(xor.data().input(s, 0)),
                    Numbers.format(xor.data().input(s, 1)), cli[s], Numbers.format(xor.data().target(s, 0)));
            assertThat(rows[s][3]).isEqualTo(Numbers.format(outputs[s][0]));
        }
        assertThat(message()).isEqualTo("Done: 2,000 updates, final loss " + Numbers.format(run.losses()[2000]) + ".");
        // A screen reader on the focused first cell hears the whole row.
        String spoken = GuiActionRunner.execute(() -> table.prepareRenderer(table.getCellRenderer(1, 0), 1, 0)
                .getAccessibleContext().getAccessibleName());
        assertThat(spoken).isEqualTo("Sample 2 of 4: x1 = 0, x2 = 1; prediction ŷ = 0.998887, target 1.");
    }

    @Test
    void aDivergedRunDrawsEveryFiniteLossMarksWhereItBrokeAndOneClickShowsThatEvent() throws Exception {
        open("learning-rate");
        window.button("training.showDivergence").requireDisabled();
        train(400, "0.5");
        LossChart chart = chart();
        assertThat(GuiActionRunner.execute(chart::points)).as("the losses of epochs 0 to 176, all finite")
                .isEqualTo(177);
        assertThat(GuiActionRunner.execute(chart::inPowers)).as("a loss of 1e306 is drawn as a power of ten").isTrue();
        LossChart.Mark mark = GuiActionRunner.execute(chart::mark);
        assertThat(mark.epoch()).isEqualTo(177);
        assertThat(mark.label()).isEqualTo("Diverged (epoch 177)");
        assertThat(message()).isEqualTo("Training diverged at epoch 177: the loss is no longer a finite number. "
                + "Try a smaller learning rate.");
        assertThat(window.textBox("training.why").text()).isEqualTo("At epoch 177, event 5, sample 3 of 4: the "
                + "weighted sum of ŷ became too large (1.52e154); its square no longer fits a number.");
        assertThat(markPixels()).as("the diamond on screen, in its own colour").isGreaterThan(20);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> window.button("training.run").target().getAccessibleContext()
                .getAccessibleDescription())).as("spoken on the button pressed: how it ended, why, and the table")
                .isEqualTo("Training diverged at epoch 177: the loss is no longer a finite number. Try a smaller "
                        + "learning rate. At epoch 177, event 5, sample 3 of 4: the weighted sum of ŷ became too large "
                        + "(1.52e154); its square no longer fits a number. The table lists the final predictions of "
                        + "the 4 samples.");

        window.button("training.showDivergence").requireEnabled().click();
        assertThat(window.tabbedPane("tabs").target().getSelectedIndex()).as("the debugger in front").isZero();
        assertThat(positionText()).isEqualTo("event 5 of 30 · forward · epoch 177");
        MainWindow frame = (MainWindow) window.target();
        double value = GuiActionRunner.execute(() -> frame.session().cursor().currentEvent().value());
        assertThat(value).isGreaterThan(Limits.TOO_LARGE);

        // Back to the start of the step, then the mark on the curve: the same event again.
        GuiActionRunner.execute(() -> frame.session().seek(-1));
        window.tabbedPane("tabs").selectTab(1);
        robot.waitForIdle();
        int x = GuiActionRunner.execute(chart::markX);
        robot.click(chart, new Point(x + 2, chart.getHeight() / 2), MouseButton.LEFT_BUTTON, 1);
        robot.waitForIdle();
        assertThat(positionText()).isEqualTo("event 5 of 30 · forward · epoch 177");
    }

    @Test
    void aRunWhoseLossGrowsPastAMillionWithoutDivergingIsStillDrawn() throws Exception {
        open("learning-rate");
        // 100 epochs at 0.5: the loss passes 1e170, a number XChart's linear tick labels never finish with.
        train(100, "0.5");
        assertThat(GuiActionRunner.execute(chart()::inPowers)).isTrue();
        assertThat(GuiActionRunner.execute(chart()::mark)).isNull();
        assertThat(GuiActionRunner.execute(chart()::points)).isEqualTo(101);
        window.button("training.showDivergence").requireDisabled();
        assertThat(window.textBox("training.why").text()).isBlank();
        window.table("training.predictions").requireVisible();

        // Three runs compared have no one final prediction: the table steps aside for the chart.
        window.button("training.compare").click();
        Pause.pause(new Condition("the comparison ends") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("training.compare").target().isEnabled());
            }
        }, Timeout.timeout(30, TimeUnit.SECONDS));
        JTable hidden = robot.finder().findByName("training.predictions", JTable.class, false);
        assertThat(GuiActionRunner.execute(hidden::isShowing)).isFalse();
        assertThat(GuiActionRunner.execute(chart()::curveCount)).isEqualTo(3);
    }

    /** Paints the chart as Swing would and counts the pixels in the divergence mark's colour. */
    private int markPixels() {
        LossChart chart = chart();
        return PaintedPixels.inColour(chart, "Backstep.phase.backward");
    }
}
