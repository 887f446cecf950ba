package org.backstep.ui.worksheet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import org.backstep.engine.EquationLine;
import org.backstep.lesson.Question;
import org.backstep.lesson.worksheet.Given;
import org.backstep.lesson.worksheet.KeyEntry;
import org.backstep.lesson.worksheet.SheetQuestion;
import org.backstep.lesson.worksheet.Worksheet;
import org.backstep.ui.kit.Texts;

/**
 * A worksheet as two PDF files, the student's copy and the answer key, written with OpenPDF on
 * A4 or Letter. Words are text in an embedded font (a reader can search and copy them); the
 * equations are JLaTeXMath's shapes, vector sharp at any size; the network is drawn with Java2D
 * onto the page. Each question is kept on one page.
 */
final class WorksheetPdf {
    private final SheetWords words;
    private final Worksheet sheet;
    private final PdfPieces pdf;

    WorksheetPdf(Texts texts, Worksheet sheet, PaperSize paper) {
        this.words = new SheetWords(texts, sheet);
        this.sheet = sheet;
        this.pdf = new PdfPieces(words, paper);
    }

    byte[] student() {
        return pdf.write(sheet.lesson().title(), (doc, writer) -> {
            doc.add(new Paragraph(sheet.lesson().title(), pdf.title));
            Paragraph name = new Paragraph(words.get("worksheet.name") + " ______________________________", pdf.body);
            name.setSpacingBefore(6);
            doc.add(name);
            if (!sheet.lesson().about().goals().isEmpty()) {
                doc.add(pdf.headingOf(words.get("lessons.goals")));
                for (String goal : sheet.lesson().about().goals()) {
                    Paragraph p = new Paragraph("•  " + goal, pdf.body);
                    p.setIndentationLeft(10);
                    doc.add(p);
                }
            }
            network(doc, writer);
            for (SheetQuestion q : sheet.questions()) {
                doc.add(pdf.block(question(q, writer), q.number() > 1));
            }
        });
    }

    byte[] key() {
        String keyTitle = words.texts().format("worksheet.keyTitle", sheet.lesson().title());
        return pdf.write(keyTitle, (doc, writer) -> {
            doc.add(new Paragraph(keyTitle, pdf.title));
            Paragraph note = new Paragraph(words.get("worksheet.keyNote"), pdf.italic);
            note.setSpacingAfter(8);
            doc.add(note);
            for (KeyEntry entry : sheet.key()) {
                doc.add(pdf.block(answer(entry, writer), true));
            }
        });
    }

    private void network(Document doc, PdfWriter writer) throws DocumentException {
        doc.add(pdf.headingOf(words.get("worksheet.network")));
        float width = pdf.bodyWidth();
        PaperNetwork drawing = new PaperNetwork(sheet.network(), words.texts(), pdf.awtFont);
        float height = drawing.height(width);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, pdf.fontMapper());
        drawing.paint(g, width, height);
        g.dispose();
        Image picture = Image.getInstance(template);
        picture.setAlignment(Element.ALIGN_CENTER);
        doc.add(picture);
        doc.add(new Paragraph(words.get(drawing.labelsEveryNumber() ? "worksheet.legend" : "worksheet.legend.crowded"), pdf.small));

        NetworkTables tables = new NetworkTables(words, sheet.network());
        Paragraph parameters = new Paragraph(words.get("worksheet.parameters"), pdf.bold);
        parameters.setSpacingBefore(8);
        doc.add(parameters);
        for (int l = 0; l < sheet.network().shape().layers(); l++) {
            doc.add(pdf.table(tables.parameters(l), words.layer(l)));
        }
        Paragraph data = new Paragraph(words.get("worksheet.data"), pdf.bold);
        data.setSpacingBefore(4);
        doc.add(data);
        doc.add(pdf.table(tables.data(), null));
        EquationLine loss = sheet.network().shape().loss().lossLine();
        doc.add(pdf.ruleLine(words.texts().format("worksheet.lossIs", words.lineTitle(loss)) + "  ", loss, writer));
        doc.add(pdf.ruleLine(words.texts().format("worksheet.update", words.number(sheet.network().learningRate())) + "  ",
                sheet.quantities().optimizer().updateLine(), writer));
    }

    private PdfPCell question(SheetQuestion q, PdfWriter writer) {
        PdfPCell cell = new PdfPCell();
        if (q.number() == 1) {
            // The heading goes in the first question's block, so it never ends a page alone.
            Paragraph questions = pdf.headingOf(words.get("worksheet.questions"));
            questions.setSpacingBefore(0);
            cell.addElement(questions);
        }
        cell.addElement(new Paragraph(words.heading(q), pdf.bold));
        cell.addElement(pdf.narration(q.narration(), writer));
        if (q.line() != null) {
            cell.addElement(pdf.ruleLine(words.get("worksheet.rule") + "  ", q.line(), writer));
        }
        if (!q.givens().isEmpty()) {
            Paragraph givens = new Paragraph(words.get("worksheet.givens"), pdf.small);
            givens.setSpacingBefore(4);
            cell.addElement(givens);
            for (Given g : q.givens()) {
                Paragraph line = new Paragraph("•  " + words.given(g), pdf.body);
                line.setIndentationLeft(10);
                cell.addElement(line);
            }
        }
        if (q.question() instanceof Question.Choice choice) {
            Paragraph prompt = pdf.narration(choice.prompt(), writer);
            prompt.setSpacingBefore(6);
            prompt.add(new Chunk("  " + words.get("worksheet.tickOne"), pdf.small));
            cell.addElement(prompt);
            for (int o = 0; o < choice.options().size(); o++) {
                Paragraph option = new Paragraph("", pdf.body);
                option.setIndentationLeft(12);
                option.setSpacingBefore(3);
                option.add(new Chunk("□  " + SheetWords.letter(o) + " ", pdf.body));
                pdf.runs(option, choice.options().get(o), writer);
                cell.addElement(option);
            }
        } else {
            Paragraph answer = new Paragraph(words.answerPrompt(q) + " ______________________", pdf.body);
            answer.setSpacingBefore(8);
            cell.addElement(answer);
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.setSpacingBefore(6);
            PdfPCell space = new PdfPCell(new Phrase(words.get("worksheet.working"), pdf.small));
            space.setFixedHeight(62);
            space.setBorderColor(PdfPieces.RULE);
            space.setBorderWidth(0.5f);
            box.addCell(space);
            cell.addElement(box);
        }
        return cell;
    }

    private PdfPCell answer(KeyEntry entry, PdfWriter writer) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(new Paragraph(words.texts().format("worksheet.question", String.valueOf(entry.number())), pdf.bold));
        if (entry.question() instanceof Question.Choice choice) {
            Paragraph right = new Paragraph("", pdf.body);
            right.add(new Chunk(words.texts().format("worksheet.key.choice", SheetWords.letter(choice.answer())) + " ",
                    pdf.bold));
            pdf.runs(right, choice.options().get(choice.answer()), writer);
            cell.addElement(right);
            Paragraph why = pdf.narration(choice.explanation(), writer);
            why.setSpacingBefore(3);
            cell.addElement(why);
        } else {
            cell.addElement(new Paragraph(words.texts().format("worksheet.key.value", words.number(entry.value())),
                    pdf.bold));
        }
        if (entry.line() != null) {
            cell.addElement(pdf.ruleLine("", entry.line(), writer));
        }
        if (entry.working() != null) {
            Paragraph working = new Paragraph(words.get("worksheet.key.working") + "  "
                    + words.texts().localFormula(entry.working()), pdf.body);
            working.setSpacingBefore(3);
            cell.addElement(working);
        }
        if (entry.question() instanceof Question.Predict predict && predict.hint() != null && !predict.hint().isBlank()) {
            Paragraph hint = new Paragraph("", pdf.body);
            hint.setSpacingBefore(3);
            hint.add(new Chunk(words.get("worksheet.key.hint") + " ", pdf.italic));
            pdf.runs(hint, predict.hint(), writer);
            cell.addElement(hint);
        }
        return cell;
    }

}
