package fr.copilote.model.text;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read in everything a user sees: workbooks, console, messages and admin logs. */
public final class FrenchDates {

    /** 31/12/2024 */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    /** 31/12/2024 02:30:00 */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRANCE);
    /** 31/12/2024 à 02:30 */
    public static final DateTimeFormatter DATE_AT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE);
    /** décembre 2024 */
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    /** déc. 2024 */
    public static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.FRANCE);

    private FrenchDates() {
    }
}
