package fr.copilote.importer.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.copilote.importer.csv.CsvHeader;
import fr.copilote.importer.csv.CsvLineSplitter;
import fr.copilote.importer.csv.CsvRow;
import fr.copilote.importer.csv.CsvSyntaxException;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.RowProblem;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.statistics.OfficialStatistic;
import fr.copilote.model.statistics.PublishedValue;
import fr.copilote.model.statistics.StatisticSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishedRowValidatorTest {

    private static final String Q21_HEADER = "BOR;AN;FI;RS;FI_EJ;DISCI;ETP_SAL;ETP_HU;ETP_MAD;ETP_INT;dtETP_STAG;EFF_LIB";
    private static final ReferenceData REFERENCE = new ReferenceData(new EstablishmentDirectory(2023, List.of(
            new Establishment(new Finess("010000024"), new Finess("010780054"), "CH DE FLEYRIAT", "355", "01", "BOURG EN BRESSE", null)),
            Map.of()), Set.of(), Set.of(), Map.of());

    private final PublishedRowValidator validator = new PublishedRowValidator(PublishedLayouts.SAE_Q21, 2023, REFERENCE);
    private final CsvHeader header = CsvHeader.resolve("Q21_2023r.csv", Q21_HEADER, PublishedLayouts.SAE_Q21.columns());
    private long lineNumber = 1;

    private ValidatedRow<PublishedRow> validate(String line) {
        try {
            return validator.validate(new CsvRow(++lineNumber, line, new CsvLineSplitter(';').split(line), null), header);
        } catch (CsvSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> rules(List<RowProblem> problems) {
        return problems.stream().map(RowProblem::rule).toList();
    }

    @Test
    void turnsEachNonEmptyCellIntoAFigureOfTheRowsEstablishmentDisciplineAndYear() {
        ValidatedRow<PublishedRow> row = validate("Q21;2023;010000024;CH DE FLEYRIAT;010780054;9999;176.2;;0;57.67;6.98;11");

        assertThat(row.isAccepted()).isTrue();
        assertThat(row.value().figures()).extracting(OfficialStatistic::measure)
                .containsExactly("ETP_SAL", "ETP_MAD", "ETP_INT", "dtETP_STAG", "EFF_LIB");
        assertThat(row.value().figures().get(0)).isEqualTo(new OfficialStatistic(StatisticSource.SAE_Q21,
                2023, new Finess("010000024"), "ETP_SAL", "9999", PublishedValue.number(new BigDecimal("176.2"))));
    }

    @Test
    void rejectsAFinessWithAWrongKeyUnderTheFinessRule() {
        ValidatedRow<PublishedRow> row = validate("Q21;2023;010000025;CH DE FLEYRIAT;010780054;9999;176.2;;0;57.67;6.98;11");

        assertThat(row.isAccepted()).isFalse();
        assertThat(rules(row.problems())).containsExactly(Finess.RULE_KEY);
    }

    @Test
    void keepsTheFiguresOfAnEstablishmentUnknownToTheDirectoryWithAWarning() {
        ValidatedRow<PublishedRow> row = validate("Q21;2023;420000010;CH DE ROANNE;420780033;9999;100;;;;;");

        assertThat(row.isAccepted()).isTrue();
        assertThat(row.value().figures()).hasSize(1);
        assertThat(rules(row.warnings())).containsExactly(ReferenceData.RULE_UNKNOWN_FINESS);
        assertThat(row.warnings().get(0).message()).contains("420000010", "sans rattachement à une entité juridique");
    }

    @Test
    void rejectsARowOfAnotherYearThanTheFileName() {
        ValidatedRow<PublishedRow> row = validate("Q21;2022;010000024;CH DE FLEYRIAT;010780054;9999;176.2;;;;;");

        assertThat(rules(row.problems())).containsExactly(PublishedRowValidator.RULE_YEAR);
        assertThat(row.problems().get(0).message()).contains("2022", "2023");
    }

    @Test
    void rejectsARowWithoutItsDisciplineAndEveryCellThatIsNoNumber() {
        ValidatedRow<PublishedRow> row = validate("Q21;2023;010000024;CH DE FLEYRIAT;010780054;;abc;;;;;123456789012345");

        assertThat(row.problems()).extracting(RowProblem::column, RowProblem::rule).containsExactly(
                tuple("DISCI", "VALEUR_OBLIGATOIRE"),
                tuple("ETP_SAL", PublishedValue.RULE_NUMBER),
                tuple("EFF_LIB", PublishedValue.RULE_NUMBER));
    }

    @Test
    void rejectsTheSecondRowOfAnEstablishmentAndDisciplineSayingWhetherItsFiguresDiffer() {
        validate("Q21;2023;010000024;CH DE FLEYRIAT;010780054;9999;176.2;;;;;");
        ValidatedRow<PublishedRow> otherDiscipline = validate("Q21;2023;010000024;CH DE FLEYRIAT;010780054;2000;176.2;;;;;");
        ValidatedRow<PublishedRow> differentFigures = validate("Q21;2023;010000024;CH DE FLEYRIAT;010780054;9999;170;;;;;");

        assertThat(otherDiscipline.isAccepted()).isTrue();
        assertThat(rules(differentFigures.problems())).containsExactly(PublishedRowValidator.RULE_DUPLICATE);
        assertThat(differentFigures.problems().get(0).message()).contains("ligne 2", "avec d'autres chiffres");
    }
}
