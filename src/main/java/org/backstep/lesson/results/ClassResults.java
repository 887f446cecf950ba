package org.backstep.lesson.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backstep.lesson.results.QuestionRecord.Heading;
import org.backstep.lesson.results.ResultsFolder.Handed;

/**
 * One lesson's results across a class, as a teacher marks them: a row per student, a column per
 * question, and per question how many students got it right first time, right after tries, were
 * shown it, have not got it right yet or did not try it. Only files of one version of the lesson
 * are counted; files of another version are kept apart ({@link #otherVersions()}), since their
 * questions may not be the same.
 */
public final class ClassResults {
    /** One question across the class. */
    public record Summary(Heading question, Map<Outcome, Integer> counts, int students) {
        public Summary {
            counts = java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
        }

        public int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }

    private final String lessonId;
    private final String title;
    private final String version;
    private final boolean appsVersionMissing;
    private final List<Handed> students;
    private final List<Handed> otherVersions;
    private final List<FileProblem> broken;
    private final List<Heading> questions;
    private final List<Summary> summaries;

    private ClassResults(String lessonId, String title, String version, boolean appsVersionMissing,
                         List<Handed> students, List<Handed> otherVersions, List<FileProblem> broken) {
        this.lessonId = lessonId;
        this.title = title;
        this.version = version;
        this.appsVersionMissing = appsVersionMissing;
        this.students = List.copyOf(students);
        this.otherVersions = List.copyOf(otherVersions);
        this.broken = List.copyOf(broken);
        Map<Integer, Heading> byStop = new TreeMap<>();
        for (Handed h : students) {
            h.results().questions().forEach(q -> byStop.putIfAbsent(q.stop(), q.heading()));
        }
        this.questions = List.copyOf(byStop.values());
        List<Summary> all = new ArrayList<>();
        for (Heading q : questions) {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            for (Handed h : students) {
                counts.merge(outcome(h, q), 1, Integer::sum);
            }
            all.add(new Summary(q, counts, students.size()));
        }
        this.summaries = List.copyOf(all);
    }

    /**
     * The results of lesson {@code lessonId} in {@code reading}. {@code knownVersion} is the
     * version of the lesson as the teacher has it, or null when the app does not know the lesson.
     * When no file is of that version (the class used an older copy of the lesson) or the app
     * does not know the lesson, the version most files have counts (on a tie, the one exported
     * last), and {@link #appsVersionMissing()} says the first case.
     */
    public static ClassResults of(ResultsFolder.Reading reading, String lessonId, String knownVersion) {
        List<Handed> ofLesson = reading.files().stream().filter(h -> h.results().lessonId().equals(lessonId)).toList();
        boolean known = knownVersion != null
                && ofLesson.stream().anyMatch(h -> h.results().lessonVersion().equals(knownVersion));
        String version = known || ofLesson.isEmpty() ? knownVersion : commonest(ofLesson);
        List<Handed> same = new ArrayList<>();
        List<Handed> other = new ArrayList<>();
        for (Handed h : ofLesson) {
            (h.results().lessonVersion().equals(version) ? same : other).add(h);
        }
        Comparator<Handed> byName = Comparator.comparing((Handed h) -> h.results().student(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Handed::file);
        same.sort(byName);
        other.sort(byName);
        String title = same.isEmpty() ? (ofLesson.isEmpty() ? lessonId : ofLesson.get(0).results().lessonTitle())
                : same.get(0).results().lessonTitle();
        return new ClassResults(lessonId, title, version == null ? "" : version,
                knownVersion != null && !known && !ofLesson.isEmpty(), same, other, reading.broken());
    }

    private static String commonest(List<Handed> files) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Instant> latest = new LinkedHashMap<>();
        for (Handed h : files) {
            String v = h.results().lessonVersion();
            count.merge(v, 1, Integer::sum);
            Instant at = h.results().exportedAt() == null ? Instant.EPOCH : h.results().exportedAt();
            latest.merge(v, at, (a, b) -> a.isAfter(b) ? a : b);
        }
        return count.keySet().stream()
                .max(Comparator.comparingInt((String v) -> count.get(v)).thenComparing(latest::get))
                .orElse("");
    }

    /** How {@code student}'s file answered {@code question}; a question the file lacks counts as not tried. */
    public static Outcome outcome(Handed student, Heading question) {
        QuestionRecord q = student.results().question(question.stop());
        return q == null ? Outcome.NOT_TRIED : q.outcome();
    }

    public String lessonId() {
        return lessonId;
    }

    public String title() {
        return title;
    }

    /** The version counted. */
    public String version() {
        return version;
    }

    /** True when the app has this lesson in a version no file is of, so another version is counted. */
    public boolean appsVersionMissing() {
        return appsVersionMissing;
    }

    /** The students' files of the version counted, by name. */
    public List<Handed> students() {
        return students;
    }

    /** Files of this lesson in another version, not counted. */
    public List<Handed> otherVersions() {
        return otherVersions;
    }

    /** Files of the folder that could not be read, with why. */
    public List<FileProblem> broken() {
        return broken;
    }

    /** The questions, in stop order. */
    public List<Heading> questions() {
        return questions;
    }

    /** Per question, in stop order. */
    public List<Summary> summaries() {
        return summaries;
    }

    /**
     * The question fewest students got right first time (the earliest of equals), or null when
     * there are no questions or no students: the idea to go over again.
     */
    public Summary hardest() {
        if (students.isEmpty()) {
            return null;
        }
        return summaries.stream().min(Comparator.comparingInt(s -> s.count(Outcome.FIRST_TRY))).orElse(null);
    }
}
