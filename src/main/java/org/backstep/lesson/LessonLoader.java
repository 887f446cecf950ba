package org.backstep.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads lesson files strictly. The size is checked before reading; the JSON is read into a tree
 * ({@link JsonTree}, which words a syntax error for a person), bound to {@link LessonFile} by
 * {@link LessonBinder}, and {@link LessonValidator} checks the meaning. Every problem comes back
 * located (file, line, column, field), all of them at once, in the order of the file, in a
 * {@link LessonException}. Nothing here throws anything else for a bad file, and no work
 * proportional to a declared size starts before the declared sizes are checked.
 */
public final class LessonLoader {
    /** Largest lesson file read. Bigger files are refused before reading them. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** Strict JSON only: no comments, no single quotes, no NaN; duplicates are found by {@link JsonTree}. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxNumberLength(64)
                    .maxStringLength(10_000)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .build();

    private LessonLoader() {
    }

    /** Reads and checks the lesson file at {@code path}. */
    public static Lesson load(Path path) throws LessonException {
        String name = path.toString();
        byte[] content;
        try {
            if (Files.isDirectory(path)) {
                throw single(name, "this is a folder, not a lesson file");
            }
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw single(name, String.format(Locale.ROOT,
                        "the file is %.1f MB; a lesson file may be at most %d MB", size / 1048576.0,
                        MAX_FILE_BYTES / 1048576));
            }
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file");
        } catch (IOException e) {
            throw single(name, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            throw single(name, "is too large to read");
        }
        return load(name, content);
    }

    /** Checks the lesson in {@code content}; {@code name} is used in messages. */
    public static Lesson load(String name, byte[] content) throws LessonException {
        if (content.length > MAX_FILE_BYTES) {
            throw single(name, "the text is larger than " + MAX_FILE_BYTES / 1048576 + " MB");
        }
        Problems problems = new Problems(name, new Locator(content, FACTORY));
        JsonNode root;
        try {
            root = new JsonTree(content, FACTORY, problems).read(name);
        } catch (JsonTree.Broken e) {
            // Past a syntax error nothing can be trusted: where a value ends, which field it is.
            throw new LessonException(List.of(e.problem()));
        }
        if (root == null) {
            throw new LessonException(List.of(new LessonProblem(name, 1, 1, "",
                    "the file is empty; a lesson is a JSON object starting with {")));
        }
        if (!root.isObject()) {
            throw new LessonException(List.of(new LessonProblem(name, 1, 1, "", root.isNull()
                    ? "the file holds null instead of a lesson object"
                    : "a lesson is a JSON object { … }, but the file holds " + (root.isArray() ? "a list [ … ]" : "one value"))));
        }
        LessonFile file = new LessonBinder(problems).bind(root);
        return new LessonValidator(name, problems).validate(file);
    }

    private static LessonException single(String name, String message) {
        return new LessonException(List.of(new LessonProblem(name, 0, 0, "", message)));
    }
}
