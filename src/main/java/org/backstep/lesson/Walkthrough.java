package org.backstep.lesson;

import java.util.List;
import org.backstep.trace.EventLog;

/**
 * A lesson's guided tour of its recorded step: stops in order, each bound to an event by a
 * {@link Selector}, with a narration (Markdown-like: {@code **bold**}, {@code *italics*},
 * {@code $maths$}) and optionally a question.
 */
public record Walkthrough(List<Stop> stops) {
    public static final Walkthrough NONE = new Walkthrough(List.of());

    /** One stop of the tour; {@code question} may be null. */
    public record Stop(Selector at, String narration, Question question) {
    }

    public Walkthrough {
        stops = List.copyOf(stops);
    }

    public boolean isEmpty() {
        return stops.isEmpty();
    }

    public int size() {
        return stops.size();
    }

    public Stop stop(int index) {
        return stops.get(index);
    }

    /** The event of every stop in {@code log}, in stop order; -1 where a selector finds none. */
    public int[] resolve(EventLog log) {
        int[] events = new int[stops.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = stops.get(i).at().find(log);
        }
        return events;
    }

    /**
     * This walkthrough with {@code stop} added in the order of the step recorded in {@code log}
     * (after any stop on the same event).
     */
    public Walkthrough withStop(Stop stop, EventLog log) {
        int event = stop.at().find(log);
        int[] events = resolve(log);
        int at = 0;
        while (at < events.length && events[at] <= event) {
            at++;
        }
        java.util.List<Stop> more = new java.util.ArrayList<>(stops);
        more.add(at, stop);
        return new Walkthrough(more);
    }

    /** How many stops ask a question. */
    public int questionCount() {
        return (int) stops.stream().filter(s -> s.question() != null).count();
    }
}
