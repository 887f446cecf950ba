package org.backstep.ui.walkthrough;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.ProgressStore;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;
import org.backstep.ui.LiveButton;
import org.backstep.ui.StepAnnouncer;
import org.backstep.ui.Texts;
import org.backstep.ui.session.StepSession;

/**
 * The lesson guide above the maths: the narration of the current walkthrough stop, its question,
 * and buttons to go to the previous or next stop, which move the debugger's cursor there. A stop
 * with a number to predict puts the cursor just before its event, so the value is not yet shown;
 * a right answer (or Show me) steps onto it, and the maths panel then shows the worked
 * substitution. Stepping the debugger freely shows the nearest stop at or before the cursor.
 * Visited stops and answers are saved per lesson with {@link ProgressStore}.
 */
public final class WalkthroughPanel extends JPanel {
    /**
     * Saving never waits on the Swing thread (a lab's home folder may be on a network share). The
     * saver is not a daemon, so closing the window cannot cut off the last save; it ends once it
     * has been idle for a second, so it never keeps the app alive.
     */
    private static final ThreadPoolExecutor SAVER = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> new Thread(task, "backstep-progress-saver"));

    static {
        SAVER.allowCoreThreadTimeOut(true);
    }

    private final StepSession session;
    private final ProgressStore store;
    private final JLabel position = new JLabel();
    /** An HTML pane rather than a label: it wraps its text to the column's width. */
    private final JEditorPane narration = new FocusRingPane();
    private final JButton previous = new LiveButton(Texts.get("walkthrough.previous.text"));
    private final JButton next = new LiveButton(Texts.get("walkthrough.next.text"));
    private final JButton restart = new LiveButton(Texts.get("walkthrough.restart.text"));
    private final QuestionBox question = new QuestionBox();
    private final JLabel elsewhere = new JLabel();
    private final JButton back = new LiveButton(Texts.get("walkthrough.back.text"));
    private Walkthrough walkthrough = Walkthrough.NONE;
    private int[] events = new int[0];
    private int current;
    private boolean moving;
    private final Set<Integer> visited = new HashSet<>();
    private final Map<Integer, Boolean> answers = new HashMap<>();

    public WalkthroughPanel(StepSession session, ProgressStore store) {
        this.session = session;
        this.store = store;
        setName("walkthrough");
        getAccessibleContext().setAccessibleName(Texts.get("walkthrough.name"));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(4, 8, 6, 8)));
        position.setName("walkthrough.position");
        narration.setName("walkthrough.narration");
        narration.setEditable(false);
        narration.setOpaque(false);
        narration.setToolTipText(Texts.get("walkthrough.narration.tip"));
        // Focusable (see FocusRingPane); Tab leaves it like any other control.
        narration.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        narration.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        // Follow the look and feel's font and colour instead of the HTML default.
        narration.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        Texts.nameControl(previous, "walkthrough.previous");
        Texts.nameControl(next, "walkthrough.next");
        Texts.nameControl(restart, "walkthrough.restart");
        JLabel heading = new JLabel(Texts.get("walkthrough.heading"));
        // A style, not a fixed font: it is derived again from the zoomed default font on every zoom.
        heading.putClientProperty("FlatLaf.style", "font: bold");
        setLayout(new MigLayout("insets 0, fillx, wrap 1, hidemode 3, gap 0 4", "[grow, fill]"));
        JPanel top = new JPanel(new MigLayout("insets 0, fillx", "[][grow][]"));
        top.setOpaque(false);
        top.add(heading);
        top.add(position, "right");
        top.add(restart);
        add(top);
        elsewhere.setName("walkthrough.elsewhere");
        Texts.nameControl(back, "walkthrough.back");
        back.addActionListener(e -> session.reset());
        JPanel notice = new JPanel(new MigLayout("insets 0, fillx", "[grow][]"));
        notice.setOpaque(false);
        notice.add(elsewhere, "wmin 0, growx");
        notice.add(back);
        add(notice);
        add(narration, "wmin 0, w 10:100%");
        add(question);
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][]"));
        buttons.setOpaque(false);
        buttons.add(previous);
        buttons.add(next);
        add(buttons);
        previous.addActionListener(e -> {
            goTo(current - 1);
            sayStop();
        });
        next.addActionListener(e -> {
            goTo(current + 1);
            sayStop();
        });
        restart.addActionListener(e -> restartLesson());
        question.check.addActionListener(e -> check());
        question.reveal.addActionListener(e -> reveal());
        session.addListener(change -> {
            if (change == StepSession.Change.LESSON) {
                load(session.lesson());
            } else if (change == StepSession.Change.RECORDING) {
                events = walkthrough.resolve(session.log());
                if (!walkthrough.isEmpty()) {
                    showStop();
                }
            } else if (!moving && !walkthrough.isEmpty()) {
                followCursor();
            }
        });
        load(session.lesson());
    }

    private void load(Lesson lesson) {
        walkthrough = lesson.in(Texts.language()).walkthrough();
        setVisible(!walkthrough.isEmpty());
        visited.clear();
        answers.clear();
        if (walkthrough.isEmpty()) {
            return;
        }
        events = walkthrough.resolve(session.log());
        ProgressStore.Progress saved = store.load(lesson.id());
        visited.addAll(saved.visited());
        answers.putAll(saved.answers());
        show(Math.min(saved.stop(), walkthrough.size() - 1), false);
    }

    /** The stop the guide shows. */
    public int currentIndex() {
        return current;
    }

    /** Shows stop {@code index}, moves the cursor to it, and saves the progress. */
    public void goTo(int index) {
        show(index, true);
    }

    private void show(int index, boolean byStudent) {
        if (index < 0 || index >= walkthrough.size() || events[index] < 0) {
            return;
        }
        current = index;
        visited.add(index);
        seekQuietly(anchor(index));
        showStop();
        if (byStudent) {
            save();
        }
    }

    /** Has a screen reader say the new stop's text where the student is (on Next stop, usually). */
    private void sayStop() {
        String prompt = question.spokenPrompt();
        String text = position.getText() + ". " + Narration.toSpeech(walkthrough.stop(current).narration());
        StepAnnouncer.announce(prompt.isEmpty() ? text : text + " " + prompt);
    }

    /** Where the cursor stands for a stop: before its event while a prediction is still open. */
    private int anchor(int index) {
        boolean predictionOpen = walkthrough.stop(index).question() instanceof Question.Predict
                && !Boolean.TRUE.equals(answers.get(index));
        return predictionOpen ? events[index] - 1 : events[index];
    }

    private void followCursor() {
        int at = session.cursor().position();
        int nearest = 0;
        for (int i = 0; i < events.length; i++) {
            if (events[i] >= 0 && anchor(i) <= at) {
                nearest = i;
            }
        }
        if (nearest != current) {
            current = nearest;
            visited.add(current);
            showStop();
            save();
        } else if (walkthrough.stop(current).question() instanceof Question.Predict
                && !answers.containsKey(current) && at >= events[current]) {
            // The student stepped onto the value instead of predicting it.
            question.say(Texts.format("walkthrough.steppedOnto", Texts.number(session.log().value(events[current]))));
        }
    }

    private void showStop() {
        Walkthrough.Stop stop = walkthrough.stop(current);
        position.setText(Texts.format("walkthrough.position", current + 1, walkthrough.size()));
        narration.setText("<html>" + Narration.toHtml(stop.narration()) + "</html>");
        // Reading with the arrow keys starts at the stop's first word.
        narration.setCaretPosition(0);
        narration.getAccessibleContext().setAccessibleName(Narration.toSpeech(stop.narration()));
        // Instead of the editor's content type ("text/html"), which a screen reader would read out.
        narration.getAccessibleContext().setAccessibleDescription(position.getText());
        question.ask(stop.question());
        if (Boolean.TRUE.equals(answers.get(current))) {
            question.say(Texts.get("walkthrough.answeredBefore"));
        }
        // The narration and the questions are written for the lesson's own first step.
        boolean asWritten = session.showsLessonAsWritten();
        elsewhere.setText(asWritten ? "" : "<html>" + Texts.get("walkthrough.elsewhere") + "</html>");
        elsewhere.getParent().setVisible(!asWritten);
        question.allow(asWritten);
        previous.setEnabled(current > 0);
        next.setEnabled(current < walkthrough.size() - 1);
    }

    private void check() {
        Question asked = walkthrough.stop(current).question();
        if (asked instanceof Question.Predict predict) {
            OptionalDouble typed = question.typedNumber();
            if (typed.isEmpty()) {
                question.say(Texts.format("walkthrough.notANumber", question.answer.getText()));
                return;
            }
            double truth = session.log().value(events[current]);
            if (predict.accepts(typed.getAsDouble(), truth)) {
                answered(true);
                question.say(Texts.format("walkthrough.right", Texts.number(truth)));
                reveal();
            } else {
                answered(false);
                question.say(Texts.format("walkthrough.wrong", Narration.toHtml(predict.hint())));
            }
        } else if (asked instanceof Question.Choice choice) {
            int chosen = question.chosenOption();
            if (chosen < 0) {
                question.say(Texts.get("walkthrough.chooseFirst"));
                return;
            }
            boolean right = choice.accepts(chosen);
            answered(right);
            question.say(Texts.format(right ? "walkthrough.choiceRight" : "walkthrough.choiceWrong",
                    Narration.toHtml(choice.explanation())));
        }
    }

    /** Moves the cursor without the move being taken for the student's own stepping. */
    private void seekQuietly(int event) {
        moving = true;
        try {
            session.seek(event);
        } finally {
            moving = false;
        }
    }

    /** Steps onto the stop's event: the value and its worked substitution appear. */
    private void reveal() {
        seekQuietly(events[current]);
        if (!Boolean.TRUE.equals(answers.get(current))) {
            question.say(Texts.format("walkthrough.revealed", Texts.number(session.log().value(events[current]))));
        }
    }

    /** Once answered right, a question stays right; a wrong try only counts while there is no right one. */
    private void answered(boolean right) {
        answers.merge(current, right, Boolean::logicalOr);
        save();
    }

    private void restartLesson() {
        int choice = JOptionPane.showConfirmDialog(this, Texts.get("walkthrough.restart.confirm"),
                Texts.get("walkthrough.restart.text"), JOptionPane.OK_CANCEL_OPTION);
        if (choice == JOptionPane.OK_OPTION) {
            visited.clear();
            answers.clear();
            // Going to the first stop saves the emptied progress over the old.
            goTo(0);
        }
    }

    private void save() {
        String id = session.lesson().id();
        ProgressStore.Progress progress = new ProgressStore.Progress(current, visited, answers);
        SAVER.execute(() -> {
            try {
                store.save(id, progress);
            } catch (IOException e) {
                // Progress is a convenience: the lesson goes on, and the next save tries again.
            }
        });
    }

    /** Waits until every save asked for so far is written (tests; closing the app). */
    public static void flushSaves() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        SAVER.execute(done::countDown);
        done.await();
    }
}
