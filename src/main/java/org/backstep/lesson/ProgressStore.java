package org.backstep.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How far a student got in each lesson's walkthrough, one small JSON file per lesson id in the
 * user's data folder: {@code $XDG_DATA_HOME/backstep/progress} (or {@code ~/.local/share/…}) on
 * Linux, {@code %APPDATA%\Backstep\progress} on Windows, {@code ~/Library/Application
 * Support/Backstep/progress} on macOS; {@code -Dbackstep.progressDir} overrides it (tests, labs
 * that keep profiles on a network share). Files are replaced atomically, so a crash or a full disk
 * leaves the previous progress, and a damaged file reads as no progress rather than an error.
 */
public final class ProgressStore {
    private static final String FORMAT = "backstep-progress/1";
    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param stop     the stop the student was at
     * @param visited  stops seen
     * @param answers  per stop with a question: true once answered right, false after only wrong tries
     */
    public record Progress(int stop, Set<Integer> visited, Map<Integer, Boolean> answers) {
        public static final Progress NONE = new Progress(0, Set.of(), Map.of());

        public Progress {
            visited = Set.copyOf(visited);
            answers = Map.copyOf(answers);
        }

        public int rightAnswers() {
            return (int) answers.values().stream().filter(Boolean::booleanValue).count();
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

    /** The saved progress of a lesson, or {@link Progress#NONE} when there is none or it cannot be read. */
    public Progress load(String lessonId) {
        Path file = fileOf(lessonId);
        if (file == null || !Files.isRegularFile(file)) {
            return Progress.NONE;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (!FORMAT.equals(root.path("format").asText())) {
                return Progress.NONE;
            }
            Set<Integer> visited = new TreeSet<>();
            root.path("visited").forEach(n -> visited.add(n.asInt()));
            Map<Integer, Boolean> answers = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("answers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                answers.put(Integer.parseInt(e.getKey()), e.getValue().asBoolean());
            }
            return new Progress(Math.max(0, root.path("stop").asInt()), visited, answers);
        } catch (IOException | RuntimeException e) {
            return Progress.NONE;
        }
    }

    /** Saves a lesson's progress, replacing the old file in one step. */
    public void save(String lessonId, Progress progress) throws IOException {
        Path file = fileOf(lessonId);
        if (file == null) {
            throw new IOException("\"" + lessonId + "\" cannot name a progress file");
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("lesson", lessonId).put("stop", progress.stop());
        progress.visited().stream().sorted().forEach(root.putArray("visited")::add);
        ObjectNode answers = root.putObject("answers");
        new TreeMap<>(progress.answers()).forEach((stop, right) -> answers.put(String.valueOf(stop), right));
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
