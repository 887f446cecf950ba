package org.backstep.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of a teacher's own lessons (a USB stick, a shared drive), as the lesson list shows
 * it: every lesson file in it that loads, and every one that does not with its located problems,
 * so a teacher sees why a lesson is missing instead of not seeing it. A folder that is not there
 * now (a stick not plugged in) says so and is kept in the list. Results files that students
 * handed into the same folder are not lessons and are passed over.
 *
 * @param available false when the folder cannot be listed now
 * @param lessons   the files that load, by file name
 * @param broken    the files that do not, by file name
 */
public record LessonFolder(Path folder, boolean available, List<Found> lessons, List<Broken> broken) {
    /** At most this many files are tried in one folder: a whole stick of JSON is not a lesson folder. */
    public static final int MAX_FILES = 200;
    private static final String RESULTS_END = ".results.json";

    /** A lesson file that loads. */
    public record Found(Path file, Lesson lesson) {
    }

    /** A lesson file that does not load, with why. */
    public record Broken(Path file, LessonException problem) {
    }

    public LessonFolder {
        lessons = List.copyOf(lessons);
        broken = List.copyOf(broken);
    }

    /** Reads the folder now; slow on a network share, so off the Swing thread. */
    public static LessonFolder read(Path folder) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(LessonFolder::isLessonFile).sorted().limit(MAX_FILES).toList();
        } catch (IOException | RuntimeException e) {
            return new LessonFolder(folder, false, List.of(), List.of());
        }
        List<Found> lessons = new ArrayList<>();
        List<Broken> broken = new ArrayList<>();
        for (Path file : files) {
            try {
                lessons.add(new Found(file, LessonLoader.load(file)));
            } catch (LessonException e) {
                if (!isOtherBackstepFile(file)) {
                    broken.add(new Broken(file, e));
                }
            }
        }
        return new LessonFolder(folder, true, lessons, broken);
    }

    private static boolean isLessonFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") && !name.endsWith(RESULTS_END) && !name.startsWith(".") && Files.isRegularFile(p);
    }

    /** A results or progress file that was renamed: not a broken lesson. */
    private static boolean isOtherBackstepFile(Path file) {
        try {
            if (Files.size(file) > 1 << 20) {
                return false;
            }
            String format = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("format").asText("");
            return format.startsWith("backstep-results/") || format.startsWith("backstep-progress/");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
