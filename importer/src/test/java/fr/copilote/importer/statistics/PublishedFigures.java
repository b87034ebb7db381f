package fr.copilote.importer.statistics;

import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.reference.ReferenceData;
import fr.copilote.importer.row.ValidatedRow;
import fr.copilote.importer.row.WholeFile;
import fr.copilote.model.statistics.OfficialStatistic;
import fr.copilote.model.statistics.PublishedValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A published file read by the importer's validator, and its figures looked up as the tests need them. */
record PublishedFigures(WholeFile<PublishedRow> file) {

    static PublishedFigures read(InputKind kind, Path path, ReferenceData reference) {
        return new PublishedFigures(WholeFile.read(path, kind.columns(),
                new PublishedRowValidator(kind.publishedLayout().orElseThrow(), kind.yearOf(path), reference)));
    }

    List<OfficialStatistic> all() {
        return file.accepted().stream().map(ValidatedRow::value).flatMap(row -> row.figures().stream()).toList();
    }

    /** The figures of one establishment's row (of one dimension, null for none), by measure. */
    Map<String, PublishedValue> of(String finess, String dimension) {
        return all().stream()
                .filter(figure -> figure.finess().value().equals(finess) && Objects.equals(figure.dimension(), dimension))
                .collect(Collectors.toMap(OfficialStatistic::measure, OfficialStatistic::value));
    }

    List<String> rejectRules() {
        return file.rejected().stream().flatMap(row -> row.problems().stream()).map(problem -> problem.rule()).toList();
    }
}
