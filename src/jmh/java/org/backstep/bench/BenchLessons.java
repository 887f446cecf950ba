package org.backstep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonLoader;

/**
 * The lessons the benchmarks run. The 2-16-16-1 lesson is a file under src/jmh/lessons rather than
 * a class-path resource, so that the PyTorch peer can read the very same file; it is found
 * relative to the working directory, which JMH's forked JVMs inherit from the launcher (the
 * repository root when run through {@code mvn -Pbench exec:exec}).
 */
final class BenchLessons {
    /** The path of the 2-16-16-1 lesson; {@code -Dbackstep.bench.lesson=...} points elsewhere. */
    static final String BENCH_LESSON = System.getProperty("backstep.bench.lesson",
            "src/jmh/lessons/bench-2-16-16-1.json");

    private BenchLessons() {
    }

    /** The 2-16-16-1 regression lesson with 100 samples. */
    static Lesson bench() throws LessonException {
        Path path = Path.of(BENCH_LESSON);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("benchmark lesson not found at " + path.toAbsolutePath()
                    + "; run the benchmarks from the repository root");
        }
        return LessonLoader.load(path);
    }

    /** The bundled 2-3-1 lesson with one sample: what a class steps through. */
    static Lesson seed() throws LessonException {
        return BundledLessons.load("seed-2-3-1");
    }
}
