package org.backstep.lesson.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every results file ({@code *.json}) in a folder a teacher collected them in: each that
 * reads becomes a {@link Handed} in; each that does not is a {@link FileProblem}, so nothing is
 * silently dropped. Other files and sub-folders are left alone.
 */
public final class ResultsFolder {
    /** Told after each file; answers false to stop reading (the teacher cancelled). */
    public interface Progress {
        boolean read(int done, int total);
    }

    /** One file that was read. */
    public record Handed(Path file, StudentResults results) {
    }

    /** A lesson some files are of, with how many. */
    public record LessonSeen(String id, String title, int files) {
    }

    /**
     * What the folder holds.
     *
     * @param complete false when reading was cancelled before the last file
     */
    public record Reading(Path folder, List<Handed> files, List<FileProblem> broken, boolean complete) {
        public Reading {
            files = List.copyOf(files);
            broken = List.copyOf(broken);
        }

        /** The lessons the files are of, the one with the most files first. */
        public List<LessonSeen> lessons() {
            Map<String, LessonSeen> seen = new LinkedHashMap<>();
            for (Handed h : files) {
                StudentResults r = h.results();
                LessonSeen before = seen.get(r.lessonId());
                seen.put(r.lessonId(), new LessonSeen(r.lessonId(), r.lessonTitle(), before == null ? 1 : before.files() + 1));
            }
            return seen.values().stream()
                    .sorted(java.util.Comparator.comparingInt(LessonSeen::files).reversed().thenComparing(LessonSeen::id))
                    .toList();
        }
    }

    private ResultsFolder() {
    }

    /** Reads the folder; throws only when the folder itself cannot be listed. */
    public static Reading read(Path folder, Progress progress) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        List<Path> candidates;
        try (Stream<Path> list = Files.list(folder)) {
            candidates = list.filter(ResultsFolder::isCandidate).sorted().toList();
        }
        List<Handed> files = new ArrayList<>();
        List<FileProblem> broken = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Path file = candidates.get(i);
            String name = file.getFileName().toString();
            try {
                if (Files.size(file) > ResultsJson.MAX_BYTES) {
                    throw new FileProblem.Thrown(FileProblem.of(name, FileProblem.Kind.TOO_LARGE, ""));
                }
                files.add(new Handed(file, ResultsJson.read(name, Files.readAllBytes(file))));
            } catch (FileProblem.Thrown e) {
                broken.add(e.problem());
            } catch (IOException e) {
                broken.add(FileProblem.of(name, FileProblem.Kind.UNREADABLE,
                        e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "")));
            }
            if (!progress.read(i + 1, candidates.size())) {
                return new Reading(folder, files, broken, false);
            }
        }
        return new Reading(folder, files, broken, true);
    }

    /** A visible JSON file (the temporary files of a write under way start with a dot and end otherwise). */
    private static boolean isCandidate(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") && Files.isRegularFile(p);
    }
}
