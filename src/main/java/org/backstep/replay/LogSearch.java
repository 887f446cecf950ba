package org.backstep.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backstep.engine.EquationLine;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.engine.QuantityKind;
import org.backstep.trace.EventLog;

/**
 * The questions the window asks of a whole recording (rather than of the state at the cursor):
 * which lines it uses, where a pass ends, which events a condition matches, which lines compute a
 * node. Panels render the answers; none of them walks the log itself.
 */
public final class LogSearch {
    private LogSearch() {
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive) of one phase, one after the other. */
    public record PhaseRun(Phase phase, int from, int to) {
    }

    /** The recording cut where the phase changes: the timeline's colour bands. */
    public static List<PhaseRun> phaseRuns(EventLog log) {
        List<PhaseRun> runs = new ArrayList<>();
        int from = 0;
        while (from < log.size()) {
            Phase phase = log.phase(from);
            int to = from;
            while (to < log.size() && log.phase(to) == phase) {
                to++;
            }
            runs.add(new PhaseRun(phase, from, to));
            from = to;
        }
        return runs;
    }

    /** Every equation line the recording uses, in the order its events first use them. */
    public static List<EquationLine> linesInOrder(EventLog log) {
        Map<String, EquationLine> lines = new LinkedHashMap<>();
        for (int seq = 0; seq < log.size(); seq++) {
            EquationLine line = log.quantities().equation(log.slot(seq));
            lines.putIfAbsent(line.id(), line);
        }
        return List.copyOf(lines.values());
    }

    /**
     * The last event of {@code phase} in the epoch of the cursor (the end of the forward or the
     * backward pass), or the cursor's own position when the epoch has none.
     */
    public static int lastOfPhase(ReplayCursor cursor, Phase phase) {
        EventLog log = cursor.log();
        int epochStart = cursor.atStart() ? 0 : log.stepStart(cursor.position());
        int last = -1;
        for (int seq = epochStart; seq < log.size() && log.stepStart(seq) == epochStart; seq++) {
            if (log.phase(seq) == phase) {
                last = seq;
            }
        }
        return last < 0 ? cursor.position() : last;
    }

    /** The events matching {@code breakpoint}, in order, at most {@code limit} of them. */
    public static int[] matches(EventLog log, Breakpoint breakpoint, int limit) {
        List<Integer> found = new ArrayList<>();
        for (int seq = 0; seq < log.size() && found.size() < limit; seq++) {
            if (breakpoint.matches(log, seq)) {
                found.add(seq);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The first event whose equation line's id starts with {@code prefix} (a glossary link to
     * "the sigmoid derivative"); where the lesson has no such line, the first of the backward pass.
     */
    public static int firstWithLine(EventLog log, String prefix) {
        for (int seq = 0; seq < log.size(); seq++) {
            if (log.quantities().equation(log.slot(seq)).id().startsWith(prefix)) {
                return seq;
            }
        }
        int[] backward = matches(log, Breakpoint.phase(Phase.BACKWARD), 1);
        return backward.length > 0 ? backward[0] : -1;
    }

    /** The ids of the lines whose events compute the unit drawn at {@code column} ({@code index}-th node). */
    public static Set<String> linesOfNode(EventLog log, int column, int index) {
        Quantities q = log.quantities();
        Set<String> lines = new TreeSet<>();
        for (int seq = 0; seq < log.size(); seq++) {
            int slot = log.slot(seq);
            if (isUnitQuantity(q.kind(slot)) && q.layerOf(slot) + 1 == column && q.indexOf(slot) == index) {
                lines.add(q.equation(slot).id());
            }
        }
        return lines;
    }

    /** The quantities that belong to one unit (drawn as a node), as opposed to parameters and the loss. */
    private static boolean isUnitQuantity(QuantityKind kind) {
        return switch (kind) {
            case PRE_ACTIVATION, ACTIVATION, PRE_ACTIVATION_GRADIENT, ACTIVATION_GRADIENT -> true;
            default -> false;
        };
    }
}
