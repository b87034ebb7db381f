package fr.copilote.scheduler.reporting;

import static fr.copilote.model.indicator.Indicator.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.model.indicator.Indicator;
import fr.copilote.model.testing.Tables;
import fr.copilote.reports.testing.Workbooks;
import fr.copilote.scheduler.nightly.NightlyLauncher;
import fr.copilote.scheduler.support.CopiloteTest;
import fr.copilote.scheduler.support.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A figure the catalogue defines is shown in a workbook: for every indicator, where it shows (a sheet and the label
 * of its line, column or block), and in one of the sample run's workbooks that label with a number beside or under
 * it. A new indicator fails this test until it is given a place — the Définitions sheet alone does not count.
 */
@CopiloteTest
class EveryIndicatorIsShownTests {

    private record Place(String sheet, String label) {
    }

    private static final String SYNTHESE = "Synthèse";
    private static final String ETABLISSEMENTS = "Établissements";
    private static final String CAPACITES = "Capacités et SAE";
    private static final String COHERENCE = "Cohérence de l'activité transmise (activite.csv) avec la SAE";
    private static final String SHARED_TIME = "Temps partagé par filière, spécialité et mode de partage";

    private static final Map<Indicator, Place> PLACES = Map.ofEntries(
            Map.entry(CONVENTIONS_IN_FORCE, new Place(SYNTHESE, "Conventions en vigueur")),
            Map.entry(CONVENTIONS_INCOMING, new Place(ETABLISSEMENTS, "Conventions reçues")),
            Map.entry(CONVENTIONS_OUTGOING, new Place(ETABLISSEMENTS, "Conventions envoyées")),
            Map.entry(CONVENTIONS_PLANNED, new Place(SYNTHESE, "Conventions en projet")),
            Map.entry(CONVENTIONS_TERMINATED, new Place(SYNTHESE, "Conventions résiliées")),
            Map.entry(CONVENTIONS_TO_RENEW, new Place(SYNTHESE, "Conventions à renouveler sous 90 jours")),
            Map.entry(PRACTITIONERS_SHARED, new Place(SYNTHESE, "Praticiens en temps partagé")),
            Map.entry(SHARED_FTE_INCOMING, new Place(SYNTHESE, "ETP partagés reçus")),
            Map.entry(SHARED_FTE_OUTGOING, new Place(SYNTHESE, "ETP partagés envoyés")),
            Map.entry(SHARED_FTE_NET, new Place(SYNTHESE, "Solde d'ETP partagés")),
            Map.entry(SHARED_FTE_BY_PATHWAY, new Place(SYNTHESE, SHARED_TIME)),
            Map.entry(SHARED_FTE_BY_SPECIALTY, new Place(SYNTHESE, SHARED_TIME)),
            Map.entry(SHARED_FTE_BY_MODE, new Place(SYNTHESE, SHARED_TIME)),
            Map.entry(FLOW_FTE, new Place("Flux", "ETP en vigueur")),
            Map.entry(FLOW_REFUND, new Place("Flux", "Remboursements (cumul de l'année)")),
            Map.entry(REFUNDS_PAID, new Place(SYNTHESE, "Remboursements versés")),
            Map.entry(REFUNDS_RECEIVED, new Place(SYNTHESE, "Remboursements reçus")),
            Map.entry(ELIMINATIONS, new Place(SYNTHESE, "Éliminations des flux internes")),
            Map.entry(NET_BALANCE, new Place(SYNTHESE, "Solde net après éliminations")),
            Map.entry(REFUND_PER_FTE, new Place(SYNTHESE, "Coût annuel d'un ETP partagé")),
            Map.entry(PET_MONTHLY, new Place(SYNTHESE, "Prime d'exercice territorial estimée (mensuelle)")),
            Map.entry(PET_ANNUAL, new Place(SYNTHESE, "Prime d'exercice territorial estimée (annuelle)")),
            Map.entry(ACTIVITY_VOLUME, new Place(SYNTHESE, "Volumes par filière et type d'activité")),
            Map.entry(ACTIVITY_REVENUE, new Place(SYNTHESE, "Recettes")),
            Map.entry(ACTIVITY_DIRECT_COST, new Place(SYNTHESE, "Coûts directs")),
            Map.entry(MARGIN, new Place(SYNTHESE, "Marge sur coûts directs")),
            Map.entry(MARGIN_RATE, new Place(SYNTHESE, "Taux de marge")),
            Map.entry(AVERAGE_LENGTH_OF_STAY, new Place(SYNTHESE, "Durée moyenne de séjour")),
            Map.entry(HEADLINE_VOLUME, new Place(SYNTHESE, "Activité et recettes par filière")),
            Map.entry(AMBULATORY_SURGERY_RATE, new Place(SYNTHESE, "Taux de chirurgie ambulatoire")),
            Map.entry(ACTIVITY_UNDER_CONVENTIONS, new Place(SYNTHESE, "dont sous convention (cumul)")),
            Map.entry(SHARE_UNDER_CONVENTIONS, new Place(SYNTHESE, "Part sous convention")),
            Map.entry(CONSULTATIONS_AVANCEES, new Place(SYNTHESE, "Consultations avancées")),
            Map.entry(BIOLOGY_INTERNALISATION_RATE, new Place(SYNTHESE, "Taux d'internalisation de la biologie")),
            Map.entry(DISTANCE_NOT_TRAVELLED, new Place(SYNTHESE, "Distance évitée aux patients")),
            Map.entry(LEAKAGE_RATE, new Place(SYNTHESE, "Taux de fuite")),
            Map.entry(ATTRACTIVENESS_RATE, new Place(SYNTHESE, "Taux d'attractivité")),
            Map.entry(SAE_MCO_BEDS, new Place(CAPACITES, "Lits MCO")),
            Map.entry(SAE_MCO_STAYS, new Place(ETABLISSEMENTS, "Séjours HC MCO (")),
            Map.entry(SAE_MCO_DAYS, new Place(CAPACITES, "Journées MCO")),
            Map.entry(SAE_MCO_PLACES, new Place(CAPACITES, "Places MCO")),
            Map.entry(SAE_MCO_BED_DAYS, new Place(CAPACITES, "Journées-lits exploitables MCO")),
            Map.entry(SAE_MCO_OCCUPANCY_RATE, new Place(CAPACITES, "Taux d'occupation MCO")),
            Map.entry(SAE_SSR_BEDS, new Place(CAPACITES, "Lits SSR")),
            Map.entry(SAE_SSR_PLACES, new Place(CAPACITES, "Places SSR")),
            Map.entry(SAE_SSR_DAYS, new Place(CAPACITES, "Journées SSR")),
            Map.entry(SAE_EMERGENCY_PASSAGES, new Place(CAPACITES, "Passages aux urgences")),
            Map.entry(SAE_DELIVERIES, new Place(CAPACITES, "Accouchements")),
            Map.entry(SAE_BIRTHS, new Place(CAPACITES, COHERENCE)),
            Map.entry(DECLARED_MONTHS, new Place(CAPACITES, "Mois transmis")),
            Map.entry(DECLARED_FOR_SAE, new Place(CAPACITES, "Transmis (activite.csv)")),
            Map.entry(SAE_COHERENCE_GAP, new Place(CAPACITES, "Écart (%)")),
            Map.entry(MEDICAL_FTE, new Place(ETABLISSEMENTS, "ETP médicaux (")),
            Map.entry(ACTIVITY_PER_MEDICAL_FTE, new Place(ETABLISSEMENTS, "Séjours HC par ETP médical")),
            Map.entry(REVENUE_PER_MEDICAL_FTE, new Place(ETABLISSEMENTS, "Recettes par ETP médical")));

    @Autowired
    NightlyLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @BeforeEach
    void emptyDatabase() {
        Tables.empty(jdbc);
    }

    @Test
    void everyIndicatorOfTheCatalogueHasAPlaceInTheWorkbooks() {
        assertThat(EnumSet.complementOf(EnumSet.copyOf(PLACES.keySet()))).as("indicateurs sans place dans les classeurs").isEmpty();
    }

    @Test
    void everyIndicatorShowsWithANumberInTheSampleWorkbooks() throws Exception {
        launcher.launch(LocalDate.of(2024, 12, 31), Samples.folder(), output, List.of());
        List<XSSFWorkbook> workbooks = new ArrayList<>();
        try (Stream<Path> files = Files.list(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                workbooks.add(Workbooks.open(file));
            }
        }
        try {
            List<Indicator> missing = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                Place place = PLACES.get(indicator);
                if (workbooks.stream().noneMatch(w -> w.getSheet(place.sheet()) != null && showsANumber(w.getSheet(place.sheet()), place.label()))) {
                    missing.add(indicator);
                }
            }
            assertThat(missing).as("indicateurs sans chiffre à leur place dans les classeurs de l'échantillon").isEmpty();
        } finally {
            for (XSSFWorkbook workbook : workbooks) {
                workbook.close();
            }
        }
    }

    /** A cell starting with the label, and a number in its row to its right or in one of the three rows below it. */
    private static boolean showsANumber(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(label)
                        && numberNear(sheet, row.getRowNum(), cell.getColumnIndex())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean numberNear(Sheet sheet, int rowIndex, int column) {
        for (int r = rowIndex; r <= rowIndex + 3; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                boolean after = r > rowIndex || cell.getColumnIndex() > column;
                if (after && (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA)) {
                    return true;
                }
            }
        }
        return false;
    }
}
