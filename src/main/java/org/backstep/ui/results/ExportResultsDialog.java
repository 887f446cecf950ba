package org.backstep.ui.results;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.LiveButton;
import org.backstep.ui.kit.Paragraph;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.settings.Settings;

/**
 * File ▸ Export my results…: the student's name (typed once, then offered again) and the folder
 * the teacher collects from (a USB stick, a shared folder; the last one is offered again). The
 * file is written off the Swing thread, since a stick or a share may be slow, and the dialog
 * says the whole path written, or, when the folder is not there or read-only, says so and stays
 * open for another folder.
 */
public final class ExportResultsDialog extends JDialog {
    /** Writes the results of {@code student} into {@code folder} and returns the file; called off the Swing thread. */
    public interface Writer {
        Path write(String student, Path folder) throws IOException;
    }

    static final String FOLDER_KEY = "results";

    private final Texts texts;
    private final Settings settings;
    private final Writer writer;
    private final JTextField name = new JTextField(24);
    private final JTextField folder = new JTextField(28);
    private final javax.swing.JTextArea status = Paragraph.of(" ", "results.export.status", 40);
    private final Announcer announcer;
    private final JButton export;
    private final javax.swing.JTextArea intro;
    private final JButton choose;

    public ExportResultsDialog(Window owner, UiContext ui, String lessonTitle, Writer writer) {
        super(owner, ui.texts().get("results.export.title"), ModalityType.APPLICATION_MODAL);
        this.texts = ui.texts();
        this.settings = ui.settings();
        this.writer = writer;
        this.announcer = ui.announcer();
        setName("results.export");
        name.setText(settings.studentName());
        texts.nameControl(name, "results.export.student");
        folder.setText(settings.lastFolder(FOLDER_KEY));
        texts.nameControl(folder, "results.export.folder");
        export = button("results.export.write", this::write);
        choose = button("results.export.choose", this::chooseFolder);
        JButton cancel = button("results.export.cancel", this::dispose);

        JPanel content = new JPanel(new MigLayout("insets 12, wrap 3, fillx", "[][grow, fill][]"));
        intro = Paragraph.of(texts.format("results.export.intro", lessonTitle), "results.export.intro", 40);
        content.add(intro, "span 3, growx, wmin 0");
        JLabel nameLabel = texts.labelFor(name, "results.export.student");
        content.add(nameLabel);
        content.add(name, "span 2, wrap");
        JLabel folderLabel = texts.labelFor(folder, "results.export.folder");
        content.add(folderLabel);
        content.add(folder, "wmin 0");
        content.add(choose);
        content.add(status, "span 3, growx, wmin 0");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "push[][]"));
        buttons.add(export);
        buttons.add(cancel);
        content.add(buttons, "span 3, growx");
        setContentPane(content);
        getRootPane().setDefaultButton(export);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        fitScreen();
        setLocationRelativeTo(owner);
        // The name first while it is still to type; else the folder's button, the likely change.
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                (name.getText().isBlank() ? name : export).requestFocusInWindow();
            }
        });
    }

    /**
     * Within the screen's width at a projector's zoom: the words wrap and the folder field
     * narrows, and the dialog grows down instead.
     */
    private void fitScreen() {
        java.awt.Dimension screen = java.awt.Toolkit.getDefaultToolkit().getScreenSize();
        if (getWidth() > screen.width - 20) {
            setSize(screen.width - 20, getHeight());
            validate();
            // The narrower words take more lines: as many more as the paragraph now asks for.
            int more = Math.max(0, intro.getPreferredSize().height - intro.getHeight());
            setSize(getWidth(), Math.min(screen.height - 40, getHeight() + more));
            validate();
        }
    }

    private JButton button(String key, Runnable action) {
        JButton b = new LiveButton(texts.get(key + ".text"));
        texts.nameControl(b, key);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void chooseFolder() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("results.export.chooser");
        chooser.setDialogTitle(texts.get("results.export.chooser.title"));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (!folder.getText().isBlank()) {
            chooser.setCurrentDirectory(new java.io.File(folder.getText()));
        }
        if (chooser.showDialog(this, texts.get("results.export.chooser.approve")) == JFileChooser.APPROVE_OPTION) {
            folder.setText(chooser.getSelectedFile().getAbsolutePath());
            export.requestFocusInWindow();
        }
    }

    private void write() {
        String student = name.getText().strip();
        if (student.isEmpty()) {
            say(texts.get("results.export.noName"));
            name.requestFocusInWindow();
            return;
        }
        settings.rememberStudentName(student);
        if (folder.getText().isBlank()) {
            chooseFolder();
            if (folder.getText().isBlank()) {
                return;
            }
        }
        Path target;
        try {
            target = Path.of(folder.getText().strip());
        } catch (InvalidPathException e) {
            say(texts.format("results.export.badFolder", folder.getText()));
            return;
        }
        busy(true);
        say(texts.get("results.export.writing"));
        new SwingWorker<Path, Void>() {
            @Override
            protected Path doInBackground() throws IOException {
                return writer.write(student, target);
            }

            @Override
            protected void done() {
                busy(false);
                try {
                    Path written = get();
                    settings.rememberFolder(FOLDER_KEY, target.toAbsolutePath().toString());
                    dispose();
                    JOptionPane.showMessageDialog(getOwner(), texts.format("results.export.done", written.toAbsolutePath()),
                            texts.get("results.export.title"), JOptionPane.INFORMATION_MESSAGE);
                } catch (ExecutionException e) {
                    say(problem(target, e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** What went wrong, in the student's words: a stick not there, a read-only folder, or else the system's reason. */
    private String problem(Path target, Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return texts.format("results.export.missing", target);
        }
        if (cause instanceof AccessDeniedException || cause instanceof java.nio.file.ReadOnlyFileSystemException
                || cause instanceof FileSystemException f && f.getReason() != null
                && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
            return texts.format("results.export.readOnly", target);
        }
        return texts.format("results.export.failed", target, cause.getMessage() != null ? cause.getMessage()
                : cause.getClass().getSimpleName());
    }

    private void busy(boolean writing) {
        export.setEnabled(!writing);
        choose.setEnabled(!writing);
        name.setEnabled(!writing);
        folder.setEnabled(!writing);
    }

    /** Shows {@code text} under the fields and has a screen reader say it. */
    private void say(String text) {
        status.setText(text);
        status.getAccessibleContext().setAccessibleName(text);
        announcer.announce(text);
        // The text may take more lines than the dialog had room for.
        if (getHeight() < getPreferredSize().height) {
            pack();
        }
    }
}
