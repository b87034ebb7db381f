package fr.copilote.importer.job;

import fr.copilote.importer.row.ValidatedRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * One execution of a row-import step: reader and writer of the same file, built together so that they share
 * the reference data loaded once for the execution, and so that each chunk's write records how far the
 * reader got. Step-scoped, so executions never share it. When the file is unchanged since its last import,
 * there is nothing to read and nothing to write.
 */
public class RowImportSession<T> implements ItemStreamReader<ValidatedRow<T>>, ItemWriter<ValidatedRow<T>> {

    private final CsvImportReader<T> reader;
    private final CsvImportWriter<T> writer;

    static <T> RowImportSession<T> nothingToImport() {
        return new RowImportSession<>(null, null);
    }

    RowImportSession(CsvImportReader<T> reader, CsvImportWriter<T> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public void open(ExecutionContext context) {
        if (reader != null) {
            reader.open();
        }
    }

    @Override
    public ValidatedRow<T> read() {
        return reader == null ? null : reader.read();
    }

    @Override
    public void write(Chunk<? extends ValidatedRow<T>> chunk) {
        writer.write(chunk.getItems(), reader.linesConsumed());
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
