package org.backstep.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Reads lesson files strictly. The size is checked before reading, the JSON is bound with every
 * lenient Jackson feature off, and {@link LessonValidator} checks the meaning; every problem comes
 * back located (file, line, column, field) in a {@link LessonException}. Nothing here throws
 * anything else for a bad file, and no work proportional to a declared size starts before the
 * declared sizes are checked.
 */
public final class LessonLoader {
    /** Largest lesson file read. Bigger files are refused before reading them. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxNumberLength(64)
                    .maxStringLength(10_000)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final ObjectMapper MAPPER = strictMapper();

    private LessonLoader() {
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder(FACTORY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // Each type accepts its own shape again (the loop above refused all of them).
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        return mapper;
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
        LessonFile file;
        try {
            file = MAPPER.readValue(content, LessonFile.class);
        } catch (JsonProcessingException e) {
            throw new LessonException(List.of(describe(name, e)));
        } catch (IOException e) {
            throw single(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (file == null) {
            throw single(name, "the file holds null instead of a lesson object");
        }
        return new LessonValidator(name, new Locator(content, FACTORY)).validate(file);
    }

    private static LessonException single(String name, String message) {
        return new LessonException(List.of(new LessonProblem(name, 0, 0, "", message)));
    }

    private static LessonProblem describe(String name, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        int line = where == null ? 0 : Math.max(0, where.getLineNr());
        int column = where == null || line == 0 ? 0 : Math.max(1, where.getColumnNr());
        FieldPath path = pathOf(e);
        return new LessonProblem(name, line, column, path.toString(), messageFor(e));
    }

    private static FieldPath pathOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            FieldPath path = FieldPath.ROOT;
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                path = ref.getFieldName() != null ? path.field(ref.getFieldName()) : path.index(ref.getIndex());
            }
            return path;
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            List<Object> segments = new ArrayList<>();
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    segments.add(0, Math.max(0, c.getCurrentIndex()));
                } else if (c.getCurrentName() != null) {
                    segments.add(0, c.getCurrentName());
                }
            }
            return new FieldPath(segments);
        }
        return FieldPath.ROOT;
    }

    private static String messageFor(JsonProcessingException wrapped) {
        // Databind wraps parser errors (bad tokens, numbers out of range) to add the field path;
        // the wrapped error says what is wrong.
        JsonProcessingException e = wrapped;
        while (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause) {
            e = cause;
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof UnrecognizedPropertyException unknown) {
            TreeSet<String> allowed = new TreeSet<>();
            unknown.getKnownPropertyIds().forEach(id -> allowed.add(String.valueOf(id)));
            return "unknown field \"" + unknown.getPropertyName() + "\"; allowed here: " + String.join(", ", allowed);
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (original.startsWith("No content to map")) {
                return "the file is empty; a lesson is a JSON object starting with {";
            }
            return "expected " + expected(mismatch.getTargetType()) + found(e);
        }
        if (e instanceof InputCoercionException) {
            return "number out of range; expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + " (see the field's limits in the lesson format)";
        }
        if (e instanceof StreamConstraintsException) {
            return "the file is too large or nests too deeply to be a lesson (" + original + ")";
        }
        if (e instanceof JsonParseException) {
            if (original.contains("'NaN'") || original.contains("'Infinity'") || original.contains("'-Infinity'")
                    || original.contains("'+Infinity'")) {
                return "NaN and Infinity are not allowed; every number must be finite";
            }
            if (original.startsWith("Duplicate field")) {
                return "this field appears twice in the same object; each field may appear once";
            }
            return "not valid JSON: " + firstSentence(original);
        }
        return firstSentence(original);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == double[][].class) {
            return "a list of lists of numbers";
        }
        if (type == double[].class) {
            return "a list of numbers";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list [ … ]";
        }
        if (type.isRecord()) {
            return "an object { … }";
        }
        return "a " + type.getSimpleName();
    }

    private static String found(JsonProcessingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            Object v = invalid.getValue();
            return v instanceof String text ? ", found the text \"" + text + "\"" : ", found " + v;
        }
        if (!(e.getProcessor() instanceof JsonParser parser) || parser.currentToken() == null) {
            return "";
        }
        JsonToken token = parser.currentToken();
        String what = switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> null;
        };
        return what == null ? "" : ", found " + what;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
