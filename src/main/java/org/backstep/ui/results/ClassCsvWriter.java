package org.backstep.ui.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.SwingWorker;
import org.backstep.lesson.AtomicWrite;
import org.backstep.lesson.results.ClassResults;
import org.backstep.lesson.results.ResultsCsv;
import org.backstep.ui.kit.Texts;

/** The class view's files: the chooser of a results folder, and the CSV written off the Swing thread. */
public final class ClassCsvWriter {
    private ClassCsvWriter() {
    }

    /** A chooser of the folder a class handed its results into. */
    public static JFileChooser folderChooser(Texts texts, Path start) {
        JFileChooser chooser = new JFileChooser(start == null ? null : start.toFile());
        chooser.setName("results.class.chooser");
        chooser.setDialogTitle(texts.get("results.class.chooser.title"));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        return chooser;
    }

    /**
     * Writes {@code results} as CSV to {@code file} off the Swing thread, {@code button} disabled
     * meanwhile, and tells {@code say} where it went or why it could not.
     */
    static void write(ClassResults results, ResultWords words, Texts texts, Path file, JButton button,
                      Consumer<String> say) {
        // Where a comma is the decimal mark, spreadsheets split a CSV's columns at semicolons.
        char separator = java.text.DecimalFormatSymbols.getInstance(texts.locale()).getDecimalSeparator() == ',' ? ';' : ',';
        button.setEnabled(false);
        new SwingWorker<Path, Void>() {
            @Override
            protected Path doInBackground() throws IOException {
                byte[] bytes;
                try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                    ResultsCsv.write(results, words, separator, ZoneId.systemDefault(), out);
                    bytes = out.toByteArray();
                }
                AtomicWrite.replace(file, bytes);
                return file;
            }

            @Override
            protected void done() {
                button.setEnabled(true);
                try {
                    say.accept(texts.format("results.class.csv.done", get().toAbsolutePath()));
                } catch (ExecutionException e) {
                    say.accept(texts.format("results.class.csv.failed", file.toAbsolutePath(), e.getCause().getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
