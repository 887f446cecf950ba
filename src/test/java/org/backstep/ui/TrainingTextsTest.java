package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.Hyperparameter;
import org.backstep.engine.Optimizer;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.api.Test;

/**
 * The training tab builds its chooser and fields from the registry of optimizers, so the texts
 * they need are named by data and no check of literal keys sees them: every kind's name and
 * tooltip and every setting's label, name, tooltip and name in a message must be in every language.
 */
class TrainingTextsTest {
    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Optimizer.Kind kind : Optimizer.kinds()) {
            keys.add("optimizer." + kind.fileName());
            keys.add("optimizer." + kind.fileName() + ".tip");
            for (Hyperparameter setting : kind.settings()) {
                for (String part : List.of(".label", ".name", ".tip", ".what")) {
                    keys.add("training." + setting.field() + part);
                }
            }
        }
        return keys;
    }

    @Test
    void everyOptimizerAndEverySettingHasItsTextsInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (String language : Texts.LANGUAGES) {
            Texts texts = Texts.in(language);
            for (String key : keys()) {
                if (texts.get(key).startsWith("!")) {
                    missing.add(language + ": " + key);
                }
            }
        }
        assertThat(keys()).hasSizeGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    @Test
    void aRefusedSettingSaysItsRangeInEachLanguage() {
        Texts en = Texts.in("en");
        assertThat(en.format("training.setting.invalid", "1", en.get("training.beta1.what"),
                en.format("training.range", en.format("training.range.atLeast", en.number(0)),
                        en.format("training.range.lessThan", en.number(1)))))
                .isEqualTo("“1” is not a usable β₁: type a number of at least 0 and less than 1.");
    }
}
