package fr.copilote.reports.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator catches what it claims to, in every kind of part, and leaves no part out in silence. */
class OoxmlSchemaValidationTest {

    @TempDir
    Path folder;

    private Path plain;

    @BeforeEach
    void writeAPlainWorkbook() throws IOException {
        plain = folder.resolve("simple.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet("Feuille").createRow(0).createCell(0).setCellValue("texte");
            workbook.getProperties().getCoreProperties().setTitle("Titre");
            workbook.write(out);
        }
    }

    @Test
    void aWorkbookAsPoiWritesItIsValidPartByPart() {
        OoxmlSchemaValidation.Report report = OoxmlSchemaValidation.validate(plain);

        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.kinds()).contains(OoxmlSchemaValidation.CONTENT_TYPES_KIND, "relationships", "workbook", "worksheet",
                "styles", "shared strings", "core properties", "extended properties");
    }

    @Test
    void aSixDigitColourInASheetIsASchemaErrorOfThatSheet() throws IOException {
        Path broken = rewrite("xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("(<worksheet[^>]*>)",
                "$1<sheetPr><tabColor rgb=\"1F4E79\"/></sheetPr>"));

        OoxmlSchemaValidation.Report report = OoxmlSchemaValidation.validate(broken);

        assertThat(report.invalidParts()).as(report.toString()).containsExactly("/xl/worksheets/sheet1.xml");
        assertThat(report.problems()).anyMatch(problem -> problem.contains("ST_UnsignedIntHex") && problem.contains("tabColor"));
    }

    @Test
    void corePropertiesAreCheckedAgainstTheOpcSchemaThatXmlBeansLacks() throws IOException {
        // POI reads past a property it does not know; Excel's reader, bound to the schema, does not.
        Path broken = rewrite("docProps/core.xml", xml -> xml.replace("<dc:title>Titre</dc:title>",
                "<dc:title>Titre</dc:title><cp:owner>Copilote</cp:owner>"));

        OoxmlSchemaValidation.Report report = OoxmlSchemaValidation.validate(broken);

        assertThat(report.invalidParts()).as(report.toString()).containsExactly("/docProps/core.xml");
        assertThat(report.problems()).anyMatch(problem -> problem.contains("owner"));
    }

    @Test
    void theContentTypesStreamIsCheckedAgainstTheOpcSchema() throws IOException {
        Path broken = rewrite("[Content_Types].xml", xml -> xml.replaceFirst("(<Types[^>]*>)",
                "$1<Default Extension=\"x m l\" ContentType=\"application/xml\"/>"));

        OoxmlSchemaValidation.Report report = OoxmlSchemaValidation.validate(broken);

        assertThat(report.invalidParts()).as(report.toString()).containsExactly("/[Content_Types].xml");
    }

    @Test
    void aPartWithNoSchemaIsAProblemNotASilence() throws IOException {
        Path extended = rewrite("[Content_Types].xml", xml -> xml.replace("</Types>",
                "<Override PartName=\"/xl/printerSettings/printerSettings1.bin\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings\"/></Types>"),
                "xl/printerSettings/printerSettings1.bin", "\u0001\u0002");

        OoxmlSchemaValidation.Report report = OoxmlSchemaValidation.validate(extended);

        assertThat(report.problems()).as(report.toString()).containsExactly("/xl/printerSettings/printerSettings1.bin: not validated, "
                + "no schema for content type « application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings »");
    }

    /** A copy of the plain workbook with one entry's text changed, and optionally one entry added. */
    private Path rewrite(String entryName, UnaryOperator<String> change, String... added) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(plain.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        String before = new String(entries.get(entryName), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the change applies to " + entryName).isNotEqualTo(before);
        entries.put(entryName, after.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < added.length; i += 2) {
            entries.put(added[i], added[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        Path copy = folder.resolve("modifie-" + entries.size() + "-" + Math.abs(after.hashCode()) + ".xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return copy;
    }
}
