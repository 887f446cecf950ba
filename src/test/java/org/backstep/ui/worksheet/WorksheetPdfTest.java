package org.backstep.ui.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.Question;
import org.backstep.lesson.worksheet.SheetQuestion;
import org.backstep.lesson.worksheet.Worksheet;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF worksheet as a printer gets it: read back with PDFBox, its words extracted and its pages
 * rendered to pictures, the way a teacher would look at it before printing a class set.
 */
class WorksheetPdfTest {
    private static final float DPI = 100;

    static List<String> lessons() {
        return BundledLessons.ids();
    }

    /** Every lesson, each in one of the three languages in turn, so each language meets every kind of sheet. */
    @ParameterizedTest
    @MethodSource("lessons")
    void theStudentsCopyHasEveryNumberItsQuestionsNeedAndNoAnswer(String id) throws Exception {
        Lesson lesson = BundledLessons.load(id);
        String language = Texts.LANGUAGES.get(Math.floorMod(id.hashCode(), Texts.LANGUAGES.size()));
        Texts texts = Texts.in(language);
        WorksheetFiles.Rendered pdf = WorksheetFiles.render(texts, lesson, SheetFormat.PDF, PaperSize.A4);
        try (PDDocument student = Loader.loadPDF(pdf.student()); PDDocument key = Loader.loadPDF(pdf.key())) {
            SheetText.assertStudentCopy(text(student), lesson, texts, id + " in " + language);
            SheetText.assertKey(text(key), lesson, texts, id + "'s key in " + language);
            assertQuestionsAreWholeOnTheirPages(student, Worksheet.of(lesson, language), texts);
        }
    }

    @Test
    void a4AndLetterAreTheSizesOfTheirPapers() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        Texts texts = Texts.in("en");
        for (PaperSize paper : PaperSize.values()) {
            WorksheetFiles.Rendered pdf = WorksheetFiles.render(texts, seed, SheetFormat.PDF, paper);
            try (PDDocument student = Loader.loadPDF(pdf.student()); PDDocument key = Loader.loadPDF(pdf.key())) {
                for (PDDocument doc : List.of(student, key)) {
                    PDRectangle box = doc.getPage(0).getMediaBox();
                    // A4 is 210 × 297 mm, Letter 8.5 × 11 in.
                    float mm = 72f / 25.4f;
                    if (paper == PaperSize.A4) {
                        assertThat(box.getWidth() / mm).isCloseTo(210f, org.assertj.core.data.Offset.offset(0.5f));
                        assertThat(box.getHeight() / mm).isCloseTo(297f, org.assertj.core.data.Offset.offset(0.5f));
                    } else {
                        assertThat(box.getWidth()).isCloseTo(8.5f * 72, org.assertj.core.data.Offset.offset(0.5f));
                        assertThat(box.getHeight()).isCloseTo(11f * 72, org.assertj.core.data.Offset.offset(0.5f));
                    }
                }
                // The network, its tables and four questions with room to work take more than one page;
                // the four answers fit on one.
                assertThat(student.getNumberOfPages()).isBetween(2, 4);
                assertThat(key.getNumberOfPages()).isEqualTo(1);
            }
        }
    }

    @Test
    void thePagesHaveInkInsideMarginsThatPrintAndNoColour() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        WorksheetFiles.Rendered pdf = WorksheetFiles.render(Texts.in("en"), seed, SheetFormat.PDF, PaperSize.A4);
        try (PDDocument student = Loader.loadPDF(pdf.student()); PDDocument key = Loader.loadPDF(pdf.key())) {
            for (PDDocument doc : List.of(student, key)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int page = 0; page < doc.getNumberOfPages(); page++) {
                    BufferedImage image = renderer.renderImageWithDPI(page, DPI);
                    Ink ink = Ink.of(image, Math.round(10 / 25.4f * DPI));
                    assertThat(ink.dark()).as("page %d is not blank", page + 1).isGreaterThan(image.getWidth() * 5);
                    assertThat(ink.inMargin()).as("ink within 10 mm of the paper's edge").isZero();
                    assertThat(ink.coloured()).as("everything prints the same in greyscale").isZero();
                }
            }
        }
    }

    @Test
    void theNetworkOnPaperLabelsEveryEdgeWithItsWeightAndEveryUnitWithItsBias() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        WorksheetFiles.Rendered pdf = WorksheetFiles.render(Texts.in("en"), seed, SheetFormat.PDF, PaperSize.A4);
        try (PDDocument student = Loader.loadPDF(pdf.student())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(student);
            // The weights of the seed lesson, each once on its edge and once in the table.
            for (String weight : List.of("0.5", "-0.2", "0.3", "0.8", "-0.6", "0.4", "0.7", "-0.5", "0.9")) {
                assertThat(count(SheetText.squeeze(first), " " + weight + " ")).as(weight).isGreaterThanOrEqualTo(2);
            }
            assertThat(first).contains("b = 0.1", "b = -0.1", "b = 0.05", "b = 0.2", "y = 1", "h1", "h2", "h3", "ŷ");
        }
    }

    /** A question's heading and its last line (the blank for the answer, or the last option) are on one page. */
    private static void assertQuestionsAreWholeOnTheirPages(PDDocument doc, Worksheet sheet, Texts texts)
            throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        SheetWords words = new SheetWords(texts, sheet);
        for (SheetQuestion q : sheet.questions()) {
            String heading = words.heading(q);
            String last = q.question() instanceof Question.Choice choice
                    ? SheetWords.letter(choice.options().size() - 1) : texts.format("worksheet.yourAnswer", q.quantity());
            int found = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = SheetText.squeeze(stripper.getText(doc));
                if (text.contains(heading)) {
                    found++;
                    assertThat(text.substring(text.indexOf(heading))).as("question %d on page %d", q.number(), page)
                            .contains(last);
                }
            }
            assertThat(found).as("question %d", q.number()).isEqualTo(1);
        }
    }

    private static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** Dark pixels on a page, those in its margin band, and any that are not grey. */
    private record Ink(int dark, int inMargin, int coloured) {
        static Ink of(BufferedImage image, int margin) {
            int dark = 0;
            int inMargin = 0;
            int coloured = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 24) {
                        coloured++;
                    }
                    if (r + g + b < 3 * 160) {
                        dark++;
                        if (x < margin || y < margin || x >= image.getWidth() - margin || y >= image.getHeight() - margin) {
                            inMargin++;
                        }
                    }
                }
            }
            return new Ink(dark, inMargin, coloured);
        }
    }
}
