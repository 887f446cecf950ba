package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.backstep.lesson.BundledLessons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "Layers and cost" tab of lessons 4 and 5, as a student meets it. */
class InsightWindowTest {
    private Robot robot;
    private FrameFixture window;

    @BeforeEach
    void open() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        window = TestWindows.openSettled(robot, "deep-sigmoid");
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    @Test
    void theLayerChartFillsAsTheBackwardPassRunsAndTheCostChartCountsTheLessonsNetwork() {
        window.button("transport.rewind").click();
        window.tabbedPane("tabs").selectTab(4);
        window.label("insight.layers.values").requireText(".*No weight gradient is computed yet.*");
        assertThat(window.label("insight.cost.lesson").text()).contains("49 parameters")
                .contains("80 multiplications").contains("takes 848,").contains("10.6 times");

        window.tabbedPane("tabs").selectTab(0);
        window.button("transport.end").click();
        window.tabbedPane("tabs").selectTab(4);
        String values = window.label("insight.layers.values").text();
        assertThat(values).contains("layer 1: 0.000268").contains("layer 5: 0.214");
        assertThat(robot.finder().findByName(window.target(), "insight.layers").getAccessibleContext()
                .getAccessibleDescription()).as("what a screen reader hears").contains("layer 1: 0.000268");
    }
}
