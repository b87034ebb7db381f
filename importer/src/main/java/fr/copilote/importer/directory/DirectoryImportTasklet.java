package fr.copilote.importer.directory;

import fr.copilote.importer.file.ImportRegistry;
import fr.copilote.importer.file.ImportStatus;
import fr.copilote.importer.file.InputKind;
import fr.copilote.importer.job.ImportPlan;
import fr.copilote.importer.job.ImportProperties;
import fr.copilote.importer.job.ReductionGuard;
import fr.copilote.importer.row.ProblemWriter;
import fr.copilote.importer.row.RowValidator;
import fr.copilote.importer.row.WholeFile;
import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.EstablishmentDirectory;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.store.DirectoryStore;
import java.nio.file.Path;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replaces the establishment directory when one of its files changed: sites and legal entities from the SAE
 * {@code ID} base, legal-entity names from the {@code ST} base, positions from the coordinates file. The
 * directory is small (about 4,000 sites), so it is rebuilt whole in the step's single transaction: readers
 * see the old directory or the new one, never a mix.
 */
public class DirectoryImportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DirectoryImportTasklet.class);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final ImportRegistry registry;
    private final ReductionGuard reductionGuard;

    public DirectoryImportTasklet(JdbcTemplate jdbcTemplate, ImportRegistry registry, ImportProperties properties) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.registry = registry;
        this.reductionGuard = new ReductionGuard(properties.maxReduction());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportPlan plan = ImportPlan.of(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        if (!loading(plan, InputKind.ANNUAIRE) && !loading(plan, InputKind.ANNUAIRE_ENTITES) && !loading(plan, InputKind.COORDONNEES)) {
            log.info("Annuaire des établissements inchangé");
            return RepeatStatus.FINISHED;
        }
        int year;
        List<Establishment> sites;
        Optional<Path> idFile = plan.file(InputKind.ANNUAIRE);
        if (idFile.isPresent()) {
            WholeFile<Establishment> file = read(plan, InputKind.ANNUAIRE, new SiteValidator());
            sites = file.values();
            year = yearOf(idFile.get());
            long before = jdbc.sql("SELECT COUNT(*) FROM establishment").query(Long.class).single();
            reductionGuard.check(idFile.get().getFileName().toString(),
                    ReductionGuard.accepted(chunkContext.getStepContext().getStepExecution().getJobParameters()),
                    "établissements", List.of(new ReductionGuard.Change("annuaire des établissements", before, sites.size())));
        } else {
            sites = new DirectoryStore(jdbc).sites();
            year = jdbc.sql("SELECT MAX(directory_year) FROM establishment").query(Integer.class).single();
        }
        Map<Finess, String> names = new HashMap<>();
        if (plan.file(InputKind.ANNUAIRE_ENTITES).isPresent()) {
            read(plan, InputKind.ANNUAIRE_ENTITES, new LegalEntityNameValidator()).values()
                    .forEach(entity -> names.putIfAbsent(entity.legalEntity(), entity.name()));
        }
        Map<Finess, GeoPoint> positions = new HashMap<>();
        if (plan.file(InputKind.COORDONNEES).isPresent()) {
            read(plan, InputKind.COORDONNEES, new SitePositionValidator()).values()
                    .forEach(position -> positions.putIfAbsent(position.site(), position.position()));
        } else {
            sites.stream().filter(site -> site.location() != null).forEach(site -> positions.put(site.finess(), site.location()));
        }
        List<Establishment> located = new ArrayList<>(sites.size());
        for (Establishment site : sites) {
            located.add(site.withLocation(positions.get(site.finess())));
        }
        replace(new EstablishmentDirectory(year, located, names), located);
        return RepeatStatus.FINISHED;
    }

    /** Reads a directory file whole, records its rejects and accounting, and publishes it. */
    private <T> WholeFile<T> read(ImportPlan plan, InputKind kind, RowValidator<T> validator) {
        Path path = plan.file(kind).orElseThrow();
        WholeFile<T> file = WholeFile.read(path, kind.columns(), validator);
        plan.importToLoad(kind).filter(id -> loading(plan, kind)).ifPresent(id -> {
            new ProblemWriter(jdbcTemplate).writeRejects(id, file.rejected());
            registry.setCounts(id, file.rowsRead(), file.accepted().size(), file.rejected().size(), file.rowsWarned());
            registry.markStatus(id, ImportStatus.PUBLISHED);
        });
        log.info("{} : {} lignes lues, {} retenues, {} rejetées", path.getFileName(), file.rowsRead(), file.accepted().size(),
                file.rejected().size());
        return file;
    }

    /** Registered for loading by this run and not yet published (a restart finds it already done). */
    private boolean loading(ImportPlan plan, InputKind kind) {
        return plan.importToLoad(kind).flatMap(registry::find).filter(file -> file.status() == ImportStatus.LOADING).isPresent();
    }

    private void replace(EstablishmentDirectory directory, List<Establishment> sites) {
        jdbc.sql("DELETE FROM establishment").update();
        jdbc.sql("DELETE FROM legal_entity").update();
        jdbcTemplate.batchUpdate("INSERT INTO establishment (finess, legal_entity, name, category, departement, commune, "
                + "latitude, longitude, directory_year, legal_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sites, 1000, (ps, site) -> {
                    ps.setString(1, site.finess().value());
                    ps.setString(2, site.legalEntity().value());
                    ps.setString(3, site.name());
                    ps.setString(4, site.category());
                    ps.setString(5, site.departement());
                    ps.setString(6, site.commune());
                    if (site.location() == null) {
                        ps.setNull(7, Types.DOUBLE);
                        ps.setNull(8, Types.DOUBLE);
                    } else {
                        ps.setDouble(7, site.location().latitude());
                        ps.setDouble(8, site.location().longitude());
                    }
                    ps.setInt(9, directory.year());
                    ps.setString(10, site.status().map(Enum::name).orElse(null));
                });
        List<Finess> entities = sites.stream().map(Establishment::legalEntity).distinct().toList();
        jdbcTemplate.batchUpdate("INSERT INTO legal_entity (finess, name, name_source) VALUES (?, ?, ?)", entities, 1000, (ps, entity) -> {
            ps.setString(1, entity.value());
            ps.setString(2, directory.legalEntityName(entity));
            ps.setString(3, directory.officialNames().containsKey(entity) ? "ST" : directory.hasOwnName(entity) ? "ID" : "SITES");
        });
        List<Finess> madeUp = entities.stream().filter(entity -> !directory.hasOwnName(entity)).toList();
        if (!madeUp.isEmpty()) {
            log.warn("{} entités juridiques de plusieurs sites sans nom officiel (base ST_<année>r.csv absente ou incomplète) : "
                    + "nommées d'après leurs sites et signalées dans les classeurs, par exemple {} → « {} »", madeUp.size(),
                    madeUp.get(0).value(), directory.legalEntityName(madeUp.get(0)));
        }
        long located = sites.stream().filter(site -> site.location() != null).count();
        log.info("Annuaire {} chargé : {} sites, {} entités juridiques, {} sites localisés", directory.year(), sites.size(),
                entities.size(), located);
    }

    private static int yearOf(Path file) {
        Matcher matcher = YEAR.matcher(file.getFileName().toString());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
