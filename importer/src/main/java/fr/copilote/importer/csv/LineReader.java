package fr.copilote.importer.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into physical lines (LF or CRLF), keeping memory bounded: a line longer than the
 * limit is read through but only its beginning is kept, so that one 20 MB line cannot exhaust the heap.
 * Copilote's files carry one record per line; reading lines ourselves lets a damaged line be reported
 * whole and alone.
 */
public final class LineReader implements Closeable {

    /** How much of an over-long line is kept for the reject report. */
    public static final int EXCERPT = 2000;

    private final Reader reader;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long lineNumber;
    private final StringBuilder line = new StringBuilder(256);
    /** The last character of the line being read is a CR, kept or not (an over-long line keeps only its start). */
    private boolean endsWithCr;

    public LineReader(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /** The number of the last line returned (0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end of the stream. */
    public PhysicalLine next() throws IOException {
        line.setLength(0);
        endsWithCr = false;
        long length = 0;
        boolean sawAnything = false;
        while (true) {
            if (position >= limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!sawAnything) {
                        return null;
                    }
                    return finish(length);
                }
            }
            sawAnything = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int count = position - start;
            append(start, count, length);
            length += count;
            if (position < limit) {
                position++;
                return finish(length);
            }
        }
    }

    private void append(int start, int count, long lengthSoFar) {
        if (count > 0) {
            endsWithCr = buffer[start + count - 1] == '\r';
        }
        long room = Math.max(0, (long) maxLength + 1 - lengthSoFar);
        int take = (int) Math.min(count, room);
        if (take > 0) {
            line.append(buffer, start, take);
        }
    }

    private PhysicalLine finish(long length) {
        lineNumber++;
        if (endsWithCr) {
            length--;
            if (line.length() > length) {
                line.setLength((int) length);
            }
        }
        if (length > maxLength) {
            return new PhysicalLine(lineNumber, line.substring(0, Math.min(EXCERPT, line.length())), length, true);
        }
        return new PhysicalLine(lineNumber, line.toString(), length, false);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
