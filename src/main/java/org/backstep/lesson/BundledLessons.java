package org.backstep.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The lessons shipped inside the app, and how a command-line argument names a lesson. */
public final class BundledLessons {
    private static final String FOLDER = "/org/backstep/lesson/bundled/";

    private BundledLessons() {
    }

    /** Ids of the bundled lessons, in catalogue order. */
    public static List<String> ids() {
        return Arrays.stream(new String(read("index.txt"), StandardCharsets.UTF_8).split("\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The bundled lesson with this id. */
    public static Lesson load(String id) throws LessonException {
        if (!ids().contains(id)) {
            throw new LessonException(List.of(new LessonProblem(id, 0, 0, "",
                    "no bundled lesson has this id; bundled lessons: " + String.join(", ", ids()))));
        }
        return LessonLoader.load(id, read(id + ".json"));
    }

    /** Every bundled lesson, in catalogue order; a broken one (the tests load each) fails the whole list. */
    public static List<Lesson> loadAll() throws LessonException {
        List<Lesson> lessons = new java.util.ArrayList<>();
        for (String id : ids()) {
            lessons.add(load(id));
        }
        return lessons;
    }

    /**
     * A lesson named on the command line: the file at that path if there is one, else the bundled
     * lesson with that id.
     */
    public static Lesson resolve(String name) throws LessonException {
        Path path;
        try {
            path = Path.of(name);
        } catch (RuntimeException e) {
            path = null;
        }
        if (path != null && Files.exists(path)) {
            return LessonLoader.load(path);
        }
        if (ids().contains(name)) {
            return load(name);
        }
        throw new LessonException(List.of(new LessonProblem(name, 0, 0, "",
                "no such file, and no bundled lesson has this id; bundled lessons: " + String.join(", ", ids()))));
    }

    private static byte[] read(String resource) {
        try (InputStream in = BundledLessons.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("the app is missing its bundled resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
