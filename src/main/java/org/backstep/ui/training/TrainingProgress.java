package org.backstep.ui.training;

import javax.swing.JProgressBar;
import org.backstep.ui.kit.Texts;

/** The training tab's progress bar: a percentage while a job runs, then what it did. */
final class TrainingProgress {
    private final JProgressBar bar = new JProgressBar(0, 100) {
        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                // Spoken as its short description ("42 %"), not as a raw number with many decimals.
                accessibleContext = new AccessibleJProgressBar() {
                    @Override
                    public javax.accessibility.AccessibleValue getAccessibleValue() {
                        return null;
                    }
                };
            }
            return accessibleContext;
        }
    };

    TrainingProgress(Texts texts) {
        bar.setName("training.progress");
        bar.getAccessibleContext().setAccessibleName(texts.get("training.progress.name"));
        bar.setStringPainted(true);
    }

    JProgressBar bar() {
        return bar;
    }

    void clear() {
        bar.setValue(0);
        bar.setString("");
    }

    void percent(int done) {
        bar.setValue(done);
        bar.setString(bar.getValue() + " %");
        bar.getAccessibleContext().setAccessibleDescription(bar.getString());
    }

    void done(String text) {
        bar.setValue(100);
        bar.setString(text);
    }
}
