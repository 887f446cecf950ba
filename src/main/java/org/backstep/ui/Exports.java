package org.backstep.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import org.backstep.trace.TraceWriter;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.network.NetworkLayout;
import org.backstep.ui.network.NetworkPainter;
import org.backstep.ui.settings.Settings;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.worksheet.PaperSize;
import org.backstep.ui.worksheet.SheetFormat;
import org.backstep.ui.worksheet.WorksheetExport;
import org.backstep.ui.worksheet.WorksheetFiles;
import org.knowm.xchart.BitmapEncoder;

/** File ▸ Export: the diagram and the loss chart as PNG, the worksheet as PDF or HTML, the event log as JSONL or CSV. */
final class Exports {
    private final MainWindow window;
    private final Texts texts;
    private final Appearance appearance;
    private final Settings settings;
    private final Commands commands;

    Exports(MainWindow window, UiContext ui) {
        this.window = window;
        this.texts = ui.texts();
        this.appearance = ui.appearance();
        this.settings = ui.settings();
        this.commands = ui.commands();
    }

    interface Writer {
        void write(Path path) throws IOException;
    }

    /** Asks where to save, then writes; a failure is shown, never thrown. */
    void ask(String extension, Writer writer) {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new File(window.session().lesson().id() + "." + extension));
        if (chooser.showSaveDialog(window) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path path = chooser.getSelectedFile().toPath();
        try {
            writer.write(path);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(window, texts.format("export.failed", path, e.getMessage()),
                    texts.get("export.failed.title"), JOptionPane.ERROR_MESSAGE);
        }
    }

    void writeDiagram(Path path) throws IOException {
        int w = Math.max(800, window.debugger().diagram.getWidth());
        int h = Math.max(500, window.debugger().diagram.getHeight());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setFont(window.debugger().diagram.getFont());
        new NetworkPainter(texts, new NetworkLayout(window.session().lesson().shape()))
                .paint(g, window.debugger().diagram.state(), w, h, appearance.zoom());
        g.dispose();
        ImageIO.write(image, "png", path.toFile());
    }

    /**
     * File ▸ Export worksheet: the lesson as written (its own first step, whatever the debugger
     * shows now), asked for and written off the Swing thread; the command waits meanwhile.
     */
    void exportWorksheet() {
        new WorksheetExport(window, texts, settings).start(window.session().originalLesson(),
                busy -> commands.enable(Command.EXPORT_WORKSHEET, !busy));
    }

    /** The worksheet's two files, the student's copy at {@code path} and the key beside it. */
    WorksheetFiles.Written writeWorksheet(Path path, SheetFormat format, PaperSize paper) throws IOException {
        return WorksheetFiles.write(texts, window.session().originalLesson(), path, format, paper);
    }

    void writeChart(Path path) throws IOException {
        String name = path.toString().endsWith(".png") ? path.toString().substring(0, path.toString().length() - 4)
                : path.toString();
        BitmapEncoder.saveBitmap(window.training().chartSnapshot(1200, 640), name, BitmapEncoder.BitmapFormat.PNG);
    }

    void writeLog(Path path, TraceWriter.Format format) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            TraceWriter.write(window.session().log(), format, out);
        }
    }
}
