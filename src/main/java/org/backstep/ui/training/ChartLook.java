package org.backstep.ui.training;

import java.awt.Color;
import java.util.List;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.theme.ChartTheme;
import org.backstep.ui.theme.Themes;

/** What the chart looks like: the window's chart theme, the curves' colours and the axis titles. */
record ChartLook(ChartTheme theme, Color line, List<Color> others, Color mark, String xTitle, String yTitle,
        String yLogTitle, String yLogShortTitle, java.util.Locale locale) {
    static ChartLook of(Texts texts, Appearance appearance) {
        return new ChartLook(ChartTheme.of(appearance), Themes.color("Backstep.phase.loss"),
                List.of(Themes.color("Backstep.phase.forward"), Themes.color("Backstep.phase.loss"),
                        Themes.color("Backstep.phase.update")), Themes.color("Backstep.phase.backward"),
                texts.get("training.axis.epoch"), texts.get("training.axis.loss"),
                texts.get("training.axis.logLoss"), texts.get("training.axis.logLoss.short"), texts.locale());
    }

    Color background() {
        return theme.getChartBackgroundColor();
    }
}
