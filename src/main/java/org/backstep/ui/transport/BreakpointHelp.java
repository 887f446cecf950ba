package org.backstep.ui.transport;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.Phase;
import org.backstep.lesson.QuantityNames;
import org.backstep.ui.kit.Texts;

/**
 * The help page of "stop when": every form {@link BreakpointSyntax} understands, one row each,
 * written with the open lesson's own names ("h1", "w(x1→h1)") so a student can type what they see.
 */
final class BreakpointHelp {
    /** One row: what to type, and the key of what it means (its arguments are the lesson's names). */
    private record Row(String typed, String meaning) {
    }

    private final Texts texts;
    private final BreakpointSyntax.Examples e;

    BreakpointHelp(Texts texts, QuantityNames names) {
        this.texts = texts;
        this.e = BreakpointSyntax.Examples.of(names);
    }

    /** The rows in the order a student meets the quantities: nodes, parameters, gradients, then conditions. */
    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(e.unit() + ", " + e.output(), "node"));
        rows.add(new Row("z(" + e.unit() + ")", "sum"));
        rows.add(new Row(e.weight() + "   " + e.weightAscii(), "weight"));
        rows.add(new Row(e.bias(), "bias"));
        rows.add(new Row("L", "loss"));
        rows.add(new Row("dL/d" + e.unit() + "   ∂L/∂" + e.unit(), "gradient"));
        rows.add(new Row("dL/dz(" + e.unit() + ")", "sumGradient"));
        rows.add(new Row("dL/d" + e.weight(), "weightGradient"));
        rows.add(new Row(e.weightTraced() + "   dL/d" + e.weightTraced(), "traced"));
        rows.add(new Row("dL/dw(*→" + e.output() + ")", "wildcard"));
        List<String> phases = new ArrayList<>();
        for (Phase p : Phase.values()) {
            phases.add(p.fileName());
        }
        rows.add(new Row(String.join(", ", phases), "phase"));
        rows.add(new Row("|v| < 1e-6   |v| > 10", "size"));
        rows.add(new Row("not finite", "notFinite"));
        rows.add(new Row("backward and |v| < 1e-6", "and"));
        return rows;
    }

    String html() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<p>").append(Texts.escapeHtml(texts.get("transport.breakpoint.help.intro"))).append("</p>");
        html.append("<table cellpadding='4'>");
        html.append("<tr><th align='left'>").append(Texts.escapeHtml(texts.get("transport.breakpoint.help.typed")))
                .append("</th><th align='left'>").append(Texts.escapeHtml(texts.get("transport.breakpoint.help.means")))
                .append("</th></tr>");
        for (Row row : rows()) {
            html.append("<tr><td valign='top'><b>").append(Texts.escapeHtml(row.typed()).replace("   ", "&nbsp;&nbsp; "))
                    .append("</b></td><td valign='top'>")
                    .append(Texts.escapeHtml(texts.format("transport.breakpoint.help." + row.meaning(), e.unit(), e.input(),
                            e.output())))
                    .append("</td></tr>");
        }
        html.append("</table>");
        html.append("<p>").append(Texts.escapeHtml(texts.get("transport.breakpoint.help.keys"))).append("</p>");
        return html.append("</body></html>").toString();
    }
}
