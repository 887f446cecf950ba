package org.backstep.ui;

import org.backstep.engine.Phase;
import org.backstep.replay.Breakpoint;
import org.backstep.replay.LogSearch;

/**
 * Where a glossary link goes: a tab ("training", "landscape"), a lesson of its own
 * ("lesson:deep-sigmoid"), or the first event of a phase ("phase:backward") or of an equation line
 * in the debugger.
 */
final class Places {
    private final MainWindow window;

    Places(MainWindow window) {
        this.window = window;
    }

    void show(String place) {
        if (place.equals("training")) {
            window.select(Tab.TRAINING);
            return;
        }
        if (place.equals("landscape")) {
            window.select(Tab.LANDSCAPE);
            return;
        }
        window.select(Tab.DEBUGGER);
        if (place.startsWith("lesson:")) {
            // A concept with a lesson of its own (vanishing gradients) opens that lesson.
            window.open(place.substring("lesson:".length()));
            return;
        }
        Breakpoint where = place.startsWith("phase:") ? Breakpoint.phase(Phase.fromFileName(place.substring(6))) : null;
        window.session().move(c -> {
            c.rewind();
            int at = where != null ? c.findNext(where) : LogSearch.firstWithLine(c.log(), place);
            return at >= 0 ? c.seek(at) : c.position();
        });
    }
}
