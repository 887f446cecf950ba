package org.backstep.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List the bundled lessons: id, title, learning goals, languages, minutes, walkthrough stops "
                + "and questions.")
final class LessonsCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { TABLE, JSON }


    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json")
    Format format = Format.TABLE;

    @Override
    public Integer call() throws IOException {
        List<Lesson> lessons;
        try {
            lessons = BundledLessons.loadAll();
        } catch (LessonException e) {
            spec.commandLine().getErr().println("backstep: a bundled lesson is broken: " + e.getMessage());
            return Cli.BAD_LESSON;
        }
        PrintStream out = BackstepCommand.out(spec);
        if (format == Format.TABLE) {
            // The id column is as wide as the longest id, so every row lines up.
            int idWidth = lessons.stream().mapToInt(l -> l.id().length()).max().orElse(2);
            String row = "%-" + idWidth + "s %-7s %-5s %-9s %s";
            out.println(String.format(Locale.ROOT, row, "id", "minutes", "stops", "questions", "title"));
            for (Lesson l : lessons) {
                out.println(String.format(Locale.ROOT, row, l.id(),
                        l.about().minutes() == 0 ? "-" : String.valueOf(l.about().minutes()),
                        l.walkthrough().size(), l.walkthrough().questionCount(), l.title()));
            }
        } else {
            try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (Lesson l : lessons) {
                    json.writeStartObject();
                    json.writeStringField("id", l.id());
                    json.writeStringField("title", l.title());
                    json.writeArrayFieldStart("goals");
                    for (String goal : l.about().goals()) {
                        json.writeString(goal);
                    }
                    json.writeEndArray();
                    json.writeArrayFieldStart("languages");
                    for (String language : l.languages()) {
                        json.writeString(language);
                    }
                    json.writeEndArray();
                    if (l.about().minutes() > 0) {
                        json.writeNumberField("minutes", l.about().minutes());
                    }
                    json.writeNumberField("stops", l.walkthrough().size());
                    json.writeNumberField("questions", l.walkthrough().questionCount());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeRaw('\n');
            }
        }
        out.flush();
        return Cli.OK;
    }
}
