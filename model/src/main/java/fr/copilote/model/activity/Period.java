package fr.copilote.model.activity;

import fr.copilote.model.common.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A calendar month of activity, written {@code yyyy-MM} in the files. */
public record Period(YearMonth month) implements Comparable<Period> {

    public static final String RULE = "PERIODE";
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    public Period {
        java.util.Objects.requireNonNull(month, "month");
    }

    public static Period of(int year, int month) {
        return new Period(YearMonth.of(year, month));
    }

    public static Period of(LocalDate day) {
        return new Period(YearMonth.from(day));
    }

    /** Parses {@code yyyy-MM}, refusing months that do not exist ({@code 2024-13}). */
    public static Period parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (!SHAPE.matcher(text).matches()) {
            throw new InvalidValueException(RULE, "« " + text + " » n'est pas une période : format aaaa-MM attendu (ex. 2024-03)");
        }
        try {
            return new Period(YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5))));
        } catch (DateTimeException e) {
            throw new InvalidValueException(RULE, "« " + text + " » n'est pas un mois qui existe");
        }
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public Period plusMonths(long months) {
        return new Period(month.plusMonths(months));
    }

    public Period sameMonthPreviousYear() {
        return new Period(month.minusYears(1));
    }

    @Override
    public int compareTo(Period other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
