package fr.copilote.scheduler.console;

import java.util.regex.Pattern;

/**
 * Text a visitor typed (a user name at sign-in, an address asked for), made fit for the audit trail: no line break
 * that would forge a line of {@code audit.log}, no invisible or right-to-left character that would make it read
 * otherwise than it is, and no longer than a column of the trail.
 */
final class UntrustedText {

    /** Control characters (line breaks…) and format characters (right-to-left override, zero-width…). */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private UntrustedText() {
    }

    /** The text with each unprintable character as {@code ?}, cut to {@code max} characters and an ellipsis. */
    static String shown(String typed, int max) {
        String printable = UNPRINTABLE.matcher(typed == null ? "" : typed).replaceAll("?");
        return printable.length() <= max ? printable : printable.substring(0, max) + "…";
    }
}
