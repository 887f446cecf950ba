package org.backstep.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonLoader;
import org.backstep.lesson.LessonWriter;
import org.backstep.lesson.Selector;
import org.backstep.lesson.Walkthrough;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;

/**
 * A teacher's way to build a walkthrough: step to an event, "Add stop here" writes the selector
 * of that event with the narration the teacher types, and "Save lesson as" writes the lesson file
 * (format 2) with the new stops, ready for students. "Validate a lesson file" checks a file
 * before it goes to the students, without opening it.
 */
final class Authoring {
    private final MainWindow window;
    private final Texts texts;

    Authoring(MainWindow window, UiContext ui) {
        this.window = window;
        this.texts = ui.texts();
    }

    /** Asks for a narration and adds a stop at the debugger's current event. */
    void addStopHere() {
        StepSession session = window.session();
        int seq = session.cursor().position();
        if (seq < 0) {
            JOptionPane.showMessageDialog(window, texts.get("author.atStart"), texts.get("author.title"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        Selector at = Selector.of(session.log(), seq);
        JTextArea narration = new JTextArea(6, 48);
        narration.setName("author.narration");
        narration.setLineWrap(true);
        narration.setWrapStyleWord(true);
        narration.getAccessibleContext().setAccessibleName(texts.get("author.narration.name"));
        javax.swing.JLabel problem = new javax.swing.JLabel(" ");
        problem.setName("author.problem");
        Object[] message = {texts.format("author.prompt", at), new JScrollPane(narration), problem};
        String text;
        while (true) {
            // The teacher types at once: the pane's first focus goes to the words, not to its OK button.
            JOptionPane pane = new JOptionPane(message, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION) {
                @Override
                public void selectInitialValue() {
                    narration.requestFocusInWindow();
                }
            };
            javax.swing.JDialog dialog = pane.createDialog(window, texts.get("author.title"));
            dialog.setVisible(true);
            dialog.dispose();
            text = narration.getText().trim();
            if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())) {
                return;
            }
            if (!text.isEmpty()) {
                break;
            }
            // Refused, not dropped: the dialog comes back and says why.
            problem.setText(texts.get("author.empty"));
            problem.getAccessibleContext().setAccessibleName(texts.get("author.empty"));
        }
        Lesson lesson = session.lesson();
        Walkthrough.Stop stop = new Walkthrough.Stop(at, text, null);
        Lesson more = lesson.withStop(stop, session.log());
        session.open(more);
        window.debugger().guide.goTo(more.walkthrough().stops().indexOf(stop));
    }

    /** Writes the lesson, with its walkthrough and the numbers as the debugger has them, to a file. */
    void saveLessonAs() {
        JFileChooser chooser = LessonOpener.lessonFileChooser(texts);
        chooser.setSelectedFile(new File(window.session().lesson().id() + ".backstep.json"));
        if (chooser.showSaveDialog(window) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        save(chooser.getSelectedFile().toPath());
    }

    void save(Path path) {
        try {
            LessonWriter.save(window.session().lesson(), path);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(window, texts.format("export.failed", path, e.getMessage()),
                    texts.get("export.failed.title"), JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Lets the teacher pick a lesson file and shows whether it is valid, with every located problem. */
    void validateLessonFile() {
        JFileChooser chooser = LessonOpener.lessonFileChooser(texts);
        chooser.setApproveButtonText(texts.get("validate.approve"));
        if (chooser.showOpenDialog(window) == JFileChooser.APPROVE_OPTION) {
            validate(chooser.getSelectedFile().toPath());
        }
    }

    /** Checks {@code path} and says what was found; the lesson on screen stays as it is. */
    void validate(Path path) {
        String file = String.valueOf(path.getFileName());
        try {
            Lesson lesson = LessonLoader.load(path);
            String text = texts.format("validate.valid", file, lesson.in(texts.language()).title(),
                    lesson.walkthrough().size(), lesson.walkthrough().questionCount(),
                    String.join(", ", lesson.languages()));
            JOptionPane.showMessageDialog(window, text, texts.get("validate.title"), JOptionPane.INFORMATION_MESSAGE);
        } catch (LessonException e) {
            String text = LessonOpener.withProblems(texts.format("validate.problems", file, e.problems().size()), e);
            JTextArea list = new JTextArea(text, Math.min(16, e.problems().size() + 2), 80);
            list.setName("validate.problems");
            list.setEditable(false);
            list.setLineWrap(true);
            list.setWrapStyleWord(true);
            list.getAccessibleContext().setAccessibleName(texts.get("validate.title"));
            // A long list scrolls, and the teacher can copy it into an editor.
            JOptionPane.showMessageDialog(window, new JScrollPane(list), texts.get("validate.title"),
                    JOptionPane.WARNING_MESSAGE);
        }
    }
}
