package fr.copilote.model.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a published table by column name: the SAE bases ({@code ;}, ISO-8859-1) or the coordinates file ({@code ,}, UTF-8). */
final class PublishedTable {

    private PublishedTable() {
    }

    static void readSae(Path file, Consumer<Row> action) {
        read(file, ';', StandardCharsets.ISO_8859_1, action);
    }

    static void readCoordinates(Path file, Consumer<Row> action) {
        read(file, ',', StandardCharsets.UTF_8, action);
    }

    private static void read(Path file, char delimiter, Charset charset, Consumer<Row> action) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, charset); CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                action.accept(new Row(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture impossible de " + file.toAbsolutePath(), e);
        }
    }

    /** One row; absent columns and empty or masked cells read as empty text or 0. */
    record Row(CSVRecord record) {

        String text(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
        }

        double number(String column) {
            String value = text(column).replace(',', '.').replace(" ", "");
            if (value.isEmpty()) {
                return 0;
            }
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
