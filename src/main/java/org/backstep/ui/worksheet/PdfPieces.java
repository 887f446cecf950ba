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
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * The typography of a worksheet's PDF and the pieces its pages are made of: the embedded font in
 * its sizes, the margins, a page's foot, headings, tables, a question's block that stays on one
 * page, narration with its maths typeset, and equations as JLaTeXMath's vector shapes.
 */
final class PdfPieces {
    /** 18 mm: inside what school printers can reach, with room for the page number below. */
    static final float MARGIN = 51f;
    static final Color RULE = new Color(120, 120, 120);

    private final SheetWords words;
    private final PaperSize paper;
    private final BaseFont base;
    final java.awt.Font awtFont;
    final Font body;
    final Font bold;
    final Font italic;
    final Font small;
    final Font heading;
    final Font title;

    PdfPieces(SheetWords words, PaperSize paper) {
        this.words = words;
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

    /** The width between the margins. */
    float bodyWidth() {
        return paper.width() - 2 * MARGIN;
    }

    /** Maps every font the network's drawing uses to the sheet's embedded one. */
    FontMapper fontMapper() {
        return new OneFont();
    }

    interface Content {
        void add(Document doc, PdfWriter writer) throws DocumentException;
    }

    byte[] write(String name, Content content) {
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

    Paragraph headingOf(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    PdfPTable table(String[][] rows, String caption) throws DocumentException {
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
    PdfPTable block(PdfPCell content, boolean ruleAbove) {
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

    /** A label and a typeset line, with room above it for a tall line (a fraction, a case split). */
    Paragraph ruleLine(String label, EquationLine line, PdfWriter writer) {
        Paragraph p = new Paragraph("", body);
        p.add(new Chunk(label, small));
        Chunk typeset = equation(line.latex(), line.plain(), 11f, writer);
        p.add(typeset);
        float tall = typeset.getImage() == null ? 0 : typeset.getImage().getScaledHeight();
        p.setSpacingBefore(Math.max(4, tall - 8));
        return p;
    }

    Paragraph narration(String text, PdfWriter writer) {
        Paragraph p = new Paragraph("", body);
        p.setLeading(0, 1.35f);
        p.setSpacingBefore(2);
        return runs(p, text, writer);
    }

    /** {@code p} with {@code text}'s words and maths added in order. */
    Paragraph runs(Paragraph p, String text, PdfWriter writer) {
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
    Chunk equation(String latex, String plain, float size, PdfWriter writer) {
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
