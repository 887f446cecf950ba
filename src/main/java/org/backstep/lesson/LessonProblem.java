package org.backstep.lesson;

/**
 * One thing wrong with a lesson file, located for a person to fix: the file, the line and column
 * (1-based) where the offending value starts, the field's path such as
 * {@code network.layers[1].weights[0]}, and what is wrong and what is allowed.
 */
public record LessonProblem(String file, int line, int column, String field, String message) {
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
