package org.backstep.ui.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backstep.engine.Phase;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.QuantityNames;
import org.backstep.replay.LogSearch;
import org.backstep.trace.EventLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What "stop when" makes of what a student types, on the seed lesson (x1, x2 → h1, h2, h3 → ŷ). */
class BreakpointSyntaxTest {
    private static EventLog log;
    private static QuantityNames names;

    @BeforeAll
    static void record() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        log = seed.recordFirstStep(1_000_000);
        names = new QuantityNames(seed, log.quantities());
    }

    /** The trace's names of the events the condition stops at, in order. */
    private static List<String> stops(String typed) {
        return stops(typed, Map.of());
    }

    private static List<String> stops(String typed, Map<String, Phase> words) {
        List<String> found = new ArrayList<>();
        for (int seq : LogSearch.matches(log, BreakpointSyntax.parse(typed, names, words).breakpoint(), 1000)) {
            found.add(log.quantities().name(log.slot(seq)));
        }
        return found;
    }

    private static BreakpointSyntax.NotUnderstood refused(String typed) {
        return catchThrowableOfType(BreakpointSyntax.NotUnderstood.class,
                () -> BreakpointSyntax.parse(typed, names, Map.of()));
    }

    @Test
    void aWeightByItsWindowNameIsTheTracesW1() {
        assertThat(stops("w(x1→h1)")).containsExactly("W1[0][0]");
        assertThat(stops("w(x1->h1)")).as("an arrow a keyboard can type").containsExactly("W1[0][0]");
        assertThat(stops(" W( x1 -> H1 ) ")).as("spaces and capitals").containsExactly("W1[0][0]");
        assertThat(stops("W1[0][0]")).as("the trace's own name").containsExactly("W1[0][0]");
        assertThat(stops("b(h2)")).containsExactly("b1[1]");
    }

    @Test
    void gradientsByEveryWayTheWindowWritesThem() {
        assertThat(stops("dL/dW1[0][0]")).containsExactly("dL/dW1[0][0]");
        assertThat(stops("dL/dw(x1→h1)")).containsExactly("dL/dW1[0][0]");
        assertThat(stops("∂L/∂w(x1->h1)")).containsExactly("dL/dW1[0][0]");
        assertThat(stops("dL/dh1")).containsExactly("dL/da1[0]");
        assertThat(stops("∂L/∂h1")).containsExactly("dL/da1[0]");
        assertThat(stops("dL/d(h1)")).containsExactly("dL/da1[0]");
        assertThat(stops("dL/dz(h1)")).containsExactly("dL/dz1[0]");
        assertThat(stops("dL/dŷ")).containsExactly("dL/da2[0]");
        assertThat(stops("dL/dyhat")).as("ŷ without the hat key").containsExactly("dL/da2[0]");
    }

    @Test
    void aNodeNameStopsWhereTheNodeIsComputed() {
        assertThat(stops("h1")).containsExactly("z1[0]", "a1[0]");
        assertThat(stops("ŷ")).containsExactly("z2[0]", "a2[0]");
        assertThat(stops("z(h3)")).containsExactly("z1[2]");
        assertThat(stops("L")).containsExactly("L");
    }

    @Test
    void wildcardsWorkOnEitherName() {
        assertThat(stops("dL/dw(*→ŷ)")).containsExactly("dL/dW2[0][0]", "dL/dW2[0][1]", "dL/dW2[0][2]");
        assertThat(stops("dL/dW1*")).hasSize(6);
        assertThat(stops("dL/dw(*→ŷ) and |v| > 0.15")).containsExactly("dL/dW2[0][0]");
    }

    @Test
    void phasesInEnglishOrInTheWindowsWords() {
        assertThat(stops("update and w(x1->h1)")).containsExactly("W1[0][0]");
        assertThat(stops("phase = loss")).containsExactly("L");
        assertThat(stops("hacia atrás and dL/dh1", Map.of("haciaatrás", Phase.BACKWARD))).containsExactly("dL/da1[0]");
        assertThat(stops("forward and L")).isEmpty();
    }

    @Test
    void theEchoNamesEachQuantityWindowFirst() {
        assertThat(BreakpointSyntax.parse("w(x1->h1)", names, Map.of()).quantities())
                .containsExactly("w(x1→h1) (W1[0][0])");
        assertThat(BreakpointSyntax.parse("h1 and |v| > 0", names, Map.of()).quantities())
                .containsExactly("z(h1) (z1[0])", "h1 (a1[0])");
        assertThat(BreakpointSyntax.parse("backward", names, Map.of()).quantities()).isEmpty();
    }

    @Test
    void whatIsNotUnderstoodIsNamed() {
        assertThat(refused("h9").reason()).isEqualTo(BreakpointSyntax.Reason.UNKNOWN_QUANTITY);
        assertThat(refused("h9").text()).isEqualTo("h9");
        assertThat(refused("backward and w(x1→h7)").text()).isEqualTo("w(x1→h7)");
        assertThat(refused("|v| < small").reason()).isEqualTo(BreakpointSyntax.Reason.NOT_A_NUMBER);
        assertThat(refused("|v| < small").text()).isEqualTo("small");
        assertThat(refused("x1").reason()).as("an input is given, never computed")
                .isEqualTo(BreakpointSyntax.Reason.GIVEN_QUANTITY);
        assertThat(refused("backward and ").reason()).isEqualTo(BreakpointSyntax.Reason.EMPTY);
    }

    @Test
    void aDecimalCommaIsANumber() {
        assertThat(stops("dL/dw(*→ŷ) and |v| > 0,15")).containsExactly("dL/dW2[0][0]");
    }

    @Test
    void theHelpsExamplesAreTheLessonsNames() {
        BreakpointSyntax.Examples e = BreakpointSyntax.Examples.of(names);
        assertThat(e).isEqualTo(new BreakpointSyntax.Examples("h1", "ŷ", "x1", "w(x1→h1)", "w(x1->h1)", "b(h1)",
                "W1[0][0]"));
        // Every example the help shows is itself understood.
        for (String typed : List.of(e.unit(), e.output(), e.weight(), e.weightAscii(), e.bias(), e.weightTraced(),
                "dL/d" + e.weight(), "∂L/∂" + e.unit(), "dL/dz(" + e.unit() + ")", "dL/dw(*→" + e.output() + ")")) {
            assertThat(stops(typed)).as(typed).isNotEmpty();
        }
    }
}
