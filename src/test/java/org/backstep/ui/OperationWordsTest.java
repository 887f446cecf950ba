package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.backstep.engine.Activation;
import org.backstep.engine.Dense;
import org.backstep.engine.EquationLine;
import org.backstep.engine.Hyperparameter;
import org.backstep.engine.Loss;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Quantities;
import org.backstep.engine.Working;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each activation, loss and optimizer names the sentence that says its working and the title of
 * each of its equation lines, and the tables name each activation and loss; every shipped language must have them, or a screen reader would
 * read out a key. Adding an operation without its words fails here, not in a lab.
 */
class OperationWordsTest {
    private static final Working.Read MINUS = new Working.Read(0, -1.0);
    private static final Working.Read PLUS = new Working.Read(0, 1.0);

    private static Properties bundle(String language) throws IOException {
        String file = language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/org/backstep/ui", file)),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static String words(Working working) {
        Working.Formula formula = (Working.Formula) (working instanceof Working.Scaled s ? s.body() : working);
        return formula.form().words(formula.arguments());
    }

    /**
     * An optimizer of each kind, its required settings set in range, with and without weight decay
     * (which adds the decayed gradient to what most of them write).
     */
    private static List<Optimizer> everyOptimizer() {
        List<Optimizer> all = new ArrayList<>();
        for (Optimizer.Kind kind : Optimizer.kinds()) {
            for (double decay : new double[] {0, 0.5}) {
                Map<String, Double> values = new HashMap<>();
                for (Hyperparameter h : kind.settings()) {
                    values.put(h.field(), h.required() ? Math.min(h.max(), h.min() + 0.5) : h.defaultValue());
                }
                values.put(Optimizer.WEIGHT_DECAY.field(), decay);
                all.add(kind.make(values));
            }
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "de"})
    void everyOperationHasItsSentencesAndTitles(String language) throws IOException {
        Properties texts = bundle(language);
        List<String> keys = new ArrayList<>();
        List<EquationLine> lines = new ArrayList<>(List.of(Dense.PRE_ACTIVATION, Dense.OUTPUT_WEIGHT_GRADIENT,
                Dense.HIDDEN_WEIGHT_GRADIENT, Dense.BIAS_GRADIENT, Dense.PROPAGATE));
        List<String> names = new ArrayList<>();
        for (Activation f : Activation.values()) {
            names.add("activation." + f.fileName());
            keys.add(words(f.value(PLUS)));
            keys.add(words(f.slope(PLUS, MINUS, MINUS)));
            keys.add(words(f.slope(PLUS, PLUS, PLUS)));
            lines.add(f.forwardLine());
            lines.add(f.derivativeLine());
        }
        for (Loss loss : Loss.values()) {
            names.add("row.loss." + loss.fileName());
            keys.add(words(loss.gradientWorking(PLUS, PLUS, PLUS, 1, 1)));
            lines.add(loss.lossLine());
            lines.add(loss.gradientLine());
        }
        for (Optimizer optimizer : everyOptimizer()) {
            Quantities q = new Quantities(new NetworkShape(1, new int[] {1}, new Activation[] {Activation.IDENTITY},
                    Loss.MSE, new boolean[] {true}), 1, optimizer);
            keys.add(words(optimizer.working(-1, 0, q, slot -> 0.0, 1)));
            lines.add(optimizer.updateLine());
            for (int k = 0; k < optimizer.state().size(); k++) {
                Optimizer.StateVariable v = optimizer.state().get(k);
                keys.add("state." + v.words());
                keys.add(words(optimizer.working(k, 0, q, slot -> 0.0, 1)));
                lines.add(v.line());
            }
        }
        List<String> missing = new ArrayList<>();
        keys.stream().map(k -> "speech." + k).filter(k -> !texts.containsKey(k)).forEach(missing::add);
        lines.stream().map(l -> "equation." + l.id()).filter(k -> !texts.containsKey(k)).forEach(missing::add);
        names.stream().filter(k -> !texts.containsKey(k)).forEach(missing::add);
        assertThat(missing).as("texts missing in %s", language).isEmpty();
        assertThat(keys).contains("gate.open", "gate.closed", "leaky.closed", "slope.sigmoid", "applied", "against",
                "update", "decay", "velocity", "update.nesterov", "squares", "update.root", "mean", "corrected",
                "update.decoupled", "state.velocity", "state.g", "state.mhat");
    }
}
