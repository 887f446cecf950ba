package org.backstep.lesson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How far a student got in each lesson's walkthrough, one small JSON file per lesson id in the
 * user's data folder: {@code $XDG_DATA_HOME/backstep/progress} (or {@code ~/.local/share/…}) on
 * Linux, {@code %APPDATA%\Backstep\progress} on Windows, {@code ~/Library/Application
 * Support/Backstep/progress} on macOS; {@code -Dbackstep.progressDir} overrides it (tests, labs
 * that keep profiles on a network share). Files are replaced atomically, so a crash or a full disk
 * leaves the previous progress; a damaged file is set aside and reads as no progress.
 */
public final class ProgressStore {
    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param stop          the stop the student was at
     * @param visited       stops whose narration the student saw
     * @param skipped       stops a jump passed without showing them (not in {@code visited})
     * @param answers       per stop with a question that was tried or revealed
     * @param activeSeconds time spent in the lesson with the window in use
     */
    public record Progress(int stop, Set<Integer> visited, Set<Integer> skipped, Map<Integer, Answer> answers,
                           long activeSeconds) {
        public static final Progress NONE = new Progress(0, Set.of(), Set.of(), Map.of(), 0);

        public Progress {
            visited = Set.copyOf(visited);
            skipped = Set.copyOf(skipped);
            answers = Map.copyOf(answers);
            activeSeconds = Math.max(0, activeSeconds);
        }

        /** Questions answered right on the first try, without being shown the answer. */
        public int rightFirstTime() {
            return (int) answers.values().stream().filter(Answer::firstTryRight).count();
        }

        /** Questions answered right in the end, first time or not (a reveal is not right). */
        public int right() {
            return (int) answers.values().stream().filter(Answer::right).count();
        }

        /** Questions whose answer the student asked to be shown. */
        public int revealed() {
            return (int) answers.values().stream().filter(Answer::revealed).count();
        }
    }

    private final Path folder;

    public ProgressStore(Path folder) {
        this.folder = folder;
    }

    /** The store in this user's usual place (see the class comment). */
    public static ProgressStore forUser() {
        String override = System.getProperty("backstep.progressDir");
        if (override != null && !override.isBlank()) {
            return new ProgressStore(Path.of(override));
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            base = Path.of(appData != null ? appData : home, "Backstep");
        } else if (os.startsWith("mac")) {
            base = Path.of(home, "Library", "Application Support", "Backstep");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            base = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("backstep");
        }
        return new ProgressStore(base.resolve("progress"));
    }

    public Path folder() {
        return folder;
    }

    /**
     * The saved progress of a lesson, or {@link Progress#NONE} when there is none. A file that
     * cannot be read is moved aside (renamed {@code <id>.damaged-<time>.json}, so a teacher can
     * still look at it) rather than overwritten by the next save.
     */
    public Progress load(String lessonId) {
        Path file = fileOf(lessonId);
        if (file == null || !Files.isRegularFile(file)) {
            return Progress.NONE;
        }
        try {
            return ProgressJson.read(JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            setAside(file, lessonId);
            return Progress.NONE;
        }
    }

    private void setAside(Path file, String lessonId) {
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        try {
            Files.move(file, file.resolveSibling(lessonId + ".damaged-" + stamp + ".json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // Left where it is: the next save replaces it, which is all that can be done.
        }
    }

    /** Saves a lesson's progress, replacing the old file in one step. */
    public void save(String lessonId, Progress progress) throws IOException {
        Path file = fileOf(lessonId);
        if (file == null) {
            throw new IOException("\"" + lessonId + "\" cannot name a progress file");
        }
        ObjectNode root = ProgressJson.write(JSON, lessonId, progress);
        AtomicWrite.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** Forgets a lesson's progress ("restart lesson"). */
    public void clear(String lessonId) throws IOException {
        Path file = fileOf(lessonId);
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private Path fileOf(String lessonId) {
        // Lesson ids are checked by the validator; this keeps any other text out of file names.
        return lessonId != null && SAFE_ID.matcher(lessonId).matches() ? folder.resolve(lessonId + ".json") : null;
    }
}
