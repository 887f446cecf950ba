package org.backstep.ui.walkthrough;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.EventLog;
import org.backstep.ui.kit.Texts;

/**
 * A printable worksheet of a lesson for labs where students write on paper: the network, each
 * question of the walkthrough with a blank or boxes to tick, and on a page of its own the answer
 * key with the worked substitution of every predicted value. One self-contained HTML file (the
 * diagram is embedded), which any browser prints or saves as PDF.
 */
public final class Worksheet {
    private Worksheet() {
    }

    /** The worksheet of {@code lesson}, whose recorded first step is {@code log}. */
    public static String html(Texts texts, Lesson lesson, EventLog log, BufferedImage diagram) throws IOException {
        Walkthrough walkthrough = lesson.walkthrough();
        int[] events = walkthrough.resolve(log);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(Texts.escapeHtml(lesson.title()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.45}"
                        + "img{max-width:100%;border:1px solid #999}.q{margin:1.2em 0}.blank{display:inline-block;"
                        + "min-width:12em;border-bottom:1px solid #000}.key{page-break-before:always}"
                        + "code{font-size:1.05em}</style></head><body>\n");
        html.append("<h1>").append(Texts.escapeHtml(lesson.title())).append("</h1>\n");
        html.append("<p>").append(Texts.escapeHtml(texts.get("worksheet.name"))).append(" <span class=\"blank\"></span></p>\n");
        if (!lesson.about().goals().isEmpty()) {
            html.append("<h2>").append(Texts.escapeHtml(texts.get("lessons.goals"))).append("</h2>\n<ul>");
            lesson.about().goals().forEach(g -> html.append("<li>").append(Texts.escapeHtml(g)).append("</li>"));
            html.append("</ul>\n");
        }
        html.append("<h2>").append(Texts.escapeHtml(texts.get("worksheet.network"))).append("</h2>\n<img alt=\"")
                .append(Texts.escapeHtml(texts.get("worksheet.network"))).append("\" src=\"data:image/png;base64,")
                .append(png(diagram)).append("\">\n");
        html.append("<h2>").append(Texts.escapeHtml(texts.get("worksheet.questions"))).append("</h2>\n");
        int number = 0;
        for (int i = 0; i < walkthrough.size(); i++) {
            Walkthrough.Stop stop = walkthrough.stop(i);
            if (stop.question() == null) {
                continue;
            }
            number++;
            html.append("<div class=\"q\"><p><b>").append(number).append(".</b> ")
                    .append(Narration.toHtml(stop.narration())).append("</p>\n");
            if (stop.question() instanceof Question.Choice choice) {
                html.append("<p>").append(Narration.toHtml(choice.prompt())).append("</p><ul style=\"list-style:none\">");
                choice.options().forEach(o -> html.append("<li>&#9744; ").append(Narration.toHtml(o)).append("</li>"));
                html.append("</ul>");
            } else {
                html.append("<p>").append(Texts.escapeHtml(texts.get("walkthrough.answer.label")))
                        .append(": <span class=\"blank\"></span></p>");
            }
            html.append("</div>\n");
        }
        html.append("<div class=\"key\"><h2>").append(Texts.escapeHtml(texts.get("worksheet.key"))).append("</h2>\n<ol>");
        ReplayCursor cursor = new ReplayCursor(log);
        for (int i = 0; i < walkthrough.size(); i++) {
            Walkthrough.Stop stop = walkthrough.stop(i);
            if (stop.question() instanceof Question.Predict) {
                cursor.seek(events[i]);
                html.append("<li><b>").append(Texts.escapeHtml(texts.number(log.value(events[i])))).append("</b>: <code>")
                        .append(Texts.escapeHtml(texts.localFormula(cursor.activeExpression()))).append("</code></li>\n");
            } else if (stop.question() instanceof Question.Choice choice) {
                html.append("<li><b>").append(Narration.toHtml(choice.options().get(choice.answer())))
                        .append("</b>. ").append(Narration.toHtml(choice.explanation())).append("</li>\n");
            }
        }
        return html.append("</ol></div>\n</body></html>\n").toString();
    }

    private static String png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
