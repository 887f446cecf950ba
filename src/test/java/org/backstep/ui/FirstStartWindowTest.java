package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.backstep.lesson.BundledLessons;
import org.backstep.ui.kit.TestContexts;
import org.backstep.ui.kit.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first start: the window paints first, and only then does the lesson list open over it (a
 * list built before the first paint kept a lab machine's window blank for the time it took to
 * load every lesson). Later starts of the same user open no list.
 */
class FirstStartWindowTest {
    private Robot robot;
    private FrameFixture window;

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void theLessonListOpensOnceTheWindowHasPaintedAndOnlyTheFirstTime() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        UiContext ui = TestContexts.fresh();
        List<String> order = new ArrayList<>();
        MainWindow frame = GuiActionRunner.execute(() -> {
            ui.appearance().install();
            MainWindow w = new MainWindow(ui, BundledLessons.load("seed-2-3-1"));
            // The glass pane paints last when the frame paints: it tells when the first picture is done.
            JComponent glass = new JComponent() {
                @Override
                protected void paintComponent(java.awt.Graphics g) {
                    if (!order.contains("painted")) {
                        order.add("painted");
                    }
                }
            };
            w.setGlassPane(glass);
            glass.setVisible(true);
            w.afterFirstPaint(() -> {
                order.add("after first paint");
                w.showLessonsOnFirstStart();
            });
            return w;
        });
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1366, 768));
        DialogFixture lessons = WindowFinder.findDialog("lessons").withTimeout(10, TimeUnit.SECONDS).using(robot);
        assertThat(order).containsExactly("painted", "after first paint");
        lessons.close();
        GuiActionRunner.execute(() -> {
            frame.repaint();
            return null;
        });
        robot.waitForIdle();
        assertThat(order).as("after the first paint only once").containsExactly("painted", "after first paint");
        GuiActionRunner.execute(() -> {
            frame.showLessonsOnFirstStart();
            return null;
        });
        robot.waitForIdle();
        Pause.pause(new Condition("no second list") {
            @Override
            public boolean test() {
                return robot.finder().findAll(c -> c instanceof java.awt.Dialog d && d.isShowing()).isEmpty();
            }
        }, Timeout.timeout(2, TimeUnit.SECONDS));
    }
}
