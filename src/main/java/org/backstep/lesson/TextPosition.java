package org.backstep.lesson;

/**
 * A place in a lesson file as an editor shows it: line and column, both from 1, the column
 * counted in characters (Jackson counts UTF-8 bytes, which puts every place after an "ŷ" one
 * column too far to the right).
 */
record TextPosition(int line, int column) {
    static final TextPosition NOWHERE = new TextPosition(0, 0);

    /** The position of the byte at {@code offset} of {@code content} (the end of the text if past it). */
    static TextPosition of(byte[] content, long offset) {
        if (offset < 0) {
            return NOWHERE;
        }
        int end = (int) Math.min(offset, content.length);
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            byte b = content[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                // A byte that starts a character, not one that continues it.
                column++;
            }
        }
        return new TextPosition(line, column);
    }
}
