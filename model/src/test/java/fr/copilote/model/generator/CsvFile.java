package fr.copilote.model.generator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a generated file back, by column name, the way an importer would. */
record CsvFile(List<String> header, List<CSVRecord> rows) {

    static CsvFile contract(Path file) throws IOException {
        return read(file, ';', StandardCharsets.UTF_8);
    }

    static CsvFile sae(Path file) throws IOException {
        return read(file, ';', StandardCharsets.ISO_8859_1);
    }

    static CsvFile coordinates(Path file) throws IOException {
        return read(file, ',', StandardCharsets.UTF_8);
    }

    static CsvFile read(Path file, char delimiter, Charset charset) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, charset); CSVParser parser = format.parse(reader)) {
            return new CsvFile(parser.getHeaderNames(), parser.getRecords());
        }
    }

    List<String> column(String name) {
        return rows.stream().map(row -> row.get(name)).toList();
    }
}
