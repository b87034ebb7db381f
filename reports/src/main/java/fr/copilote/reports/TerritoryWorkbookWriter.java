package fr.copilote.reports;

import fr.copilote.model.files.AtomicFile;
import fr.copilote.model.pathway.HeadlineUnits;
import fr.copilote.model.territory.TerritoryCode;
import fr.copilote.reports.dashboard.DashboardData;
import fr.copilote.reports.dashboard.RunReceipt;
import fr.copilote.reports.sheets.ActivitySheet;
import fr.copilote.reports.sheets.CapacitySheet;
import fr.copilote.reports.sheets.ConventionsSheet;
import fr.copilote.reports.sheets.DefinitionsSheet;
import fr.copilote.reports.sheets.EstablishmentsSheet;
import fr.copilote.reports.sheets.FlowsSheet;
import fr.copilote.reports.sheets.ObjectivesSheet;
import fr.copilote.reports.sheets.QualitySheet;
import fr.copilote.reports.sheets.SourcesSheet;
import fr.copilote.reports.sheets.SummarySheet;
import fr.copilote.reports.workbook.Figures;
import fr.copilote.reports.workbook.WorkbookStyles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one territory's workbook, named {@code <territory_code>_<yyyy-MM-dd>.xlsx}: the rich sheets (charts,
 * colour scales) built in memory with XSSF, the long lists (conventions, activity detail) streamed with SXSSF behind
 * them, the receipt in the document properties. The file appears under its name only once complete.
 */
public final class TerritoryWorkbookWriter {

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int STREAM_WINDOW = 200;

    /** The gap between declared activity and the SAE beyond which « Capacités et SAE » flags it, by default. */
    public static final BigDecimal DEFAULT_COHERENCE_THRESHOLD = new BigDecimal("0.10");

    private final HeadlineUnits headlineUnits;
    private final BigDecimal coherenceThreshold;

    /** Pathways in their default units, declared activity flagged beyond 10 % of the SAE. */
    public TerritoryWorkbookWriter() {
        this(HeadlineUnits.defaults(), DEFAULT_COHERENCE_THRESHOLD);
    }

    /** @param coherenceThreshold the gap, as a rate (0.10 for 10 %), beyond which declared activity is flagged */
    public TerritoryWorkbookWriter(BigDecimal coherenceThreshold) {
        this(HeadlineUnits.defaults(), coherenceThreshold);
    }

    /**
     * @param headlineUnits      the units each pathway is shown in, as the consolidation counted them
     * @param coherenceThreshold the gap, as a rate (0.10 for 10 %), beyond which declared activity is flagged
     */
    public TerritoryWorkbookWriter(HeadlineUnits headlineUnits, BigDecimal coherenceThreshold) {
        if (coherenceThreshold == null || coherenceThreshold.signum() < 0) {
            throw new IllegalArgumentException("Le seuil d'écart à la SAE doit être un taux positif (0.10 pour 10 %) : " + coherenceThreshold);
        }
        this.headlineUnits = headlineUnits;
        this.coherenceThreshold = coherenceThreshold;
    }

    public Path write(DashboardData data, Path outputFolder) {
        Path target = outputFolder.resolve(fileName(data));
        return AtomicFile.write(target, out -> {
            XSSFWorkbook rich = new XSSFWorkbook();
            WorkbookStyles styles = new WorkbookStyles(rich);
            Figures figures = new Figures(data.consolidation().values());
            new SummarySheet(data, figures, headlineUnits).write(rich, styles);
            new ObjectivesSheet(data).write(rich, styles);
            new EstablishmentsSheet(data.consolidation(), figures).write(rich, styles);
            new CapacitySheet(data.consolidation(), figures, coherenceThreshold).write(rich, styles);
            new FlowsSheet(data, figures).write(rich, styles);
            SXSSFWorkbook workbook = new SXSSFWorkbook(rich, STREAM_WINDOW);
            try {
                new ConventionsSheet(data).write(workbook, styles);
                new ActivitySheet(data).write(workbook, styles);
                new QualitySheet(data).write(workbook, styles);
                new SourcesSheet(data).write(workbook, styles);
                new DefinitionsSheet().write(workbook, styles, data.consolidation().perimeter().name());
                describe(rich.getProperties(), data);
                rich.setActiveSheet(0);
                workbook.setForceFormulaRecalculation(true);
                workbook.write(out);
            } finally {
                workbook.close();
                workbook.dispose();
            }
        });
    }

    /** Stable and sortable: territory code, then the business date. */
    public static String fileName(DashboardData data) {
        return fileName(data.consolidation().perimeter().code(), data.consolidation().calendar().businessDate());
    }

    public static String fileName(TerritoryCode territory, LocalDate businessDate) {
        return territory.value() + "_" + businessDate + ".xlsx";
    }

    /** The receipt again, as document properties: seen in Fichier › Propriétés without opening a sheet. */
    private static void describe(POIXMLProperties properties, DashboardData data) {
        RunReceipt receipt = data.receipt();
        var core = properties.getCoreProperties();
        core.setTitle("Copilote — " + data.consolidation().perimeter().name());
        core.setSubjectProperty("Pilotage médico-économique partagé, arrêté au " + data.consolidation().calendar().businessDate());
        core.setCreator("Copilote " + receipt.applicationVersion());
        core.setCreated(Optional.of(Date.from(receipt.generatedAt().atZone(ZoneId.systemDefault()).toInstant())));
        core.setDescription("Exécution n° " + receipt.executionId() + ", " + receipt.files().size() + " fichiers d'entrée");
        var custom = properties.getCustomProperties();
        custom.addProperty("Exécution", (int) receipt.executionId());
        custom.addProperty("Date d'arrêté", data.consolidation().calendar().businessDate().toString());
        custom.addProperty("Mois de référence", data.consolidation().calendar().month().toString());
        custom.addProperty("Territoire", data.consolidation().perimeter().code().value());
        custom.addProperty("Version de Copilote", receipt.applicationVersion());
        custom.addProperty("Annuaire SAE", receipt.directoryYear());
        receipt.files().forEach(file -> custom.addProperty("SHA-256 " + file.fileName(), file.sha256()));
    }
}
