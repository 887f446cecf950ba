package org.backstep.ui.walkthrough;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.backstep.lesson.ProgressStore;

/**
 * Writes the guide's progress one save after another, never on the Swing thread (a lab's home
 * folder may be on a network share). The saver is not a daemon, so closing the window cannot cut
 * off the last save; it ends once it has been idle for a second, so it never keeps the app alive.
 */
final class ProgressSaver {
    private static final ThreadPoolExecutor SAVER = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> new Thread(task, "backstep-progress-saver"));

    static {
        SAVER.allowCoreThreadTimeOut(true);
    }

    private ProgressSaver() {
    }

    /**
     * Saves in the background; {@code outcome} hears on the Swing thread whether it worked: null,
     * or the reason it did not (a full disk, a share gone away). The lesson goes on either way, and
     * the next save tries again with everything so far.
     */
    static void save(ProgressStore store, String lessonId, ProgressStore.Progress progress,
                     java.util.function.Consumer<String> outcome) {
        SAVER.execute(() -> {
            String problem = null;
            try {
                store.save(lessonId, progress);
            } catch (IOException | RuntimeException e) {
                problem = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            }
            String said = problem;
            javax.swing.SwingUtilities.invokeLater(() -> outcome.accept(said));
        });
    }

    /** Waits until every save asked for so far is written. */
    static void flush() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        SAVER.execute(done::countDown);
        done.await();
    }
}
