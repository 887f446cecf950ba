package org.backstep.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backstep.lesson.BundledLessons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the session tells its listeners: in order, never inside another delivery, and only those still listening. */
class StepSessionTest {
    private StepSession session;
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        session = new StepSession(BundledLessons.load("seed-2-3-1"));
    }

    @Test
    void aChangeMadeWhileListenersAreToldReachesEveryoneAfterTheChangeBefore() {
        Object guide = new Object();
        session.addListener((change, origin) -> {
            heard.add("guide hears " + change);
            if (change == StepSession.Change.LESSON) {
                session.seek(5, guide);
            }
        });
        session.addListener((change, origin) -> heard.add("table hears " + change + (origin == guide ? " from the guide" : "")));
        session.reset();
        assertThat(heard).containsExactly("guide hears LESSON", "table hears LESSON", "guide hears POSITION",
                "table hears POSITION from the guide");
        assertThat(session.cursor().position()).isEqualTo(5);
    }

    @Test
    void aListenerRemovedIsNotToldAgainEvenDuringTheDeliveryThatRemovesIt() {
        StepSession.Listener second = (change, origin) -> heard.add("second");
        session.addListener((change, origin) -> {
            heard.add("first");
            session.removeListener(second);
        });
        session.addListener(second);
        session.seek(3);
        session.seek(4);
        assertThat(heard).containsExactly("first", "first");
    }

    @Test
    void aMoveThatDoesNotMoveTellsNobody() {
        session.addListener((change, origin) -> heard.add(change.name()));
        session.seek(session.cursor().position());
        session.move(c -> c.seek(c.position()));
        assertThat(heard).isEmpty();
        session.seek(2);
        assertThat(heard).containsExactly("POSITION");
    }
}
