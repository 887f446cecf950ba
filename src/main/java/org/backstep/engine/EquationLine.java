package org.backstep.engine;

/**
 * One line of the chain rule as students see it: a stable id (stored with events and used by the
 * maths panel), a short title, the line typeset as LaTeX, and the same line as plain text.
 */
public record EquationLine(String id, String title, String latex, String plain) {
}
