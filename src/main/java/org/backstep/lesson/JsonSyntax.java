package org.backstep.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error in words a teacher can act on, placed where the fix goes: a missing comma
 * right after the value before it, a missing bracket after the last value of its list, a trailing
 * comma on the comma itself. Jackson's own message is only read to tell the cases apart; it is
 * never shown.
 */
final class JsonSyntax {
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\).*",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.)'.*", Pattern.DOTALL);

    private final String file;
    private final byte[] content;
    private final Deque<JsonTree.Open> open;
    private final long lastStart;
    private final long lastEnd;
    /** The field whose value was being read: the parser's own word when it has one (it reads ahead). */
    private String field;

    /**
     * @param open    the lists and objects open when reading stopped, innermost first
     * @param lastStart where the last complete token started
     * @param lastEnd   where it ended
     * @param field     the last field name read
     */
    JsonSyntax(String file, byte[] content, Deque<JsonTree.Open> open, long lastStart, long lastEnd, String field) {
        this.file = file;
        this.content = content;
        this.open = open;
        this.lastStart = lastStart;
        this.lastEnd = lastEnd;
        this.field = field;
    }

    LessonProblem describe(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null
                && parser.getParsingContext().inObject() && parser.getParsingContext().getCurrentName() != null) {
            field = parser.getParsingContext().getCurrentName();
        }
        JsonLocation where = e.getLocation();
        long at = where == null || where.getByteOffset() < 0 ? lastEnd : where.getByteOffset();
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return problem(at, limit(original));
        }
        Matcher unexpected = UNEXPECTED.matcher(original);
        if (original.startsWith("Unexpected close marker")) {
            return closeMarker(at);
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return endOfInput(original);
        }
        if (original.contains("was expecting comma to separate")) {
            return missingComma(at, original.contains("Array"));
        }
        if (original.contains("was expecting a colon")) {
            return problem(endOfPrevious(at), "a colon \":\" is missing after the field name \"" + field + "\"");
        }
        if (original.startsWith("Illegal unquoted character")) {
            return unquotedCharacter(at, original.contains("code 9)"));
        }
        Matcher token = TOKEN.matcher(original);
        if (token.matches()) {
            return word(at, token.group(1));
        }
        Matcher escape = ESCAPE.matcher(original);
        if (escape.matches()) {
            return valueProblem(at - 1, "\\" + escape.group(1) + " is not an escape JSON knows; inside text write \\\\ for "
                    + "a backslash, \\\" for a double quote and \\n for a new line");
        }
        if (original.contains("Leading zeroes")) {
            return valueProblem(at - 1, "a number may not start with 0 followed by more digits: write 7 or 0.7, not 07");
        }
        if (original.contains("Decimal point not followed by a digit")) {
            return valueProblem(lastEnd, "a decimal point must be followed by a digit: write 1.0 or 1, not 1.");
        }
        if (original.contains("plus sign")) {
            return valueProblem(at - 1, "a number may not start with \"+\"; write 1, not +1");
        }
        if (original.contains("comment")) {
            return problem(at, "JSON has no comments; remove this text (a lesson's goals or a stop's narration can hold notes)");
        }
        if (unexpected.matches()) {
            return unexpected(at, unexpected.group(1).charAt(0), original.contains("field name"));
        }
        return problem(at, "the text is not valid JSON here; look at the punctuation just before this place");
    }

    private LessonProblem unexpected(long at, char found, boolean wantedName) {
        long comma = previousComma(at);
        if ((found == '}' || found == ']') && comma >= 0) {
            return problem(comma, "this comma has nothing after it: remove it, or add the next "
                    + (found == '}' ? "field" : "value") + " after it");
        }
        if (found == '\'') {
            return problem(at, "text and field names need double quotes \"…\", not single quotes '…'");
        }
        if (wantedName && (found == '{' || found == '[') && comma >= 0) {
            // "…}, {" where a field name should follow: the object before the comma was never closed.
            return problem(comma, "a closing \"}\" is missing before this comma: " + stillOpen()
                    + ", and after its comma a field name should follow, not \"" + found + "\"");
        }
        if (wantedName && (Character.isLetter(found) || found == '_')) {
            String name = wordAt(at);
            return problem(at, "a field name needs double quotes: write \"" + name + "\"");
        }
        if (found == '.') {
            return valueProblem(at, "a number must start with a digit: write 0.5, not .5");
        }
        if (found == ',' || found == '}' || found == ']') {
            return problem(at, "a value is missing" + (field != null && !wantedName ? " after \"" + field + "\":" : "")
                    + " before this \"" + found + "\"");
        }
        return problem(at, wantedName ? "a field name in double quotes is expected here, found \"" + found + "\""
                : "a value is expected here (a number, text in double quotes, a list [ … ], an object { … }, true, "
                + "false or null), found \"" + found + "\"");
    }

    private LessonProblem missingComma(long at, boolean array) {
        char next = (char) (at < content.length ? content[(int) at] & 0xFF : ' ');
        if (array && next == ':') {
            // A field name met inside a list: the list should have been closed before that name.
            return problem(lastStart, "a closing \"]\" is missing before this field name: " + stillOpen());
        }
        boolean valueFollows = array ? "\"-0123456789[{tfn".indexOf(next) >= 0 : next == '"';
        if (valueFollows) {
            return problem(endOfPrevious(at), "a comma \",\" is missing after the previous value, before the next "
                    + (array ? "value of the list" : "field"));
        }
        return problem(endOfPrevious(at), "a comma \",\" or the " + (array ? "list's closing \"]\"" : "object's closing \"}\"")
                + " is missing after the previous value (found \"" + next + "\")");
    }

    /** "the list that opens at line 9, column 19 is still open". */
    private String stillOpen() {
        JsonTree.Open inner = open.peek();
        TextPosition began = TextPosition.of(content, inner.offset());
        return "the " + (inner.array() ? "list" : "object") + " that opens at line " + began.line() + ", column "
                + began.column() + " is still open";
    }

    private LessonProblem closeMarker(long at) {
        JsonTree.Open inner = open.peek();
        char found = (char) (content[(int) Math.min(at, content.length - 1)] & 0xFF);
        if (inner == null) {
            return problem(at, "this \"" + found + "\" closes nothing: no list or object is open here");
        }
        TextPosition began = TextPosition.of(content, inner.offset());
        return problem(lastEnd, "a closing \"" + (inner.array() ? ']' : '}') + "\" is missing after the previous value: the "
                + (inner.array() ? "list" : "object") + " that opens at line " + began.line() + ", column "
                + began.column() + " is not closed before this \"" + found + "\"");
    }

    private LessonProblem endOfInput(String original) {
        if (original.contains("VALUE_STRING") || original.contains("closing quote")) {
            long quote = openingQuote(content.length);
            return problem(quote, "this text is not closed: a double quote \" is missing before the end of the file");
        }
        JsonTree.Open inner = open.peek();
        if (inner == null) {
            return problem(lastEnd, "the file ends where a value is expected");
        }
        TextPosition began = TextPosition.of(content, inner.offset());
        return problem(lastEnd, "the file ends before the " + (inner.array() ? "list" : "object") + " that opens at line "
                + began.line() + ", column " + began.column() + " is closed: a \"" + (inner.array() ? ']' : '}')
                + "\" is missing" + (open.size() > 1 ? " (and " + (open.size() - 1) + " more closing brackets after it)" : ""));
    }

    private LessonProblem unquotedCharacter(long at, boolean tab) {
        if (tab) {
            return valueProblem(at, "a tab inside text must be written \\t");
        }
        return valueProblem(openingQuote(at), "this text is not closed: a double quote \" is missing before the end of the line");
    }

    private LessonProblem word(long at, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("nan") || lower.endsWith("infinity")) {
            return valueProblem(at - word.length(), "NaN and Infinity are not allowed; every number must be finite");
        }
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            return valueProblem(at, "write " + lower + " in small letters, without quotes");
        }
        return valueProblem(at, "\"" + word + "\" is not something JSON knows: text needs double quotes (\"" + word
                + "\"); numbers, true, false and null are written without them");
    }

    private static String limit(String original) {
        if (original.contains("nesting depth")) {
            return "the lists and objects here nest more than 16 deep; a lesson needs far fewer levels";
        }
        if (original.contains("Number value length")) {
            return "this number has more than 64 characters; a lesson's numbers need far fewer digits";
        }
        if (original.contains("String value length")) {
            return "this text is longer than 10000 characters";
        }
        return "the file is too large to be a lesson";
    }

    /** Just after the last character before {@code at} that is not a space: where a missing comma or colon goes. */
    private long endOfPrevious(long at) {
        long i = Math.min(at, content.length) - 1;
        while (i >= 0 && Character.isWhitespace(content[(int) i])) {
            i--;
        }
        return i + 1;
    }

    /** Where the comma before {@code at} is, when only spaces lie between them; else -1. */
    private long previousComma(long at) {
        for (long i = Math.min(at, content.length) - 1; i >= 0; i--) {
            if (content[(int) i] == ',') {
                return i;
            }
            if (!Character.isWhitespace(content[(int) i])) {
                return -1;
            }
        }
        return -1;
    }

    /** The double quote that opened the text running into {@code at}: the last one on its line. */
    private long openingQuote(long at) {
        for (long i = Math.min(at, content.length) - 1; i >= 0 && content[(int) i] != '\n'; i--) {
            if (content[(int) i] == '"' && (i == 0 || content[(int) i - 1] != '\\')) {
                return i;
            }
        }
        return at;
    }

    private String wordAt(long at) {
        int end = (int) at;
        while (end < content.length && (Character.isLetterOrDigit(content[end]) || content[end] == '_')) {
            end++;
        }
        return new String(content, (int) at, end - (int) at, StandardCharsets.UTF_8);
    }

    /** A problem with the value being read, placed at {@code offset}, with that value's path. */
    private LessonProblem valueProblem(long offset, String message) {
        TextPosition p = TextPosition.of(content, offset);
        JsonTree.Open inner = open.peek();
        FieldPath path = inner == null ? FieldPath.ROOT
                : inner.array() ? inner.path().index(inner.node().size()) : inner.path().field(String.valueOf(field));
        return new LessonProblem(file, p.line(), p.column(), path.toString(), message);
    }

    /** The problem placed at {@code offset}, with the path of the innermost open list or object. */
    private LessonProblem problem(long offset, String message) {
        TextPosition p = TextPosition.of(content, offset);
        FieldPath path = open.isEmpty() ? FieldPath.ROOT : open.peek().path();
        return new LessonProblem(file, p.line(), p.column(), path.toString(), message);
    }
}
