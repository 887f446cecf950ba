package org.backstep.ui.worksheet;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.backstep.engine.EquationLine;
import org.backstep.lesson.Question;
import org.backstep.lesson.worksheet.Given;
import org.backstep.lesson.worksheet.KeyEntry;
import org.backstep.lesson.worksheet.SheetQuestion;
import org.backstep.lesson.worksheet.Worksheet;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.walkthrough.Narration;

/**
 * A worksheet as two self-contained HTML pages, the student's copy and the answer key, which any
 * browser prints: the network and the typeset equations are embedded pictures, the page size and
 * margins are set for the chosen paper, and a question never breaks across pages.
 */
final class WorksheetHtml {
    /** Pixels per point of the embedded pictures: sharp on paper at about 200 dpi. */
    private static final float SCALE = 3f;
    /** The width of the network picture on the page, in points. */
    private static final float DRAWING_WIDTH = 480f;

    private final SheetWords words;
    private final Worksheet sheet;
    private final PaperSize paper;

    WorksheetHtml(Texts texts, Worksheet sheet, PaperSize paper) {
        this.words = new SheetWords(texts, sheet);
        this.sheet = sheet;
        this.paper = paper;
    }

    String student() {
        StringBuilder html = head(sheet.lesson().title());
        html.append("<h1>").append(esc(sheet.lesson().title())).append("</h1>\n<p class=\"name\">")
                .append(esc(words.get("worksheet.name"))).append(" <span class=\"blank\"></span></p>\n");
        if (!sheet.lesson().about().goals().isEmpty()) {
            html.append("<h2>").append(esc(words.get("lessons.goals"))).append("</h2>\n<ul>");
            sheet.lesson().about().goals().forEach(g -> html.append("<li>").append(esc(g)).append("</li>"));
            html.append("</ul>\n");
        }
        network(html);
        html.append("<h2>").append(esc(words.get("worksheet.questions"))).append("</h2>\n");
        for (SheetQuestion q : sheet.questions()) {
            question(html, q);
        }
        return html.append("</body></html>\n").toString();
    }

    String key() {
        String title = words.texts().format("worksheet.keyTitle", sheet.lesson().title());
        StringBuilder html = head(title);
        html.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"note\">")
                .append(esc(words.get("worksheet.keyNote"))).append("</p>\n");
        for (KeyEntry entry : sheet.key()) {
            html.append("<div class=\"q\"><h3>").append(esc(words.texts().format("worksheet.question",
                    String.valueOf(entry.number())))).append("</h3>\n");
            if (entry.question() instanceof Question.Choice choice) {
                html.append("<p><b>").append(esc(words.texts().format("worksheet.key.choice",
                        SheetWords.letter(choice.answer()) + " " + Texts.plainText(Narration.toHtml(
                                choice.options().get(choice.answer())))))).append("</b></p>\n<p>")
                        .append(Narration.toHtml(choice.explanation())).append("</p>\n");
            } else {
                html.append("<p><b>").append(esc(words.number(entry.value()))).append("</b></p>\n");
            }
            if (entry.line() != null) {
                html.append("<p class=\"rule\">").append(equation(entry.line())).append("</p>\n");
            }
            if (entry.working() != null) {
                html.append("<p>").append(esc(words.get("worksheet.key.working"))).append(" <code>")
                        .append(esc(words.texts().localFormula(entry.working()))).append("</code></p>\n");
            }
            if (entry.question() instanceof Question.Predict predict && predict.hint() != null
                    && !predict.hint().isBlank()) {
                html.append("<p class=\"hint\">").append(esc(words.get("worksheet.key.hint")) + " ")
                        .append(Narration.toHtml(predict.hint())).append("</p>\n");
            }
            html.append("</div>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private StringBuilder head(String title) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(esc(words.texts().language()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title>\n<style>")
                .append("@page{size:").append(paper.css()).append(";margin:18mm 16mm}")
                .append("body{font-family:\"Liberation Sans\",Arial,Helvetica,sans-serif;font-size:11pt;")
                .append("line-height:1.4;color:#000;background:#fff;max-width:46em;margin:1.5em auto;padding:0 1em}")
                .append("h1{font-size:17pt;margin:0 0 .4em}h2{font-size:13pt;margin:1.2em 0 .4em}")
                .append("h3{font-size:11.5pt;margin:0 0 .3em}")
                .append(".q{break-inside:avoid;page-break-inside:avoid;border-top:1px solid #777;padding:.6em 0 .8em}")
                .append(".blank{display:inline-block;min-width:12em;border-bottom:1px solid #000}")
                .append(".working{height:5em;border:1px dashed #888;margin-top:.4em;padding:.2em .4em;color:#555}")
                .append("table{border-collapse:collapse;margin:.3em 0 .8em}th,td{border:1px solid #777;")
                .append("padding:2px 7px;text-align:right}th{font-weight:bold;background:#eee}")
                .append("img{vertical-align:middle}.network{max-width:100%;height:auto}")
                .append(".options{list-style:none;padding-left:1em}code{font-size:10.5pt}")
                .append("</style></head><body>\n");
        return html;
    }

    private void network(StringBuilder html) {
        PaperNetwork drawing = new PaperNetwork(sheet.network(), words.texts(), SheetFont.awt());
        float h = drawing.height(DRAWING_WIDTH);
        BufferedImage image = new BufferedImage(Math.round(DRAWING_WIDTH * SCALE), Math.round(h * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(SCALE, SCALE);
        drawing.paint(g, DRAWING_WIDTH, h);
        g.dispose();
        html.append("<h2>").append(esc(words.get("worksheet.network"))).append("</h2>\n<img class=\"network\" alt=\"")
                .append(esc(words.get("worksheet.network"))).append("\" style=\"width:").append(fmt(DRAWING_WIDTH))
                .append("pt\" src=\"data:image/png;base64,").append(png(image)).append("\">\n<p>")
                .append(esc(words.get(drawing.labelsEveryNumber() ? "worksheet.legend" : "worksheet.legend.crowded"))).append("</p>\n");
        NetworkTables tables = new NetworkTables(words, sheet.network());
        html.append("<h3>").append(esc(words.get("worksheet.parameters"))).append("</h3>\n");
        for (int l = 0; l < sheet.network().shape().layers(); l++) {
            table(html, tables.parameters(l), words.layer(l));
        }
        html.append("<h3>").append(esc(words.get("worksheet.data"))).append("</h3>\n");
        table(html, tables.data(), null);
        html.append("<p>").append(esc(words.texts().format("worksheet.lossIs",
                words.lineTitle(sheet.network().shape().loss().lossLine())))).append(" ")
                .append(equation(sheet.network().shape().loss().lossLine())).append("</p>\n<p>")
                .append(esc(words.texts().format("worksheet.update", words.number(sheet.network().learningRate()))))
                .append(" ").append(equation(sheet.quantities().optimizer().updateLine())).append("</p>\n");
    }

    private static void table(StringBuilder html, String[][] rows, String caption) {
        html.append("<table>");
        if (caption != null) {
            html.append("<caption style=\"text-align:left\">").append(esc(caption)).append("</caption>");
        }
        for (int r = 0; r < rows.length; r++) {
            html.append("<tr>");
            for (int c = 0; c < rows[r].length; c++) {
                String tag = r == 0 || c == 0 ? "th" : "td";
                html.append('<').append(tag).append('>').append(esc(rows[r][c])).append("</").append(tag).append('>');
            }
            html.append("</tr>");
        }
        html.append("</table>\n");
    }

    private void question(StringBuilder html, SheetQuestion q) {
        html.append("<div class=\"q\"><h3>").append(esc(words.heading(q))).append("</h3>\n<p>")
                .append(Narration.toHtml(q.narration())).append("</p>\n");
        if (q.line() != null) {
            html.append("<p class=\"rule\">").append(esc(words.get("worksheet.rule"))).append(" ")
                    .append(equation(q.line())).append("</p>\n");
        }
        if (!q.givens().isEmpty()) {
            html.append("<p>").append(esc(words.get("worksheet.givens"))).append("</p><ul>");
            for (Given g : q.givens()) {
                html.append("<li>").append(esc(words.given(g))).append("</li>");
            }
            html.append("</ul>\n");
        }
        if (q.question() instanceof Question.Choice choice) {
            html.append("<p><b>").append(Narration.toHtml(choice.prompt())).append("</b> ")
                    .append(esc(words.get("worksheet.tickOne"))).append("</p><ul class=\"options\">");
            for (int o = 0; o < choice.options().size(); o++) {
                html.append("<li>&#9633; ").append(SheetWords.letter(o)).append(' ')
                        .append(Narration.toHtml(choice.options().get(o))).append("</li>");
            }
            html.append("</ul>\n");
        } else {
            html.append("<p>").append(esc(words.answerPrompt(q))).append(" <span class=\"blank\"></span></p>\n")
                    .append("<div class=\"working\">").append(esc(words.get("worksheet.working"))).append("</div>\n");
        }
        html.append("</div>\n");
    }

    /** A typeset line as an embedded picture, its plain text as the alternative. */
    private String equation(EquationLine line) {
        var icon = Typeset.icon(line.latex(), 13f);
        if (icon == null) {
            return "<code>" + esc(line.plain()) + "</code>";
        }
        return "<img alt=\"" + esc(line.plain()) + "\" style=\"width:" + fmt(icon.getIconWidth()) + "pt\" src=\"data:image/png;base64,"
                + png(Typeset.image(icon, SCALE)) + "\">";
    }

    private static String fmt(float points) {
        return String.format(Locale.ROOT, "%.1f", points);
    }

    private static String esc(String text) {
        return Texts.escapeHtml(text);
    }

    private static String png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
