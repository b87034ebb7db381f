package fr.copilote.model.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The layout of the data contract's own files: UTF-8 without BOM, {@code ;}, LF, header first. */
final class ContractCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\n")
            .get();

    private ContractCsv() {
    }

    static CSVPrinter open(Path file, String... header) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT.builder().setHeader(header).get());
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
