package fr.copilote.importer.row;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.model.common.InvalidValueException;
import fr.copilote.model.establishment.Finess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the cells of one well-formed row by column name and collects every problem instead of stopping at
 * the first, so that a reject lists all that must be fixed on the line. Getters return null after recording
 * a problem; the caller builds its value only when {@link #hasProblems()} is false.
 */
public final class CellReader {

    public static final String RULE_REQUIRED = "VALEUR_OBLIGATOIRE";
    public static final String RULE_NUMBER = "NOMBRE";
    public static final String RULE_NEGATIVE = "NOMBRE_NEGATIF";
    public static final String RULE_DATE = "DATE";
    public static final String RULE_TEXT_TOO_LONG = "TEXTE_TROP_LONG";
    public static final String WARNING_LEADING_ZERO = "FINESS_ZERO_RESTAURE";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FRENCH_SHAPE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    /**
     * Digits a number may have before its decimal mark: the narrowest amount column (annual_refund_eur,
     * NUMERIC(14, 2)) holds twelve. A larger number is this row's problem; accepted, it would fail the insert
     * of its whole chunk and stop the run.
     */
    private static final int MAX_WHOLE_DIGITS = 12;
    /** Amounts are kept to the cent and half-days to the hundredth: no column holds more. */
    private static final int MAX_DECIMALS = 2;

    private final CsvRow row;
    private final CsvHeader header;
    private final List<RowProblem> problems = new ArrayList<>(2);
    private final List<RowProblem> warnings = new ArrayList<>(0);

    public CellReader(CsvRow row, CsvHeader header) {
        this.row = row;
        this.header = header;
    }

    /** The cell's text without surrounding blanks; empty string when empty. */
    public String raw(String column) {
        return row.cell(header.indexOf(column)).strip();
    }

    public String required(String column) {
        String value = raw(column);
        if (value.isEmpty()) {
            problem(column, RULE_REQUIRED, "valeur obligatoire absente");
            return null;
        }
        return value;
    }

    /** A required text that must fit its column. */
    public String requiredText(String column, int maxLength) {
        String value = required(column);
        if (value != null && value.length() > maxLength) {
            problem(column, RULE_TEXT_TOO_LONG, "texte de " + value.length() + " caractères ; " + maxLength + " au plus");
            return null;
        }
        return value;
    }

    /**
     * A FINESS number. Eight digits are a FINESS a spreadsheet stripped of its leading zero (départements 01 to
     * 09): it is restored, checked like any other, and the row is flagged so the export can be fixed.
     */
    public Finess requiredFiness(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        if (value.length() == 8 && value.chars().allMatch(Character::isDigit) && Finess.isValid("0" + value)) {
            Finess restored = Finess.ofLeftPadded(value);
            warning(column, WARNING_LEADING_ZERO, "« " + value + " » lu comme " + restored
                    + " : le zéro initial, perdu par un tableur, est restauré");
            return restored;
        }
        return convert(column, value, Finess::of);
    }

    /** Null when the cell is empty or the file lacks this optional column; never records a problem. */
    public String optional(String column) {
        if (!header.has(column)) {
            return null;
        }
        String value = raw(column);
        return value.isEmpty() ? null : value;
    }

    /** A required value converted by a domain parser, whose {@link InvalidValueException} becomes a problem. */
    public <T> T required(String column, Function<String, T> parser) {
        String value = required(column);
        return value == null ? null : convert(column, value, parser);
    }

    public <T> T optional(String column, Function<String, T> parser) {
        String value = optional(column);
        return value == null ? null : convert(column, value, parser);
    }

    private <T> T convert(String column, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (InvalidValueException e) {
            problem(column, e.rule(), e.getMessage());
            return null;
        }
    }

    /** A decimal number ≥ 0, decimal comma or point, thousands optionally grouped by spaces. */
    public BigDecimal nonNegativeDecimal(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        BigDecimal number = parseDecimal(column, value);
        if (number != null && number.signum() < 0) {
            problem(column, RULE_NEGATIVE, "« " + value + " » est négatif ; une valeur positive ou nulle est attendue");
            return null;
        }
        return number;
    }

    /**
     * A decimal number of either sign; with {@code percentAllowed}, « 85 % » is also read, as 0.85 (a percentage
     * then keeps its two decimals: 85,25 % is 0.8525).
     */
    public BigDecimal decimal(String column, boolean percentAllowed) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        if (percentAllowed && value.endsWith("%")) {
            BigDecimal percent = parseDecimal(column, value.substring(0, value.length() - 1).strip());
            return percent == null ? null : percent.movePointLeft(2);
        }
        return parseDecimal(column, value);
    }

    /** A whole number ≥ 0. */
    public Long nonNegativeCount(String column) {
        BigDecimal number = nonNegativeDecimal(column);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            problem(column, RULE_NUMBER, "« " + raw(column) + " » n'est pas un nombre entier");
            return null;
        }
    }

    private BigDecimal parseDecimal(String column, String value) {
        String compact = removeGroupingSpaces(withoutEuroSign(value));
        if (!isPlainDecimal(compact)) {
            problem(column, RULE_NUMBER, "« " + value + " » n'est pas un nombre (exemples admis : 1234,56 ou 1234.56 ou 1 234,56)");
            return null;
        }
        BigDecimal number = new BigDecimal(compact.replace(',', '.'));
        if (number.scale() > MAX_DECIMALS) {
            problem(column, RULE_NUMBER, "« " + value + " » a trop de décimales : " + MAX_DECIMALS + " au plus (au centime)");
            return null;
        }
        if (number.precision() - number.scale() > MAX_WHOLE_DIGITS) {
            problem(column, RULE_NUMBER, "« " + value + " » est trop grand : " + MAX_WHOLE_DIGITS
                    + " chiffres au plus avant la virgule");
            return null;
        }
        return number;
    }

    /** Amounts copied from a spreadsheet may keep their currency: « 5 000 € » is 5000. */
    private static String withoutEuroSign(String value) {
        return value.endsWith("€") ? value.substring(0, value.length() - 1).strip() : value;
    }

    /**
     * Digits with at most one decimal mark ({@code -?\d+([.,]\d+)?}), checked by hand: three amounts on each of
     * millions of rows make a regular expression a visible share of the import's time.
     */
    static boolean isPlainDecimal(String value) {
        int i = value.startsWith("-") ? 1 : 0;
        int digitsBefore = 0;
        while (i < value.length() && isAsciiDigit(value.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return false;
        }
        if (i == value.length()) {
            return true;
        }
        char mark = value.charAt(i++);
        if (mark != '.' && mark != ',') {
            return false;
        }
        int digitsAfter = 0;
        while (i < value.length() && isAsciiDigit(value.charAt(i))) {
            i++;
            digitsAfter++;
        }
        return digitsAfter > 0 && i == value.length();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String removeGroupingSpaces(String value) {
        if (value.indexOf(' ') < 0 && value.indexOf('\u00A0') < 0 && value.indexOf('\u202F') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\u202F') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A real calendar date written {@code yyyy-MM-dd} or {@code dd/MM/yyyy}. */
    public LocalDate requiredDate(String column) {
        String value = required(column);
        return value == null ? null : parseDate(column, value);
    }

    public LocalDate optionalDate(String column) {
        String value = optional(column);
        return value == null ? null : parseDate(column, value);
    }

    private LocalDate parseDate(String column, String value) {
        DateTimeFormatter format = ISO_SHAPE.matcher(value).matches() ? ISO
                : FRENCH_SHAPE.matcher(value).matches() ? FRENCH : null;
        if (format == null) {
            problem(column, RULE_DATE, "« " + value + " » n'est pas une date (formats admis : aaaa-MM-jj ou jj/MM/aaaa)");
            return null;
        }
        try {
            return LocalDate.parse(value, format);
        } catch (DateTimeParseException e) {
            problem(column, RULE_DATE, "« " + value + " » n'est pas une date qui existe");
            return null;
        }
    }

    public void problem(String column, String rule, String message) {
        problems.add(new RowProblem(column, rule, message));
    }

    public void warning(String column, String rule, String message) {
        warnings.add(new RowProblem(column, rule, message));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Accepted with its warnings when no rule was broken, rejected otherwise. */
    public <T> ValidatedRow<T> outcome(java.util.function.Supplier<T> value) {
        return hasProblems() ? ValidatedRow.rejected(row, problems) : ValidatedRow.accepted(row, value.get(), warnings);
    }
}
