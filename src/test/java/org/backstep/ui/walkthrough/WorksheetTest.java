package org.backstep.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.api.Test;

class WorksheetTest {

    @Test
    void theSeedWorksheetHasEveryQuestionWithBlanksAndAnAnswerKeyWithTheWorking() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        EventLog log = Recordings.record(seed.newStep(), seed.startState(), 1, 100_000);
        String html = Worksheet.html(Texts.in("en"), seed, log, new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Backpropagation in a 2-3-1 network</h1>");
        assertThat(html).contains("src=\"data:image/png;base64,");
        // Four questions: three numbers to predict (a blank each) and one choice (a box per option).
        assertThat(html.split("<div class=\"q\">", -1)).hasSize(5);
        String questions = html.substring(0, html.indexOf("class=\"key\""));
        assertThat(questions.split("class=\"blank\"", -1)).hasSize(1 + 1 + 3);
        assertThat(questions.split("&#9744;", -1)).hasSize(5);
        assertThat(questions).doesNotContain("0.46").doesNotContain("Right");
        String key = html.substring(html.indexOf("class=\"key\""));
        assertThat(key).contains("<b>0.46</b>: <code>z1[0] = 0.5·0.8 + (-0.2)·0.2 + 0.1 = 0.46</code>");
        assertThat(key).contains("<b>0.524346</b>").contains("<b>-0.28564</b>");
        assertThat(key).contains("<b>The two weights into h3, and the weight from h3 to ŷ</b>");
    }
}
