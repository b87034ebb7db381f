package fr.copilote.importer.job;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Holds back a file that would remove a large share of what it replaces — a truncated export, a partial extraction —
 * before anything of it is published: the earlier figures stay in force and the run fails, naming the file, what it
 * would replace and by how much, and how to accept it ({@code --accept-reduction <file>}) when the fall is meant. The
 * share is counted per scope the file replaces (a month of activity, a territory's members, a source's year of
 * figures, the directory's sites), above {@code copilote.import.max-reduction} (20 % by default). A scope that held
 * fewer than {@value #FLOOR} rows is not judged: a correction of a handful of rows (two lines merged into one) is no
 * sign of a file cut short, which always loses many.
 */
public class ReductionGuard {

    private static final Logger log = LoggerFactory.getLogger(ReductionGuard.class);
    private static final int SHOWN = 3;
    static final int FLOOR = 10;

    private final double maxReduction;

    /** @param maxReduction the share of what it replaces a file may remove (0.2 for 20 %) */
    public ReductionGuard(double maxReduction) {
        this.maxReduction = maxReduction;
    }

    /** What is published for one scope, and what the file would put in its place. */
    public record Change(String scope, long before, long after) {

        double reduction() {
            return before < FLOOR ? 0 : (double) (before - after) / before;
        }
    }

    /** « de chiffres », « d'établissements ». */
    private static String of(String noun) {
        return ("aeéèêiouyh".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "d'" : "de ") + noun;
    }

    /** The files an admin accepted to publish in spite of their fall, from the run's parameters. */
    public static Set<String> accepted(JobParameters parameters) {
        String value = parameters.getString(ImportJobParameters.ACCEPT_REDUCTION);
        return value == null ? Set.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @param unit what is counted, plural (« lignes d'activité », « chiffres »)
     * @throws ReductionHeldException when a scope falls beyond the threshold and the file was not accepted
     */
    public void check(String fileName, Set<String> accepted, String unit, List<Change> changes) {
        List<Change> falls = changes.stream().filter(change -> change.reduction() > maxReduction)
                .sorted(Comparator.comparingDouble(Change::reduction).reversed()).toList();
        if (falls.isEmpty()) {
            return;
        }
        String detail = falls.stream().limit(SHOWN).map(change -> String.format(Locale.FRANCE, "%s : %,d → %,d (−%.1f %%)",
                change.scope(), change.before(), change.after(), 100 * change.reduction())).collect(Collectors.joining(" ; "))
                + (falls.size() > SHOWN ? String.format(Locale.FRANCE, " ; et %d autres", falls.size() - SHOWN) : "");
        String what = String.format(Locale.FRANCE, "%s remplacerait ce qui est publié par bien moins %s (%s), au-delà des %.0f %% "
                + "de baisse admis (copilote.import.max-reduction)", fileName, of(unit), detail, 100 * maxReduction);
        if (accepted.contains(fileName)) {
            log.warn("{} : baisse acceptée par l'administrateur (--accept-reduction), le fichier est publié", what);
            return;
        }
        throw new ReductionHeldException(what + ". Il n'est pas publié : les chiffres publiés auparavant restent en vigueur. "
                + "Déposez le fichier complet et relancez ; si cette baisse est voulue, relancez la même date avec "
                + "« --accept-reduction " + fileName + " »");
    }
}
