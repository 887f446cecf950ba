package org.backstep.ui.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javax.swing.SwingWorker;
import org.backstep.lesson.results.ResultsFolder;

/**
 * Reads a folder of results files off the Swing thread, telling its listener on the Swing thread
 * how far it got and, at the end, what it read (everything, or what was read before a stop) or why
 * the folder could not be read. The app's own version of each lesson found is looked up here too,
 * since that may read lesson files.
 */
final class FolderReader extends SwingWorker<ResultsFolder.Reading, int[]> {
    /** Told on the Swing thread. */
    interface Listener {
        void progress(int done, int total);

        void read(FolderReader from, ResultsFolder.Reading reading, Map<String, String> versions);

        void failed(FolderReader from, Throwable cause);
    }

    private final Path folder;
    private final Function<String, String> knownVersion;
    private final BooleanSupplier stop;
    private final Listener listener;
    private final Map<String, String> found = new HashMap<>();

    /** {@code stop}: asked between files (off the Swing thread) whether to stop reading. */
    FolderReader(Path folder, Function<String, String> knownVersion, BooleanSupplier stop, Listener listener) {
        this.folder = folder;
        this.knownVersion = knownVersion;
        this.stop = stop;
        this.listener = listener;
    }

    @Override
    protected ResultsFolder.Reading doInBackground() throws IOException {
        ResultsFolder.Reading r = ResultsFolder.read(folder, (done, total) -> {
            publish(new int[] {done, total});
            return !stop.getAsBoolean();
        });
        for (ResultsFolder.LessonSeen seen : r.lessons()) {
            found.put(seen.id(), knownVersion.apply(seen.id()));
        }
        return r;
    }

    @Override
    protected void process(List<int[]> chunks) {
        int[] last = chunks.get(chunks.size() - 1);
        listener.progress(last[0], last[1]);
    }

    @Override
    protected void done() {
        try {
            listener.read(this, get(), found);
        } catch (ExecutionException e) {
            listener.failed(this, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
