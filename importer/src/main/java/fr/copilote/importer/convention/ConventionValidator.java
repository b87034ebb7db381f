package fr.copilote.importer.convention;

import static fr.copilote.importer.convention.ConventionColumns.*;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.CellReader;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.common.CodeLists;
import fr.copilote.model.convention.Convention;
import fr.copilote.model.convention.ConventionId;
import fr.copilote.model.convention.ConventionStatus;
import fr.copilote.model.convention.Rpps;
import fr.copilote.model.convention.SharingMode;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.pathway.CarePathway;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Validates {@code conventions.csv}. Stateful within a file: a convention id appears once. */
public final class ConventionValidator implements RowValidator<Convention> {

    public static final String RULE_DUPLICATE_ID = "CONVENTION_EN_DOUBLE";
    public static final String RULE_SAME_ESTABLISHMENT = "ORIGINE_EGALE_ACCUEIL";
    public static final String RULE_HALF_DAYS = "DEMI_JOURNEES_HORS_LIMITES";
    public static final String RULE_DATES = "DATES_INCOHERENTES";
    public static final String WARNING_DISTANCE = "DISTANCE_MOINS_20_KM";

    /** The prime d'exercice territorial requires the sites to be at least this far apart. */
    private static final double PET_MINIMUM_KM = 20.0;

    private static final BigDecimal MAX_HALF_DAYS = BigDecimal.TEN;

    private final ReferenceData reference;
    private final Map<String, Long> lineById = new HashMap<>();

    public ConventionValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public ValidatedRow<Convention> validate(CsvRow row, CsvHeader header) {
        CellReader cells = new CellReader(row, header);
        ConventionId id = cells.required(CONVENTION_ID, ConventionId::of);
        Finess origin = knownFiness(cells, ORIGIN_FINESS);
        Finess host = knownFiness(cells, HOST_FINESS);
        Rpps rpps = cells.required(PRACTITIONER_RPPS, Rpps::of);
        String specialty = cells.requiredText(SPECIALTY, 100);
        CarePathway pathway = cells.required(CARE_PATHWAY,
                value -> CodeLists.parse(CarePathway.class, value, CarePathway.RULE, "filière de soins"));
        SharingMode mode = cells.required(SHARING_MODE,
                value -> CodeLists.parse(SharingMode.class, value, SharingMode.RULE, "mode de partage"));
        BigDecimal halfDays = cells.nonNegativeDecimal(HALF_DAYS_PER_WEEK);
        LocalDate start = cells.requiredDate(START_DATE);
        LocalDate end = cells.optionalDate(END_DATE);
        BigDecimal refund = cells.nonNegativeDecimal(ANNUAL_REFUND_EUR);
        ConventionStatus status = cells.required(STATUS,
                value -> CodeLists.parse(ConventionStatus.class, value, ConventionStatus.RULE, "statut de convention"));

        if (origin != null && origin.equals(host)) {
            cells.problem(HOST_FINESS, RULE_SAME_ESTABLISHMENT, "l'établissement d'accueil est l'établissement d'origine ("
                    + origin + ") : une convention de partage lie deux établissements distincts");
        } else if (origin != null && host != null && reference.legalEntityOf(origin).equals(reference.legalEntityOf(host))) {
            cells.problem(HOST_FINESS, RULE_SAME_ESTABLISHMENT, "l'origine (" + origin + ") et l'accueil (" + host
                    + ") relèvent de la même entité juridique " + reference.legalEntityOf(origin).orElseThrow()
                    + " : une convention de partage lie deux établissements distincts");
        }
        if (halfDays != null && (halfDays.signum() == 0 || halfDays.compareTo(MAX_HALF_DAYS) > 0)) {
            cells.problem(HALF_DAYS_PER_WEEK, RULE_HALF_DAYS, "« " + cells.raw(HALF_DAYS_PER_WEEK)
                    + " » demi-journées par semaine : une valeur strictement positive et au plus 10 est attendue");
        }
        if (start != null && end != null && start.isAfter(end)) {
            cells.problem(END_DATE, RULE_DATES, "la date de fin (" + end + ") précède la date de début (" + start + ")");
        }
        if (origin != null && host != null && !origin.equals(host)) {
            warnIfClose(cells, origin, host);
        }
        if (id != null) {
            Long firstLine = lineById.putIfAbsent(id.value(), row.lineNumber());
            if (firstLine != null) {
                cells.problem(CONVENTION_ID, RULE_DUPLICATE_ID, "la convention " + id + " figure déjà ligne " + firstLine
                        + " : un identifiant de convention est unique dans le fichier");
            }
        }
        return cells.outcome(() -> new Convention(id, origin, host, rpps, specialty, pathway, mode, halfDays, start, end,
                refund, status));
    }

    private void warnIfClose(CellReader cells, Finess origin, Finess host) {
        reference.positionOf(origin).ifPresent(from -> reference.positionOf(host).ifPresent(to -> {
            double km = from.distanceKmTo(to);
            if (km < PET_MINIMUM_KM) {
                cells.warning(HOST_FINESS, WARNING_DISTANCE, String.format(Locale.FRANCE, "origine et accueil à %.1f km "
                        + "à vol d'oiseau : moins des 20 km qu'exige la prime d'exercice territorial", km));
            }
        }));
    }

    private Finess knownFiness(CellReader cells, String column) {
        Finess finess = cells.requiredFiness(column);
        if (finess != null && !reference.knows(finess)) {
            cells.problem(column, ReferenceData.RULE_UNKNOWN_FINESS, reference.unknownFinessMessage(finess));
            return null;
        }
        return finess;
    }
}
