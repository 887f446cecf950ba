package org.backstep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonLoader;

/**
 * The lessons the benchmarks run. The 2-16-16-1 lessons are files under src/jmh/lessons rather than
 * class-path resources, so that the PyTorch peer can read the very same files; they are found
 * relative to the working directory, which JMH's forked JVMs inherit from the launcher (the
 * repository root when run through {@code mvn -Pbench exec:exec}).
 */
final class BenchLessons {
    /*
     * Every benchmark JVM gets a fixed, pre-touched heap. On a virtual machine the first write to
     * a fresh page of memory can cost microseconds, and a heap that grows on demand meets fresh
     * pages at random moments: the append benchmark then swung between about 3 and 80 ns per event from
     * one op to the next. A fixed heap measures the code, not the host's page faults. The cost of
     * a growing heap is real for the app too; performance.md reports it separately.
     */
    static final String XMS = "-Xms2g";
    static final String XMX = "-Xmx2g";
    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

    /** The 2-16-16-1 lesson, relative to the repository root. */
    static final String BENCH_LESSON = "src/jmh/lessons/bench-2-16-16-1.json";
    /** The same network, data and starting weights trained by Adam. */
    static final String ADAM_LESSON = "src/jmh/lessons/bench-2-16-16-1-adam.json";
    /** The same again, Adam on mini-batches of 10 samples in sample order. */
    static final String ADAM_BATCH_LESSON = "src/jmh/lessons/bench-2-16-16-1-adam-batch10.json";

    private BenchLessons() {
    }

    /** The 2-16-16-1 regression lesson with 100 samples. */
    static Lesson bench() throws LessonException {
        return file(BENCH_LESSON);
    }

    /** The 2-16-16-1 lesson trained by Adam on the full batch. */
    static Lesson adam() throws LessonException {
        return file(ADAM_LESSON);
    }

    /** The 2-16-16-1 lesson trained by Adam on mini-batches of 10. */
    static Lesson adamBatches() throws LessonException {
        return file(ADAM_BATCH_LESSON);
    }

    private static Lesson file(String name) throws LessonException {
        Path path = Path.of(name);
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
