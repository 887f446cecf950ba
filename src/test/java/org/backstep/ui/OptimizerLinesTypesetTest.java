package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backstep.engine.EquationLine;
import org.backstep.engine.Optimizer;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Every line an optimizer shows in the maths panel (its update, and each number it writes, with
 * and without weight decay) typesets as the panel typesets it: a slip in the LaTeX would throw
 * there, in front of a class.
 */
class OptimizerLinesTypesetTest {

    @Test
    void everyOptimizerLineTypesets() {
        List<EquationLine> lines = new ArrayList<>();
        for (Optimizer.Kind kind : Optimizer.kinds()) {
            for (double decay : new double[] {0, 0.01}) {
                Optimizer optimizer = kind.make(Map.of("learningRate", 0.1, "weightDecay", decay));
                lines.add(optimizer.updateLine());
                optimizer.state().forEach(v -> lines.add(v.line()));
            }
        }
        assertThat(lines).extracting(EquationLine::id).contains("update.adamw", "corrected.m", "decay.l2",
                "velocity.momentum", "squares.rmsprop", "update.sgd.decayed");
        for (EquationLine line : lines) {
            TeXIcon icon = new TeXFormula(line.latex()).createTeXIcon(TeXConstants.STYLE_TEXT, 15f);
            assertThat(icon.getIconWidth()).as(line.id()).isPositive();
        }
    }
}
