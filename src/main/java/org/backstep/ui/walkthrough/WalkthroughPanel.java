package org.backstep.ui.walkthrough;

import javax.swing.BorderFactory;
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
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.GuideState;
import org.backstep.ui.session.StepSession;

/**
 * The lesson guide above the maths: the narration of the current walkthrough stop, its question,
 * and buttons to go to the previous or next stop. It shows a {@link GuideState} and moves the
 * debugger's cursor where that state says (before a prediction's event while it is open, onto it
 * once answered); which stop follows the student's own stepping, and how an answer is graded, are
 * the state's. Progress is saved per lesson with {@link ProgressStore}, off the Swing thread.
 */
public final class WalkthroughPanel extends JPanel {
    private final StepSession session;
    private final ProgressStore store;
    private final Texts texts;
    private final Commands commands;
    private final Announcer announcer;
    private final JLabel position = new JLabel();
    /** An HTML pane rather than a label: it wraps its text to the column's width. */
    private final JEditorPane narration = new FocusRingPane();
    private final QuestionBox question;
    private final JLabel elsewhere = new JLabel();
    private final SaveProblemNote saveProblem;
    /** Which stops a jump went past without showing them. */
    private final JLabel skippedNote = new JLabel();
    private GuideState guide;

    public WalkthroughPanel(UiContext ui, StepSession session) {
        this.session = session;
        this.store = ui.progress();
        this.texts = ui.texts();
        this.commands = ui.commands();
        this.announcer = ui.announcer();
        question = new QuestionBox(ui);
        saveProblem = new SaveProblemNote(ui, this);
        setName("walkthrough");
        getAccessibleContext().setAccessibleName(texts.get("walkthrough.name"));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(4, 8, 6, 8)));
        position.setName("walkthrough.position");
        narration.setName("walkthrough.narration");
        narration.setEditable(false);
        narration.setOpaque(false);
        narration.setToolTipText(texts.get("walkthrough.narration.tip"));
        // Focusable (see FocusRingPane); Tab leaves it like any other control.
        narration.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        narration.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        // Follow the look and feel's font and colour instead of the HTML default.
        narration.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        layOut();
        commands.define(Command.GUIDE_PREVIOUS, () -> {
            goTo(guide.current() - 1);
            sayStop();
        });
        commands.define(Command.GUIDE_NEXT, () -> {
            goTo(guide.current() + 1);
            sayStop();
        });
        commands.define(Command.GUIDE_RESTART, this::restartLesson);
        commands.define(Command.GUIDE_BACK_TO_LESSON, session::reset);
        commands.define(Command.CHECK, this::check);
        commands.define(Command.REVEAL, this::reveal);
        session.setGate(new StepSession.Gate() {
            @Override
            public int limit() {
                return guide == null || guide.isEmpty() ? Integer.MAX_VALUE : guide.limit();
            }

            @Override
            public void heldBack(Object origin) {
                sayHeldBack();
            }
        });
        session.addListener((change, origin) -> {
            if (change == StepSession.Change.LESSON) {
                load(session.lesson());
            } else if (change == StepSession.Change.RECORDING) {
                guide.relocate(session.log());
                if (!guide.isEmpty()) {
                    showStop();
                }
            } else if (origin != this && !guide.isEmpty()) {
                followCursor();
            }
        });
        load(session.lesson());
    }

    private void layOut() {
        JLabel heading = new JLabel(texts.get("walkthrough.heading"));
        // A style, not a fixed font: it is derived again from the zoomed default font on every zoom.
        heading.putClientProperty("FlatLaf.style", "font: bold");
        setLayout(new MigLayout("insets 0, fillx, wrap 1, hidemode 3, gap 0 4", "[grow, fill]"));
        JPanel top = new JPanel(new MigLayout("insets 0, fillx", "[][grow][]"));
        top.setOpaque(false);
        top.add(heading);
        top.add(position, "right");
        top.add(commands.button(Command.GUIDE_RESTART));
        add(top);
        // Above the stop's text, not below it: the buttons stay put whatever a stop says.
        JPanel buttons = new JPanel(new MigLayout("insets 0, hidemode 3, gap 6 2", "[][]"));
        buttons.setOpaque(false);
        buttons.add(commands.button(Command.GUIDE_PREVIOUS));
        buttons.add(commands.button(Command.GUIDE_NEXT));
        skippedNote.setName("walkthrough.skipped");
        skippedNote.putClientProperty("FlatLaf.styleClass", "small");
        // A row of its own: beside the buttons it would push the guide wider than the screen at 200 %.
        buttons.add(skippedNote, "newline, span 2");
        add(buttons);
        elsewhere.setName("walkthrough.elsewhere");
        JPanel notice = new JPanel(new MigLayout("insets 0, fillx", "[grow][]"));
        notice.setOpaque(false);
        notice.add(elsewhere, "wmin 0, growx");
        notice.add(commands.button(Command.GUIDE_BACK_TO_LESSON));
        add(notice);
        add(saveProblem, "wmin 0, w 10:100%");
        add(narration, "wmin 0, w 10:100%");
        add(question, "wmin 0, w 10:100%");
    }

    private void load(Lesson lesson) {
        Walkthrough walkthrough = lesson.in(texts.language()).walkthrough();
        guide = GuideState.of(walkthrough, session.log(), store.load(lesson.id()));
        setVisible(!guide.isEmpty());
        if (!guide.isEmpty() && guide.canShow(guide.current())) {
            session.seek(guide.goTo(guide.current()), this);
            showStop();
        }
    }

    /** The stop the guide shows. */
    public int currentIndex() {
        return guide.current();
    }

    /**
     * Shows stop {@code index}, moves the cursor to it, and saves the progress; a stop past an open
     * question is not shown: the guide says why and waits at the question.
     */
    public void goTo(int index) {
        if (guide.canShow(index) && session.wouldHold(guide.anchor(index))) {
            session.seek(session.limit(), this);
            followCursor();
            sayHeldBack();
        } else if (guide.canShow(index)) {
            session.seek(guide.goTo(index), this);
            showStop();
            save();
        }
    }

    /** Has a screen reader say the new stop's text where the student is (on Next stop, usually). */
    private void sayStop() {
        String prompt = question.spokenPrompt();
        String text = position.getText() + ". " + Narration.toSpeech(guide.stop().narration());
        announcer.announce(prompt.isEmpty() ? text : text + " " + prompt);
    }

    private void followCursor() {
        if (guide.follow(session.cursor().position()) != GuideState.Follow.SAME) {
            showStop();
            save();
        }
    }

    /**
     * A move wanted to go past the open question: the guide shows that question (in front, if the
     * student was on another tab), says why the step waits, and puts the focus where to answer.
     */
    private void sayHeldBack() {
        int open = guide.firstOpenQuestion();
        if (open < 0) {
            return;
        }
        if (guide.current() != open) {
            guide.goTo(open);
            showStop();
            save();
        }
        org.backstep.ui.kit.Tabs.bringToFront(this);
        boolean predict = guide.stop().question() instanceof Question.Predict;
        question.say(texts.format(predict ? "walkthrough.heldBack.predict" : "walkthrough.heldBack.choice", open + 1));
        question.focusAnswer();
    }

    private void showStop() {
        Walkthrough.Stop stop = guide.stop();
        position.setText(texts.format("walkthrough.position", guide.current() + 1, guide.size()));
        java.util.List<Integer> skipped = guide.skipped();
        skippedNote.setVisible(!skipped.isEmpty());
        skippedNote.setText(texts.format("walkthrough.skipped", StopRanges.of(skipped)));
        narration.setText("<html>" + Narration.toHtml(stop.narration()) + "</html>");
        // Reading with the arrow keys starts at the stop's first word.
        narration.setCaretPosition(0);
        narration.getAccessibleContext().setAccessibleName(Narration.toSpeech(stop.narration()));
        // Instead of the editor's content type ("text/html"), which a screen reader would read out.
        narration.getAccessibleContext().setAccessibleDescription(position.getText());
        question.ask(stop.question());
        if (guide.answeredRight(guide.current())) {
            question.say(texts.get("walkthrough.answeredBefore"));
        } else if (guide.settled(guide.current())) {
            question.say(texts.get("walkthrough.shownBefore"));
        }
        // The narration and the questions are written for the lesson's own first step.
        boolean asWritten = session.showsLessonAsWritten();
        elsewhere.setText(asWritten ? "" : "<html>" + texts.get("walkthrough.elsewhere") + "</html>");
        elsewhere.getParent().setVisible(!asWritten);
        question.allow(asWritten);
        commands.enable(Command.GUIDE_PREVIOUS, guide.hasPrevious());
        commands.enable(Command.GUIDE_NEXT, guide.hasNext());
    }

    private void check() {
        Question asked = guide.stop().question();
        if (asked instanceof Question.Predict predict) {
            double truth = session.log().value(guide.event());
            switch (guide.check(question.typedNumber(), truth)) {
                case NOT_A_NUMBER -> question.say(texts.format("walkthrough.notANumber", question.answer.getText()));
                case RIGHT -> {
                    save();
                    question.say(texts.format("walkthrough.right", texts.number(truth)));
                    session.seek(guide.event(), this);
                }
                default -> {
                    save();
                    question.say(texts.format("walkthrough.wrong", Narration.toHtml(predict.hint())));
                }
            }
        } else if (asked instanceof Question.Choice choice) {
            GuideState.Grade grade = guide.check(question.chosenOption());
            if (grade == GuideState.Grade.NOTHING_CHOSEN) {
                question.say(texts.get("walkthrough.chooseFirst"));
                return;
            }
            save();
            question.say(texts.format(grade == GuideState.Grade.RIGHT ? "walkthrough.choiceRight"
                    : "walkthrough.choiceWrong", Narration.toHtml(choice.explanation())));
        }
    }

    /**
     * Show me: the answer is given and recorded as shown, not right; for a prediction the cursor
     * steps onto the event, so the value and its worked substitution appear.
     */
    private void reveal() {
        boolean wasRight = guide.answeredRight(guide.current());
        guide.reveal();
        save();
        Question asked = guide.stop().question();
        if (asked instanceof Question.Choice choice) {
            question.choose(choice.answer());
            if (!wasRight) {
                question.say(texts.format("walkthrough.choiceRevealed",
                        Narration.toHtml(choice.options().get(choice.answer())), Narration.toHtml(choice.explanation())));
            }
            return;
        }
        session.seek(guide.event(), this);
        if (!wasRight) {
            question.say(texts.format("walkthrough.revealed", texts.number(session.log().value(guide.event()))));
        }
    }

    private void restartLesson() {
        int choice = JOptionPane.showConfirmDialog(this, texts.get("walkthrough.restart.confirm"),
                texts.get("walkthrough.restart.text"), JOptionPane.OK_CANCEL_OPTION);
        if (choice == JOptionPane.OK_OPTION) {
            guide.restart();
            // Going to the first stop saves the emptied progress over the old.
            goTo(0);
        }
    }

    private void save() {
        ProgressSaver.save(store, session.lesson().id(), guide.progress(), saveProblem::show);
    }

    /** Waits until every save asked for so far is written (tests; closing the app). */
    public static void flushSaves() throws InterruptedException {
        ProgressSaver.flush();
    }
}
