package org.backstep.ui.worksheet;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import javax.swing.ButtonGroup;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.ListCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.settings.Settings;

/**
 * The save dialog of File ▸ Export worksheet: where the student's copy goes, and beside the file
 * list the format (PDF or HTML) and the paper (A4 or Letter). The paper starts as the user last
 * chose it, else as the locale prints; the format as last chosen, else PDF.
 */
final class WorksheetChooser {
    static final String FORMAT = "worksheet.format";
    static final String PAPER = "worksheet.paper";

    /** What the user chose; {@code path} names the student's copy, its extension already right. */
    record Choice(Path path, SheetFormat format, PaperSize paper) {
    }

    private final Texts texts;
    private final Settings settings;
    private final JFileChooser chooser = new JFileChooser();
    private final JRadioButton pdf = new JRadioButton();
    private final JRadioButton html = new JRadioButton();
    private final JComboBox<PaperSize> paper = new JComboBox<>(PaperSize.values());

    WorksheetChooser(Texts texts, Settings settings, String lessonId) {
        this.texts = texts;
        this.settings = settings;
        chooser.setName("worksheet.chooser");
        chooser.setDialogTitle(texts.get("worksheet.export.title"));
        SheetFormat format = SheetFormat.named(settings.get(FORMAT, ""), SheetFormat.PDF);
        pdf.setText(texts.get("worksheet.export.pdf"));
        pdf.setName("worksheet.format.pdf");
        html.setText(texts.get("worksheet.export.html"));
        html.setName("worksheet.format.html");
        ButtonGroup group = new ButtonGroup();
        group.add(pdf);
        group.add(html);
        (format == SheetFormat.PDF ? pdf : html).setSelected(true);
        paper.setName("worksheet.paper");
        paper.setSelectedItem(PaperSize.named(settings.get(PAPER, ""), PaperSize.forLocale(texts.locale())));
        ListCellRenderer<? super PaperSize> plain = paper.getRenderer();
        paper.setRenderer((list, size, index, selected, focused) -> {
            Component c = plain.getListCellRendererComponent(list, size, index, selected, focused);
            if (c instanceof JLabel label && size != null) {
                label.setText(texts.get("worksheet.paper." + size.name()));
            }
            return c;
        });
        paper.getAccessibleContext().setAccessibleName(texts.get("worksheet.export.paper"));
        chooser.setAccessory(options());
        chooser.setSelectedFile(new File(lessonId + "." + format.extension()));
        // The name in the file box follows the format, so "seed.pdf" becomes "seed.html".
        pdf.addActionListener(e -> renameFor(SheetFormat.PDF));
        html.addActionListener(e -> renameFor(SheetFormat.HTML));
    }

    private JPanel options() {
        JPanel panel = new JPanel(new MigLayout("wrap 1, insets 0 12 0 0", "[grow, fill]"));
        JLabel formatLabel = new JLabel(texts.get("worksheet.export.format"));
        formatLabel.putClientProperty("FlatLaf.style", "font: bold");
        panel.add(formatLabel);
        panel.add(pdf);
        panel.add(html);
        JLabel paperLabel = new JLabel(texts.get("worksheet.export.paper"));
        paperLabel.putClientProperty("FlatLaf.style", "font: bold");
        paperLabel.setLabelFor(paper);
        panel.add(paperLabel, "gaptop 8");
        panel.add(paper);
        JLabel note = new JLabel("<html><div style='width:150px'>" + Texts.escapeHtml(texts.get("worksheet.export.note"))
                + "</div></html>");
        panel.add(note, "gaptop 8");
        return panel;
    }

    private void renameFor(SheetFormat format) {
        String typed = textInNameBox();
        if (typed == null || typed.isBlank()) {
            return;
        }
        String stem = typed.replaceFirst("(?i)\\.(pdf|html?)$", "");
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), stem + "." + format.extension()));
    }

    /** The file name as the chooser's name box has it now (the selected file lags behind typing). */
    private String textInNameBox() {
        if (chooser.getUI() instanceof javax.swing.plaf.basic.BasicFileChooserUI ui && ui.getFileName() != null
                && !ui.getFileName().isBlank()) {
            return ui.getFileName();
        }
        File selected = chooser.getSelectedFile();
        return selected == null ? null : selected.getName();
    }

    SheetFormat format() {
        return html.isSelected() ? SheetFormat.HTML : SheetFormat.PDF;
    }

    /** Shows the dialog; null when the user cancels. The choices of format and paper are remembered. */
    Choice ask(Component parent) {
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return null;
        }
        SheetFormat format = format();
        PaperSize size = (PaperSize) paper.getSelectedItem();
        settings.put(FORMAT, format.name());
        settings.put(PAPER, size.name());
        return new Choice(WorksheetFiles.studentPath(chooser.getSelectedFile().toPath(), format), format, size);
    }
}
