package org.backstep.ui.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.Numbers;
import org.backstep.lesson.Question;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.HtmlWrap;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;

/**
 * The question of a walkthrough stop: a field for a predicted number with Check and Show me, or a
 * list of choices with Check. It only reads what the student entered; {@link WalkthroughPanel}
 * decides what a right or wrong answer does.
 */
final class QuestionBox extends JPanel {
    final JLabel prompt = new JLabel();
    final JTextField answer = new JTextField(10);
    final JButton check;
    final JButton reveal;
    final JLabel feedback = new JLabel(" ");
    private final Texts texts;
    private final Commands commands;
    private final Announcer announcer;
    private final JLabel answerLabel;
    private final JPanel choices = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 0"));
    private final List<JRadioButton> options = new ArrayList<>();
    private int wrapWidth = -1;
    private ButtonGroup group = new ButtonGroup();
    private String spokenPrompt = "";

    QuestionBox(UiContext ui) {
        texts = ui.texts();
        commands = ui.commands();
        announcer = ui.announcer();
        check = commands.button(Command.CHECK);
        reveal = commands.button(Command.REVEAL);
        answerLabel = new JLabel(texts.get("walkthrough.answer.label"));
        setOpaque(false);
        choices.setOpaque(false);
        prompt.setName("walkthrough.prompt");
        texts.nameControl(answer, "walkthrough.answer");
        feedback.setName("walkthrough.feedback");
        answerLabel.setLabelFor(answer);
        answer.addActionListener(e -> check.doClick());
        setLayout(new MigLayout("insets 4 0 0 0, hidemode 3, gap 6 2", "[][][][grow]"));
        // Whole at any zoom: the guide (and, past the window, the tab) widens rather than cutting it.
        add(prompt, "span, wrap, wmin pref");
        add(choices, "span, wrap");
        add(answerLabel);
        // Never narrower than its ten columns, however long the feedback under it.
        add(answer, "wmin pref");
        add(check);
        add(reveal, "wrap");
        add(feedback, "span, wmin 100");
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                wrapOptions(false);
            }
        });
    }

    /**
     * The prompt, long options and the feedback wrap to the box's width (HTML text would otherwise
     * stay on one line and push the guide wider than a projector's screen at 200 %).
     */
    private void wrapOptions(boolean always) {
        int width = getWidth();
        if (width <= 40 || (!always && Math.abs(width - wrapWidth) < 4)) {
            return;
        }
        wrapWidth = width;
        // Check and Show me go under the field when the row would not fit (200 % zoom in two columns).
        int row = answerLabel.getPreferredSize().width + answer.getPreferredSize().width
                + check.getPreferredSize().width + reveal.getPreferredSize().width + 3 * 6;
        MigLayout layout = (MigLayout) getLayout();
        String checkPlace = row > width ? "newline, skip 1, split 2" : "";
        if (!checkPlace.equals(layout.getComponentConstraints(check))) {
            layout.setComponentConstraints(check, checkPlace);
        }
        HtmlWrap.fit(prompt, width);
        HtmlWrap.fit(feedback, width);
        options.forEach(o -> HtmlWrap.fit(o, width));
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // A new zoom: new fonts and icon sizes, so the wrapping width is worked out again.
        wrapWidth = -1;
        if (options != null) {
            javax.swing.SwingUtilities.invokeLater(() -> wrapOptions(true));
        }
    }

    void ask(Question question) {
        setVisible(question != null);
        feedback.setText(" ");
        answer.setText("");
        choices.removeAll();
        options.clear();
        wrapWidth = -1;
        group = new ButtonGroup();
        boolean predict = question instanceof Question.Predict;
        answer.setVisible(predict);
        answerLabel.setVisible(predict);
        choices.setVisible(question instanceof Question.Choice);
        spokenPrompt = "";
        if (question instanceof Question.Predict) {
            prompt.setText(texts.get("walkthrough.predict.prompt"));
            spokenPrompt = prompt.getText();
        } else if (question instanceof Question.Choice choice) {
            prompt.setText("<html>" + Narration.toHtml(choice.prompt()) + "</html>");
            // Said when the focus enters the options, which is where a keyboard student meets the question.
            spokenPrompt = Narration.toSpeech(choice.prompt());
            choices.getAccessibleContext().setAccessibleName(spokenPrompt);
            for (int i = 0; i < choice.options().size(); i++) {
                JRadioButton option = new JRadioButton("<html>" + Narration.toHtml(choice.options().get(i)) + "</html>");
                option.setName("walkthrough.option." + i);
                option.getAccessibleContext().setAccessibleName(Narration.toSpeech(choice.options().get(i)));
                option.setOpaque(false);
                group.add(option);
                options.add(option);
                choices.add(option, "wmin 100");
            }
        }
        wrapOptions(true);
        revalidate();
        repaint();
    }

    /** The question's prompt in plain words, or "" when the stop asks nothing. */
    String spokenPrompt() {
        return spokenPrompt;
    }

    /** Lets the student answer, or not (while the debugger shows another epoch or an edited network). */
    void allow(boolean answering) {
        answer.setEnabled(answering);
        commands.enable(Command.CHECK, answering);
        commands.enable(Command.REVEAL, answering);
        options.forEach(o -> o.setEnabled(answering));
    }

    /** Puts the focus where the student answers: the number field, or the first choice. */
    void focusAnswer() {
        if (answer.isVisible()) {
            answer.requestFocusInWindow();
        } else if (!options.isEmpty()) {
            options.get(Math.max(0, chosenOption())).requestFocusInWindow();
        }
    }

    /** Marks option {@code index} as chosen (Show me on a choice). */
    void choose(int index) {
        options.get(index).setSelected(true);
    }

    /** The number typed, if it is one. */
    OptionalDouble typedNumber() {
        return Numbers.parse(answer.getText());
    }

    /** The chosen option's index, or -1. */
    int chosenOption() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).isSelected()) {
                return i;
            }
        }
        return -1;
    }

    void say(String html) {
        feedback.setText("<html>" + html + "</html>");
        HtmlWrap.fit(feedback, getWidth());
        // The student hears it where they are (the answer field, a button), as well as reading it.
        announcer.announce(Texts.plainText(html));
    }
}
