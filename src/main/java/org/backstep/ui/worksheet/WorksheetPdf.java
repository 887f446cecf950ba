package org.backstep.ui.worksheet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.backstep.engine.EquationLine;
import org.backstep.lesson.Question;
import org.backstep.lesson.worksheet.Given;
import org.backstep.lesson.worksheet.KeyEntry;
import org.backstep.lesson.worksheet.SheetQuestion;
import org.backstep.lesson.worksheet.Worksheet;
import org.backstep.ui.kit.Texts;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A worksheet as two PDF files, the student's copy and the answer key, written with OpenPDF on
 * A4 or Letter. Words are text in an embedded font (a reader can search and copy them); the
 * equations are JLaTeXMath's shapes, vector sharp at any size; the network is drawn with Java2D
 * onto the page. Each question is kept on one page.
 */
final class WorksheetPdf {
    /** 18 mm: inside what school printers can reach, with room for the page number below. */
    private static final float MARGIN = 51f;
    private static final Color RULE = new Color(120, 120, 120);

    private final SheetWords words;
    private final Worksheet sheet;
    private final PaperSize paper;
    private final BaseFont base;
    private final java.awt.Font awtFont;
    private final Font body;
    private final Font bold;
    private final Font italic;
    private final Font small;
    private final Font heading;
    private final Font title;

    WorksheetPdf(Texts texts, Worksheet sheet, PaperSize paper) {
        this.words = new SheetWords(texts, sheet);
        this.sheet = sheet;
        this.paper = paper;
        try {
            base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    SheetFont.bytes(), null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the worksheet font cannot be embedded", e);
        }
        awtFont = SheetFont.awt();
        body = new Font(base, 10.5f, Font.NORMAL);
        bold = new Font(base, 10.5f, Font.BOLD);
        italic = new Font(base, 10.5f, Font.ITALIC);
        small = new Font(base, 8.5f, Font.NORMAL);
        heading = new Font(base, 13f, Font.BOLD);
        title = new Font(base, 17f, Font.BOLD);
    }

    byte[] student() {
        return write(sheet.lesson().title(), (doc, writer) -> {
            doc.add(new Paragraph(sheet.lesson().title(), title));
            Paragraph name = new Paragraph(words.get("worksheet.name") + " ______________________________", body);
            name.setSpacingBefore(6);
            doc.add(name);
            if (!sheet.lesson().about().goals().isEmpty()) {
                doc.add(headingOf(words.get("lessons.goals")));
                for (String goal : sheet.lesson().about().goals()) {
                    Paragraph p = new Paragraph("•  " + goal, body);
                    p.setIndentationLeft(10);
                    doc.add(p);
                }
            }
            network(doc, writer);
            for (SheetQuestion q : sheet.questions()) {
                doc.add(block(question(q, writer), q.number() > 1));
            }
        });
    }

    byte[] key() {
        String keyTitle = words.texts().format("worksheet.keyTitle", sheet.lesson().title());
        return write(keyTitle, (doc, writer) -> {
            doc.add(new Paragraph(keyTitle, title));
            Paragraph note = new Paragraph(words.get("worksheet.keyNote"), italic);
            note.setSpacingAfter(8);
            doc.add(note);
            for (KeyEntry entry : sheet.key()) {
                doc.add(block(answer(entry, writer), true));
            }
        });
    }

    private interface Content {
        void add(Document doc, PdfWriter writer) throws DocumentException;
    }

    private byte[] write(String name, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(paper.width(), paper.height()), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Footer(name));
            doc.addTitle(name);
            doc.addCreator("Backstep");
            doc.open();
            content.add(doc, writer);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the worksheet PDF could not be laid out: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The page's name and number at its foot. */
    private final class Footer extends PdfPageEventHelper {
        private final String name;

        Footer(String name) {
            this.name = name;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase foot = new Phrase(words.texts().format("worksheet.page", name,
                    String.valueOf(writer.getPageNumber())), small);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, foot,
                    paper.width() / 2, MARGIN - 16, 0);
        }
    }

    private Paragraph headingOf(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private void network(Document doc, PdfWriter writer) throws DocumentException {
        doc.add(headingOf(words.get("worksheet.network")));
        float width = paper.width() - 2 * MARGIN;
        PaperNetwork drawing = new PaperNetwork(sheet.network(), words.texts(), awtFont);
        float height = drawing.height(width);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, new OneFont());
        drawing.paint(g, width, height);
        g.dispose();
        Image picture = Image.getInstance(template);
        picture.setAlignment(Element.ALIGN_CENTER);
        doc.add(picture);
        doc.add(new Paragraph(words.get(drawing.labelsEveryNumber() ? "worksheet.legend" : "worksheet.legend.crowded"), small));

        NetworkTables tables = new NetworkTables(words, sheet.network());
        Paragraph parameters = new Paragraph(words.get("worksheet.parameters"), bold);
        parameters.setSpacingBefore(8);
        doc.add(parameters);
        for (int l = 0; l < sheet.network().shape().layers(); l++) {
            doc.add(table(tables.parameters(l), words.layer(l)));
        }
        Paragraph data = new Paragraph(words.get("worksheet.data"), bold);
        data.setSpacingBefore(4);
        doc.add(data);
        doc.add(table(tables.data(), null));
        EquationLine loss = sheet.network().shape().loss().lossLine();
        doc.add(ruleLine(words.texts().format("worksheet.lossIs", words.lineTitle(loss)) + "  ", loss, writer));
        doc.add(ruleLine(words.texts().format("worksheet.update", words.number(sheet.network().learningRate())) + "  ",
                sheet.quantities().optimizer().updateLine(), writer));
    }

    private PdfPTable table(String[][] rows, String caption) throws DocumentException {
        int columns = rows[0].length;
        PdfPTable table = new PdfPTable(columns);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 56f);
        widths[0] = 84f;
        table.setTotalWidth(widths);
        if (table.getTotalWidth() > paper.width() - 2 * MARGIN) {
            table.setTotalWidth(paper.width() - 2 * MARGIN);
        }
        table.setLockedWidth(true);
        table.setSpacingBefore(caption == null ? 2 : 4);
        table.setSpacingAfter(4);
        // A short table stays whole; a long one (a wide layer) starts where it is and runs on.
        table.setKeepTogether(rows.length <= 24);
        if (caption != null) {
            PdfPCell cell = new PdfPCell(new Phrase(caption, small));
            cell.setColspan(columns);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingBottom(3);
            table.addCell(cell);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns; c++) {
                boolean head = r == 0 || c == 0;
                PdfPCell cell = new PdfPCell(new Phrase(rows[r][c], head ? new Font(base, 9f, Font.BOLD)
                        : new Font(base, 9f, Font.NORMAL)));
                cell.setHorizontalAlignment(c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                cell.setBorderColor(RULE);
                cell.setBorderWidth(0.5f);
                cell.setPadding(3);
                if (r == 0) {
                    cell.setBackgroundColor(new Color(235, 235, 235));
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /**
     * A question or an answer as one cell with a rule above it, kept whole on a page: it moves to
     * the next page rather than breaking between its lines. Only a block taller than a whole page
     * (a question reading a very wide layer) is let break, since a row that cannot break and fits
     * no page would be left out.
     */
    private PdfPTable block(PdfPCell content, boolean ruleAbove) {
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(paper.width() - 2 * MARGIN);
        table.setLockedWidth(true);
        table.setKeepTogether(true);
        table.setSplitLate(true);
        table.setSpacingBefore(4);
        content.setBorder(ruleAbove ? Rectangle.TOP : Rectangle.NO_BORDER);
        content.setBorderColor(RULE);
        content.setBorderWidth(0.6f);
        content.setPaddingTop(6);
        content.setPaddingBottom(10);
        content.setPaddingLeft(0);
        content.setPaddingRight(0);
        table.addCell(content);
        table.setSplitRows(table.getTotalHeight() > paper.height() - 2 * MARGIN - 24);
        return table;
    }

    private PdfPCell question(SheetQuestion q, PdfWriter writer) {
        PdfPCell cell = new PdfPCell();
        if (q.number() == 1) {
            // The heading goes in the first question's block, so it never ends a page alone.
            Paragraph questions = headingOf(words.get("worksheet.questions"));
            questions.setSpacingBefore(0);
            cell.addElement(questions);
        }
        cell.addElement(new Paragraph(words.heading(q), bold));
        cell.addElement(narration(q.narration(), writer));
        if (q.line() != null) {
            cell.addElement(ruleLine(words.get("worksheet.rule") + "  ", q.line(), writer));
        }
        if (!q.givens().isEmpty()) {
            Paragraph givens = new Paragraph(words.get("worksheet.givens"), small);
            givens.setSpacingBefore(4);
            cell.addElement(givens);
            for (Given g : q.givens()) {
                Paragraph line = new Paragraph("•  " + words.given(g), body);
                line.setIndentationLeft(10);
                cell.addElement(line);
            }
        }
        if (q.question() instanceof Question.Choice choice) {
            Paragraph prompt = narration(choice.prompt(), writer);
            prompt.setSpacingBefore(6);
            prompt.add(new Chunk("  " + words.get("worksheet.tickOne"), small));
            cell.addElement(prompt);
            for (int o = 0; o < choice.options().size(); o++) {
                Paragraph option = new Paragraph("", body);
                option.setIndentationLeft(12);
                option.setSpacingBefore(3);
                option.add(new Chunk("□  " + SheetWords.letter(o) + " ", body));
                for (Runs.Run run : Runs.of(choice.options().get(o))) {
                    option.add(chunk(run, writer));
                }
                cell.addElement(option);
            }
        } else {
            Paragraph answer = new Paragraph(words.answerPrompt(q) + " ______________________", body);
            answer.setSpacingBefore(8);
            cell.addElement(answer);
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.setSpacingBefore(6);
            PdfPCell space = new PdfPCell(new Phrase(words.get("worksheet.working"), small));
            space.setFixedHeight(62);
            space.setBorderColor(RULE);
            space.setBorderWidth(0.5f);
            box.addCell(space);
            cell.addElement(box);
        }
        return cell;
    }

    private PdfPCell answer(KeyEntry entry, PdfWriter writer) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(new Paragraph(words.texts().format("worksheet.question", String.valueOf(entry.number())), bold));
        if (entry.question() instanceof Question.Choice choice) {
            Paragraph right = new Paragraph("", body);
            right.add(new Chunk(words.texts().format("worksheet.key.choice", SheetWords.letter(choice.answer())) + " ",
                    bold));
            for (Runs.Run run : Runs.of(choice.options().get(choice.answer()))) {
                right.add(chunk(run, writer));
            }
            cell.addElement(right);
            Paragraph why = narration(choice.explanation(), writer);
            why.setSpacingBefore(3);
            cell.addElement(why);
        } else {
            cell.addElement(new Paragraph(words.texts().format("worksheet.key.value", words.number(entry.value())),
                    bold));
        }
        if (entry.line() != null) {
            cell.addElement(ruleLine("", entry.line(), writer));
        }
        if (entry.working() != null) {
            Paragraph working = new Paragraph(words.get("worksheet.key.working") + "  "
                    + words.texts().localFormula(entry.working()), body);
            working.setSpacingBefore(3);
            cell.addElement(working);
        }
        if (entry.question() instanceof Question.Predict predict && predict.hint() != null && !predict.hint().isBlank()) {
            Paragraph hint = new Paragraph("", body);
            hint.setSpacingBefore(3);
            hint.add(new Chunk(words.get("worksheet.key.hint") + " ", italic));
            for (Runs.Run run : Runs.of(predict.hint())) {
                hint.add(chunk(run, writer));
            }
            cell.addElement(hint);
        }
        return cell;
    }

    /** A label and a typeset line, with room above it for a tall line (a fraction, a case split). */
    private Paragraph ruleLine(String label, EquationLine line, PdfWriter writer) {
        Paragraph p = new Paragraph("", body);
        p.add(new Chunk(label, small));
        Chunk typeset = equation(line.latex(), line.plain(), 11f, writer);
        p.add(typeset);
        float tall = typeset.getImage() == null ? 0 : typeset.getImage().getScaledHeight();
        p.setSpacingBefore(Math.max(4, tall - 8));
        return p;
    }

    private Paragraph narration(String text, PdfWriter writer) {
        Paragraph p = new Paragraph("", body);
        p.setLeading(0, 1.35f);
        p.setSpacingBefore(2);
        for (Runs.Run run : Runs.of(text)) {
            p.add(chunk(run, writer));
        }
        return p;
    }

    private Chunk chunk(Runs.Run run, PdfWriter writer) {
        if (run.maths()) {
            return equation(run.text(), run.text(), 10.5f, writer);
        }
        return new Chunk(run.text(), run.bold() ? bold : run.italic() ? italic : body);
    }

    /** {@code latex} typeset as vector shapes sitting on the text's baseline; {@code plain} where it cannot be set. */
    private Chunk equation(String latex, String plain, float size, PdfWriter writer) {
        TeXIcon icon = Typeset.icon(latex, size);
        if (icon == null) {
            return new Chunk(plain, italic);
        }
        float w = icon.getIconWidth();
        float h = icon.getIconHeight();
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(w, h);
        Graphics2D g = template.createGraphicsShapes(w, h);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        try {
            return new Chunk(Image.getInstance(template), 0, -icon.getIconDepth(), true);
        } catch (DocumentException e) {
            return new Chunk(plain, italic);
        }
    }

    /** The drawing's words go into the PDF as text in the sheet's embedded font, whatever Java2D font drew them. */
    private final class OneFont implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return base;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return awtFont.deriveFont((float) size);
        }
    }
}
