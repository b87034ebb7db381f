package fr.copilote.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.copilote.reports.sheets.ConventionsSheet;
import fr.copilote.reports.testing.OoxmlSchemaValidation;
import fr.copilote.reports.testing.Workbooks;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook re-opened as a user's spreadsheet would open it, checked cell by cell. */
class TerritoryWorkbookWriterTest {

    @TempDir
    Path output;

    private Path file;
    private XSSFWorkbook workbook;

    @BeforeEach
    void writeAndReopen() throws IOException {
        file = new TerritoryWorkbookWriter().write(DashboardFixture.data(), output);
        assertThat(file.getFileName()).hasToString("STE-ROANNE_2024-12-31.xlsx");
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void hasTheNineFrenchSheetsInOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Synthèse", "Objectifs", "Établissements", "Capacités et SAE", "Flux", "Conventions", "Activité",
                "Qualité des données", "Sources", "Définitions");
    }

    @Test
    void keyFiguresAreRealNumbersWithFrenchFinanceFormatsAndDefinedNames() {
        Cell conventions = named("Conventions_en_vigueur");
        assertThat(conventions.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(conventions.getNumericCellValue()).isEqualTo(2);
        assertThat(conventions.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.INTEGER);
        assertThat(named("ETP_recus").getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.DECIMAL);
        Cell revenue = named("Recettes");
        assertThat(revenue.getNumericCellValue()).isEqualTo(1_234_567.89);
        assertThat(revenue.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.EURO);
        assertThat(named("Taux_de_marge").getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.PERCENT);
        Cell date = workbook.getSheet("Synthèse").getRow(1).getCell(1);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.DATE);
    }

    @Test
    void everyFormulaEvaluatesToTheCachedModelValue() {
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        double cached = cell.getNumericCellValue();
                        double evaluated = evaluator.evaluate(cell).getNumberValue();
                        assertThat(evaluated).as(sheet.getSheetName() + "!" + cell.getAddress() + " = " + cell.getCellFormula())
                                .isCloseTo(cached, org.assertj.core.data.Offset.offset(0.005));
                        formulas++;
                    }
                }
            }
        }
        assertThat(formulas).isGreaterThan(10);
    }

    @Test
    void totalsAreSumFormulasOverTheirDetailRows() {
        Sheet summary = workbook.getSheet("Synthèse");
        Row total = rowStartingWith(summary, "Total du territoire");
        assertThat(total.getCell(5).getCellFormula()).startsWith("SUM(F");
        assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        Row activity = rowStartingWith(workbook.getSheet("Activité"), "Total des lignes affichées (SOUS.TOTAL)");
        assertThat(activity.getCell(5).getCellFormula()).isEqualTo("SUBTOTAL(9,F2:F4)");
        assertThat(activity.getCell(5).getNumericCellValue()).isEqualTo(400);
        assertThat(activity.getCell(6).getNumericCellValue()).isEqualTo(490_000.50);
    }

    @Test
    void establishmentsShowTheirStaysOfAllPathwaysAndTheTerritorysTotal() {
        Sheet establishments = workbook.getSheet("Établissements");
        int column = columnHeaded(establishments, "Séjours HC (cumul)");
        assertThat(rowStartingWith(establishments, "CHU DE SAINT-ETIENNE").getCell(column).getNumericCellValue()).isEqualTo(1200);
        assertThat(rowStartingWith(establishments, "CH DE ROANNE").getCell(column).getNumericCellValue()).isEqualTo(300);
        Cell total = rowStartingWith(establishments, "Total du territoire (établissements comptés)").getCell(column);
        assertThat(total.getCellFormula()).startsWith("SUMIF(");
        assertThat(total.getNumericCellValue()).isEqualTo(1500);
    }

    @Test
    void synthesisCarriesThreeNativeChartsBoundToItsCells() {
        XSSFSheet summary = workbook.getSheet("Synthèse");
        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(3);
        for (XSSFChart chart : charts) {
            String xml = chart.getCTChart().toString();
            assertThat(xml).as("series bound to cell ranges of the sheet, not pictures").containsPattern("<c:f>'?Synthèse'?!\\$[A-Z]\\$\\d+");
        }
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Recettes par filière, cumul de l'année et N-1");
        assertThat(charts.get(1).getTitleText().getString()).isEqualTo("Séjours (HC + ambulatoires) par mois et par filière, 24 mois");
    }

    @Test
    void eachPathwayShowsItsHeadlineUnitAndVolumesAreNeverTotalledAcrossUnits() {
        Sheet summary = workbook.getSheet("Synthèse");
        Row medicine = rowStartingWith(summary, "Spécialités médicales");
        assertThat(medicine.getCell(1).getStringCellValue()).isEqualTo("Séjours (HC + ambulatoires)");
        assertThat(medicine.getCell(2).getNumericCellValue()).isEqualTo(1200);
        assertThat(medicine.getCell(3).getNumericCellValue()).isEqualTo(1000);
        assertThat(medicine.getCell(4).getNumericCellValue()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
        // SSR has stays only, none of its own units (days, consultations): said, not counted in another unit.
        assertThat(rowStartingWith(summary, "Soins de suite et de réadaptation").getCell(1).getStringCellValue())
                .isEqualTo("hors unités de pilotage");
        Row total = rowStartingWith(summary, "Total");
        assertThat(total.getCell(2)).isNull();
        assertThat(total.getCell(5).getCellFormula()).startsWith("SUM(F");
    }

    @Test
    void volumesPerPathwayAndTypeWithATotalPerType() {
        Sheet summary = workbook.getSheet("Synthèse");
        Row title = rowStartingWith(summary, "Volumes par filière et type d'activité (établissements comptés)");
        Row first = summary.getRow(title.getRowNum() + 2);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Soins de suite et de réadaptation");
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Séjours en hospitalisation complète");
        assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(300);
        Row total = rowStartingWith(summary, "Total toutes filières");
        assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Séjours en hospitalisation complète");
        assertThat(total.getCell(2).getCellFormula()).startsWith("SUMIF(B");
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(1500);
        assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(1000);
    }

    @Test
    void ratesChangeInPointsNotInPercentOfAPercent() {
        Sheet summary = workbook.getSheet("Synthèse");
        Row block = rowStartingWith(summary, "Indicateurs de pilotage des filières (cumul de l'année, établissements comptés)");
        Row ambulatory = summary.getRow(block.getRowNum() + 2);
        assertThat(ambulatory.getCell(0).getStringCellValue()).isEqualTo("Taux de chirurgie ambulatoire");
        // 55 % against 50 %: +5 points.
        assertThat(ambulatory.getCell(4).getCellFormula()).isEqualTo("(" + ref(ambulatory, 2) + "-" + ref(ambulatory, 3) + ")*100");
        assertThat(ambulatory.getCell(4).getNumericCellValue()).isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ambulatory.getCell(4).getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.POINTS);
        Cell keyFigure = named("Taux_chirurgie_ambulatoire");
        Cell change = summary.getRow(keyFigure.getRowIndex()).getCell(3);
        assertThat(change.getNumericCellValue()).isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(change.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.POINTS);
        assertThat(summary.getRow(keyFigure.getRowIndex()).getCell(4)).isNull();
    }

    @Test
    void consultationsAvanceesPerHostAndPerSpecialty() {
        Sheet summary = workbook.getSheet("Synthèse");
        Row title = rowStartingWith(summary, "Consultations avancées (cumul de l'année)");
        Row host = summary.getRow(title.getRowNum() + 2);
        assertThat(host.getCell(0).getStringCellValue()).isEqualTo("CH DE ROANNE");
        assertThat(host.getCell(1).getNumericCellValue()).isEqualTo(40);
        assertThat(host.getCell(3).getNumericCellValue()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        Row specialty = rowStartingWith(summary, "Cardiologie");
        assertThat(specialty.getCell(1).getNumericCellValue()).isEqualTo(40);
        assertThat(specialty.getCell(2).getNumericCellValue()).isEqualTo(20);
    }

    private static String ref(Row row, int column) {
        return new org.apache.poi.ss.util.CellReference(row.getRowNum(), column).formatAsString();
    }

    @Test
    void conventionsAreAnExcelTableWithFiltersAFrozenHeaderAndNoNames() {
        XSSFSheet conventions = workbook.getSheet("Conventions");
        List<XSSFTable> tables = conventions.getTables();
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).getName()).isEqualTo(ConventionsSheet.TABLE);
        assertThat(tables.get(0).getArea().formatAsString()).isEqualTo("A1:S3");
        assertThat(tables.get(0).getCTTable().getAutoFilter()).isNotNull();
        assertThat(tables.get(0).getColumns()).extracting(column -> column.getName())
                .startsWith("Convention", "Statut", "En vigueur à la date").contains("Praticien (RPPS)").hasSize(19);
        assertThat(conventions.getPaneInformation().isFreezePane()).isTrue();
        assertThat(conventions.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Praticien (RPPS)");
        assertThat(conventions.getRow(1).getCell(8).getStringCellValue()).isEqualTo("10005173140");
    }

    @Test
    void textFromInputFilesNeverBecomesAFormula() {
        Cell specialty = rowStartingWith(workbook.getSheet("Conventions"), "C2").getCell(9);
        assertThat(specialty.getCellType()).isEqualTo(CellType.STRING);
        assertThat(specialty.getStringCellValue()).isEqualTo(DashboardFixture.FORMULA_LIKE_SPECIALTY);
        assertThat(specialty.getCellStyle().getQuotePrefixed()).isTrue();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCellFormula()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .doesNotContain("HYPERLINK").matches("(SUM|SUMIF|SUBTOTAL|\\(|[A-Z]+[0-9]).*");
                    }
                }
            }
        }
        assertThat(workbook.getExternalLinksTable()).isEmpty();
        assertThat(workbook.isMacroEnabled()).isFalse();
    }

    @Test
    void everyPartIsValidAgainstTheOoxmlSchemasSoThatExcelOpensItWithoutRepairing() {
        OoxmlSchemaValidation.Report report = OoxmlSchemaValidation.validate(file);

        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.kinds()).as("every kind of part Copilote writes, validated").containsExactlyInAnyOrder(
                OoxmlSchemaValidation.CONTENT_TYPES_KIND, "relationships", "workbook", "worksheet", "styles", "shared strings",
                "drawing", "chart", "table", "core properties", "extended properties", "custom properties");
    }

    @Test
    void inputTextStartingLikeAFormulaIsQuotePrefixedOnEverySheetItAppears() throws IOException {
        XSSFWorkbook risky;
        try (InputStream in = Files.newInputStream(new TerritoryWorkbookWriter().write(DashboardFixture.formulaLike(), output))) {
            risky = new XSSFWorkbook(in);
        }

        Cell territory = rowStartingWith(risky.getSheet("Sources"), "Territoire").getCell(1);
        assertThat(territory.getStringCellValue()).isEqualTo("=Saint-Étienne – Roanne (STE-ROANNE)");
        assertThat(territory.getCellStyle().getQuotePrefixed()).as("the territory's name on Sources").isTrue();
        Set<String> sheetsWithInputs = new TreeSet<>();
        for (Sheet sheet : risky) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
                            && "=+-@\t\r".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
                        assertThat(cell.getCellStyle().getQuotePrefixed())
                                .as(sheet.getSheetName() + "!" + cell.getAddress() + " « " + cell.getStringCellValue() + " »").isTrue();
                        sheetsWithInputs.add(sheet.getSheetName());
                    }
                }
            }
        }
        assertThat(sheetsWithInputs).containsExactlyInAnyOrder("Synthèse", "Établissements", "Capacités et SAE", "Flux", "Conventions", "Activité",
                "Qualité des données", "Sources");
    }

    @Test
    void noCellIsMergedSoThatTablesSortAndFilter() {
        for (Sheet sheet : workbook) {
            assertThat(sheet.getNumMergedRegions()).as(sheet.getSheetName()).isZero();
        }
    }

    @Test
    void everySheetIsPrintReadyAndTableSheetsKeepTheirHeaderInView() {
        for (Sheet sheet : workbook) {
            assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
            assertThat(sheet.getFooter().getRight()).contains("&P");
        }
        for (String name : List.of("Synthèse", "Établissements", "Flux", "Conventions", "Activité", "Qualité des données", "Définitions")) {
            assertThat(workbook.getSheet(name).getPaneInformation()).as(name).isNotNull();
            assertThat(workbook.getSheet(name).getPaneInformation().isFreezePane()).as(name).isTrue();
        }
        assertThat(workbook.getSheet("Conventions").getRepeatingRows()).isNotNull();
    }

    @Test
    void theReceiptIsInTheSourcesSheetAndTheDocumentProperties() {
        Sheet sources = workbook.getSheet("Sources");
        assertThat(rowStartingWith(sources, "Exécution n°").getCell(1).getStringCellValue()).isEqualTo("42");
        assertThat(rowStartingWith(sources, "activite.csv").getCell(2).getStringCellValue()).isEqualTo("ab".repeat(32));
        Cell generated = rowStartingWith(sources, "Généré le").getCell(1);
        assertThat(generated.getLocalDateTimeCellValue()).as("a real date, not text").isEqualTo(LocalDateTime.of(2025, 1, 1, 2, 31));
        assertThat(generated.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm:ss");
        assertThat(rowStartingWith(sources, "activite.csv").getCell(10).getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2025, 1, 1, 2, 30));
        var custom = workbook.getProperties().getCustomProperties();
        assertThat(custom.getProperty("Exécution").getI4()).isEqualTo(42);
        assertThat(custom.getProperty("SHA-256 activite.csv").getLpwstr()).isEqualTo("ab".repeat(32));
        assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("Copilote 1.0.0");
    }

    @Test
    void officialFiguresSayTheirBaseAndYearWhateverTheYearOfTheDirectory() {
        Sheet establishments = workbook.getSheet("Établissements");
        Row header = establishments.getRow(2);
        List<String> headers = new ArrayList<>();
        header.forEach(cell -> headers.add(cell.getStringCellValue()));
        assertThat(headers).contains("ETP médicaux (SAE Q21 2022)", "Séjours HC par ETP médical (12 mois ; ETP SAE Q21 2022)",
                "Lits MCO (SAE MCO 2023)", "Séjours HC MCO (SAE MCO 2023)", "Journées MCO (SAE MCO 2023)");
        int fte = headers.indexOf("ETP médicaux (SAE Q21 2022)");
        int beds = headers.indexOf("Lits MCO (SAE MCO 2023)");
        Row chu = Workbooks.rowWith(establishments, 1, DashboardFixture.CHU.value()).orElseThrow();
        assertThat(chu.getCell(fte).getNumericCellValue()).isEqualTo(812.5);
        assertThat(chu.getCell(beds).getNumericCellValue()).isEqualTo(1450);

        Sheet sources = workbook.getSheet("Sources");
        assertThat(Workbooks.rowLabelled(sources, "Annuaire des établissements").orElseThrow().getCell(1).getStringCellValue())
                .isEqualTo("SAE 2023");
        assertThat(Workbooks.rowLabelled(sources, "Statistiques officielles — SAE – personnels médicaux (Q21)").orElseThrow()
                .getCell(1).getStringCellValue()).isEqualTo("SAE Q21 2022");
        assertThat(Workbooks.rowLabelled(sources, "Statistiques officielles — SAE – médecine, chirurgie, obstétrique (MCO)").orElseThrow()
                .getCell(1).getStringCellValue()).isEqualTo("SAE MCO 2023");
    }

    @Test
    void legalEntitiesNamedFromTheirSitesAreFlaggedOnTheQualitySheet() {
        Sheet quality = workbook.getSheet("Qualité des données");
        Row heading = Workbooks.rowLabelled(quality, "Entités juridiques sans nom officiel").orElseThrow();
        Row clinic = Workbooks.rowWith(quality, 0, DashboardFixture.CLINIC.value()).orElseThrow();
        assertThat(clinic.getRowNum()).isGreaterThan(heading.getRowNum());
        assertThat(clinic.getCell(1).getStringCellValue()).isEqualTo("HOPITAL PRIVE DE LA LOIRE");
        assertThat(Workbooks.rowWith(quality, 0, DashboardFixture.CHU.value())).isEmpty();
    }

    @Test
    void theSourcesSheetListsTheFilesOfTheFolderThatWereNotReadWithWhy() {
        Sheet sources = workbook.getSheet("Sources");
        Row heading = rowStartingWith(sources, "Fichiers ignorés du dossier d'entrée");
        Row ignored = rowStartingWith(sources, "GHT_2022r.csv");

        assertThat(ignored.getRowNum()).as("below its heading").isGreaterThan(heading.getRowNum());
        assertThat(ignored.getCell(1).getStringCellValue()).isEqualTo("type de fichier inconnu ; noms attendus : territoires.csv, …");
    }

    @Test
    void theQualitySheetHasOneRowPerFileAndColumnLeftUnread() {
        Sheet quality = workbook.getSheet("Qualité des données");
        Row heading = rowStartingWith(quality, "Colonnes non lues");
        Row unread = quality.getRow(heading.getRowNum() + 3);

        assertThat(unread.getCell(0).getStringCellValue()).isEqualTo("activite.csv");
        assertThat(unread.getCell(2).getNumericCellValue()).isEqualTo(10);
        assertThat(unread.getCell(3).getStringCellValue()).isEqualTo("J");
        assertThat(unread.getCell(4).getStringCellValue()).isEqualTo("COMMENTAIRE");
        assertThat(unread.getCell(8).getStringCellValue())
                .isEqualTo("colonne « COMMENTAIRE » (n° 10, J) non lue : elle n'appartient pas au contrat de données");
    }

    @Test
    void aFailedWriteLeavesYesterdaysFileWholeAndNoPartialFile() throws IOException {
        Path target = output.resolve("STE-ROANNE_2024-12-31.xlsx");
        byte[] before = Files.readAllBytes(target);

        assertThatThrownBy(() -> new TerritoryWorkbookWriter().write(DashboardFixture.data(row -> {
            DashboardFixture.activityRows().forEach(row);
            throw new IllegalStateException("base de données perdue pendant l'écriture");
        }), output)).hasMessageContaining("base de données perdue");

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("STE-ROANNE_2024-12-31.xlsx");
        }
    }

    private Cell named(String name) {
        var defined = workbook.getName(name);
        assertThat(defined).as("defined name " + name).isNotNull();
        CellReference reference = new CellReference(defined.getRefersToFormula());
        return workbook.getSheet(reference.getSheetName()).getRow(reference.getRow()).getCell(reference.getCol());
    }

    private static Row rowStartingWith(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row « " + label + " » in " + sheet.getSheetName());
    }

    private static int columnHeaded(Sheet sheet, String header) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no column « " + header + " » in " + sheet.getSheetName());
    }
}
