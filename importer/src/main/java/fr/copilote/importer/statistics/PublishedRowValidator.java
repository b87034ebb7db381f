package fr.copilote.importer.statistics;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.CellReader;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.statistics.OfficialStatistic;
import fr.copilote.model.statistics.PublishedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one line of an official statistics file into its figures, one per non-empty measure cell. The
 * FINESS follows the contract's rules; one the directory does not know is kept, with a warning, since the
 * publisher's list of establishments is not the directory's. Remembers the lines already read, so that an
 * establishment published twice (ScanSanté does it under two names) is not counted twice.
 */
public final class PublishedRowValidator implements RowValidator<PublishedRow> {

    public static final String RULE_TOTAL_LINE = "LIGNE_TOTAL";
    public static final String RULE_YEAR = "ANNEE_DIVERGENTE";
    public static final String RULE_DUPLICATE = "STATISTIQUE_EN_DOUBLE";
    public static final String WARNING_PARTIAL_PERIOD = "PERIODE_PARTIELLE";

    private static final String TOTAL = "Total";
    private static final Pattern MONTHS = Pattern.compile("M(\\d{1,2})", Pattern.CASE_INSENSITIVE);

    private final PublishedLayout layout;
    private final int year;
    private final ReferenceData reference;
    private final Map<String, FirstLine> linesByEstablishment = new HashMap<>();

    private record FirstLine(long lineNumber, List<OfficialStatistic> figures) {
    }

    /** @param year the year the file's name carries: its figures are that year's */
    public PublishedRowValidator(PublishedLayout layout, int year, ReferenceData reference) {
        this.layout = layout;
        this.year = year;
        this.reference = reference;
    }

    @Override
    public ValidatedRow<PublishedRow> validate(CsvRow row, CsvHeader header) {
        CellReader cells = new CellReader(row, header);
        if (isTotalLine(cells)) {
            cells.problem(layout.finessColumn(), RULE_TOTAL_LINE, "ligne de total sans numéro FINESS : les totaux se "
                    + "recalculent à partir des établissements, elle n'est pas importée");
            return cells.outcome(() -> null);
        }
        Finess finess = cells.required(layout.finessColumn(), Finess::of);
        String dimension = layout.dimensionColumn() == null ? null : cells.required(layout.dimensionColumn());
        checkYear(cells);
        List<OfficialStatistic> figures = new ArrayList<>();
        for (PublishedColumn column : layout.measures()) {
            Optional<PublishedValue> value = cells.optional(column.name(), column::read);
            if (value != null && value.filter(PublishedRowValidator::tooLarge).isPresent()) {
                cells.problem(column.name(), PublishedValue.RULE_NUMBER, "« " + cells.raw(column.name()) + " » est trop grand : "
                        + OfficialStatisticTable.MAX_WHOLE_DIGITS + " chiffres au plus avant la virgule");
            } else if (finess != null && value != null && value.isPresent()) {
                figures.add(new OfficialStatistic(layout.source(), year, finess, column.measure(), dimension, value.get()));
            }
        }
        if (!cells.hasProblems()) {
            checkPublishedOnce(cells, row.lineNumber(), finess, dimension, figures);
        }
        if (!cells.hasProblems()) {
            warnAboutUnknown(cells, finess);
            warnAboutPartialPeriod(cells);
        }
        return cells.outcome(() -> new PublishedRow(figures));
    }

    private static boolean tooLarge(PublishedValue value) {
        return !value.isMasked() && value.amount().precision() - value.amount().scale() > OfficialStatisticTable.MAX_WHOLE_DIGITS;
    }

    private boolean isTotalLine(CellReader cells) {
        return cells.raw(layout.finessColumn()).isEmpty() && cells.raw(layout.nameColumn()).equalsIgnoreCase(TOTAL);
    }

    private void checkYear(CellReader cells) {
        if (layout.yearColumn() == null) {
            return;
        }
        String published = cells.required(layout.yearColumn());
        if (published != null && !published.equals(String.valueOf(year))) {
            cells.problem(layout.yearColumn(), RULE_YEAR, "année " + published + " sur la ligne, " + year
                    + " dans le nom du fichier : les chiffres d'un fichier sont ceux de l'année de son nom");
        }
    }

    private void checkPublishedOnce(CellReader cells, long lineNumber, Finess finess, String dimension,
                                    List<OfficialStatistic> figures) {
        String key = dimension == null ? finess.value() : finess.value() + " " + dimension;
        FirstLine first = linesByEstablishment.putIfAbsent(key, new FirstLine(lineNumber, figures));
        if (first == null) {
            return;
        }
        String who = "FINESS " + finess + (dimension == null ? "" : " (" + layout.dimensionColumn() + " " + dimension + ")");
        cells.problem(layout.finessColumn(), RULE_DUPLICATE, first.figures().equals(figures)
                ? who + " déjà publié ligne " + first.lineNumber() + " avec les mêmes chiffres : ligne en double, non importée"
                : who + " déjà publié ligne " + first.lineNumber() + " avec d'autres chiffres : seule la première ligne est retenue");
    }

    private void warnAboutUnknown(CellReader cells, Finess finess) {
        if (!reference.knows(finess)) {
            cells.warning(layout.finessColumn(), ReferenceData.RULE_UNKNOWN_FINESS, reference.unknownFinessMessage(finess)
                    + " : chiffres conservés, sans rattachement à une entité juridique");
        }
    }

    private void warnAboutPartialPeriod(CellReader cells) {
        if (layout.periodColumn() == null) {
            return;
        }
        String period = cells.optional(layout.periodColumn());
        Matcher months = MONTHS.matcher(period == null ? "" : period);
        if (months.matches() && Integer.parseInt(months.group(1)) == 12) {
            return;
        }
        cells.warning(layout.periodColumn(), WARNING_PARTIAL_PERIOD, months.matches()
                ? "chiffres publiés sur " + Integer.parseInt(months.group(1)) + " mois (période « " + period + " »), non sur l'année entière"
                : "période " + (period == null ? "non renseignée" : "« " + period + " » non reconnue")
                        + " : rien ne dit que les chiffres couvrent l'année entière");
    }
}
