package org.backstep.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The progress file's JSON, format {@code backstep-progress/2}; format 1 (a true or false per
 * question) still reads, with a right answer of format 1 kept as right but not as right first
 * time, since format 1 did not record the tries.
 */
final class ProgressJson {
    static final String FORMAT = "backstep-progress/2";
    private static final String FORMAT_1 = "backstep-progress/1";

    private ProgressJson() {
    }

    static ProgressStore.Progress read(JsonNode root) throws IOException {
        String format = root.path("format").asText();
        if (!FORMAT.equals(format) && !FORMAT_1.equals(format)) {
            throw new IOException("not a progress file of a known format: \"" + format + "\"");
        }
        Set<Integer> visited = ints(root.path("visited"));
        Set<Integer> skipped = ints(root.path("skipped"));
        skipped.removeAll(visited);
        Map<Integer, Answer> answers = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("answers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int stop = Integer.parseInt(e.getKey());
            answers.put(stop, FORMAT_1.equals(format) ? formatOne(e.getValue()) : answer(e.getValue()));
        }
        return new ProgressStore.Progress(Math.max(0, root.path("stop").asInt()), visited, skipped, answers,
                root.path("activeSeconds").asLong(0));
    }

    static ObjectNode write(ObjectMapper json, String lessonId, ProgressStore.Progress progress) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT).put("lesson", lessonId).put("stop", progress.stop());
        progress.visited().stream().sorted().forEach(root.putArray("visited")::add);
        progress.skipped().stream().sorted().forEach(root.putArray("skipped")::add);
        root.put("activeSeconds", progress.activeSeconds());
        ObjectNode answers = root.putObject("answers");
        new TreeMap<>(progress.answers()).forEach((stop, a) -> {
            ObjectNode node = answers.putObject(String.valueOf(stop));
            node.put("tries", a.tries()).put("firstTryRight", a.firstTryRight()).put("right", a.right())
                    .put("revealed", a.revealed());
            if (a.at() != null) {
                node.put("at", a.at().toString());
            }
        });
        return root;
    }

    private static Answer answer(JsonNode node) throws IOException {
        if (!node.isObject()) {
            throw new IOException("an answer must be an object");
        }
        String at = node.path("at").asText(null);
        try {
            return new Answer(node.path("tries").asInt(), node.path("firstTryRight").asBoolean(),
                    node.path("right").asBoolean(), node.path("revealed").asBoolean(),
                    at == null ? null : Instant.parse(at));
        } catch (RuntimeException e) {
            throw new IOException("an answer cannot be read: " + e.getMessage(), e);
        }
    }

    private static Answer formatOne(JsonNode right) {
        return new Answer(1, false, right.asBoolean(), false, null);
    }

    private static Set<Integer> ints(JsonNode array) {
        Set<Integer> values = new TreeSet<>();
        array.forEach(n -> values.add(n.asInt()));
        return values;
    }
}
