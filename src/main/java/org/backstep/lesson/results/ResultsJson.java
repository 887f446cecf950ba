package org.backstep.lesson.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.backstep.lesson.results.FileProblem.Expected;

/**
 * The results file's JSON, format {@code backstep-results/1} (see src/site/markdown/results.md).
 * Reading is strict about what a class view needs (who, which lesson and version, each
 * question's record) and says which field is wrong; fields it does not know are ignored, so a
 * later Backstep may add some without breaking older readers.
 */
public final class ResultsJson {
    public static final String FORMAT = "backstep-results/1";
    private static final String FAMILY = "backstep-results/";
    /** A class of 40 with 50 questions each is a few kilobytes; a megabyte is something else. */
    static final int MAX_BYTES = 1 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(10_000).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private ResultsJson() {
    }

    /** The file's bytes: pretty-printed UTF-8 JSON. */
    public static byte[] write(StudentResults r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("student", r.student());
        root.putObject("lesson").put("id", r.lessonId()).put("title", r.lessonTitle()).put("version", r.lessonVersion());
        root.put("app", r.app()).put("exportedAt", r.exportedAt().toString()).put("activeSeconds", r.activeSeconds());
        ArrayNode questions = root.putArray("questions");
        for (QuestionRecord q : r.questions()) {
            ObjectNode node = questions.addObject();
            node.put("stop", q.stop()).put("kind", q.kind().fileName()).put("label", q.label())
                    .put("tries", q.tries()).put("firstTryRight", q.firstTryRight()).put("right", q.right())
                    .put("revealed", q.revealed());
            if (q.at() != null) {
                node.put("at", q.at().toString());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes", e);
        }
    }

    /** Reads the results in {@code content}; {@code file} names it in problems. */
    public static StudentResults read(String file, byte[] content) throws FileProblem.Thrown {
        if (content.length > MAX_BYTES) {
            throw new FileProblem.Thrown(FileProblem.of(file, FileProblem.Kind.TOO_LARGE, ""));
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String why = e.getOriginalMessage();
            throw new FileProblem.Thrown(at != null && at.getLineNr() > 0
                    ? new FileProblem(file, at.getLineNr(), at.getColumnNr(), "", FileProblem.Kind.NOT_JSON, null, why)
                    : FileProblem.of(file, FileProblem.Kind.NOT_JSON, why));
        } catch (IOException e) {
            throw new FileProblem.Thrown(FileProblem.of(file, FileProblem.Kind.UNREADABLE, e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new FileProblem.Thrown(FileProblem.of(file, FileProblem.Kind.NOT_JSON, "the file is empty"));
        }
        return new Reader(file).results(root);
    }

    /** The student and the lesson id of a file, or null when it is not a results file (for not overwriting it). */
    static String[] owner(byte[] content) {
        try {
            JsonNode root = JSON.readTree(content);
            if (root != null && root.path("format").asText("").startsWith(FAMILY)) {
                return new String[] {root.path("student").asText(""), root.path("lesson").path("id").asText("")};
            }
        } catch (IOException e) {
            // Not ours to judge: the caller treats it as someone else's file.
        }
        return null;
    }

    /** One file's reading, which knows the file's name for every problem. */
    private record Reader(String file) {
        StudentResults results(JsonNode root) throws FileProblem.Thrown {
            if (!root.isObject()) {
                throw problem(FileProblem.of(file, FileProblem.Kind.NOT_RESULTS, ""));
            }
            String format = root.path("format").isTextual() ? root.path("format").asText() : "";
            if (!format.equals(FORMAT)) {
                throw problem(format.startsWith(FAMILY)
                        ? FileProblem.of(file, FileProblem.Kind.NEWER_FORMAT, format)
                        : FileProblem.of(file, FileProblem.Kind.NOT_RESULTS, ""));
            }
            String student = text(root, "student", "student");
            JsonNode lesson = object(root, "lesson", "lesson");
            String id = text(lesson, "id", "lesson.id");
            String version = text(lesson, "version", "lesson.version");
            String title = lesson.path("title").isTextual() ? lesson.path("title").asText() : id;
            String app = root.path("app").asText("");
            Instant exported = optionalTime(root, "exportedAt", "exportedAt");
            long seconds = root.has("activeSeconds") ? count(root, "activeSeconds", "activeSeconds") : 0;
            JsonNode list = root.path("questions");
            if (list.isMissingNode()) {
                throw problem(FileProblem.missing(file, "questions"));
            }
            if (!list.isArray()) {
                throw problem(FileProblem.wrong(file, "questions", Expected.LIST));
            }
            List<QuestionRecord> questions = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                questions.add(question(list.get(i), "questions[" + i + "]"));
            }
            return new StudentResults(student, id, title, version, app, exported, seconds, questions);
        }

        private QuestionRecord question(JsonNode node, String path) throws FileProblem.Thrown {
            if (!node.isObject()) {
                throw problem(FileProblem.wrong(file, path, Expected.OBJECT));
            }
            int stop = (int) count(node, "stop", path + ".stop");
            if (stop < 1) {
                throw problem(FileProblem.wrong(file, path + ".stop", Expected.STOP));
            }
            QuestionRecord.Kind kind = "choice".equals(node.path("kind").asText()) ? QuestionRecord.Kind.CHOICE
                    : QuestionRecord.Kind.PREDICT;
            return new QuestionRecord(stop, kind, node.path("label").asText(""), (int) count(node, "tries", path + ".tries"),
                    bool(node, "firstTryRight", path), bool(node, "right", path), bool(node, "revealed", path),
                    optionalTime(node, "at", path + ".at"));
        }

        private String text(JsonNode node, String name, String path) throws FileProblem.Thrown {
            JsonNode value = present(node, name, path);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw problem(FileProblem.wrong(file, path, Expected.TEXT));
            }
            return value.asText().strip();
        }

        private JsonNode object(JsonNode node, String name, String path) throws FileProblem.Thrown {
            JsonNode value = present(node, name, path);
            if (!value.isObject()) {
                throw problem(FileProblem.wrong(file, path, Expected.OBJECT));
            }
            return value;
        }

        private long count(JsonNode node, String name, String path) throws FileProblem.Thrown {
            JsonNode value = present(node, name, path);
            if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0
                    || value.asLong() > Integer.MAX_VALUE) {
                throw problem(FileProblem.wrong(file, path, Expected.COUNT));
            }
            return value.asLong();
        }

        private boolean bool(JsonNode node, String name, String path) throws FileProblem.Thrown {
            JsonNode value = present(node, name, path + "." + name);
            if (!value.isBoolean()) {
                throw problem(FileProblem.wrong(file, path + "." + name, Expected.TRUE_OR_FALSE));
            }
            return value.asBoolean();
        }

        private Instant optionalTime(JsonNode node, String name, String path) throws FileProblem.Thrown {
            JsonNode value = node.path(name);
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            try {
                return Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw problem(FileProblem.wrong(file, path, Expected.TIME));
            }
        }

        private JsonNode present(JsonNode node, String name, String path) throws FileProblem.Thrown {
            JsonNode value = node.path(name);
            if (value.isMissingNode() || value.isNull()) {
                throw problem(FileProblem.missing(file, path));
            }
            return value;
        }

        private static FileProblem.Thrown problem(FileProblem p) {
            return new FileProblem.Thrown(p);
        }
    }
}
