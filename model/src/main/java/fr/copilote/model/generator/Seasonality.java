package fr.copilote.model.generator;

import fr.copilote.model.pathway.CarePathway;
import java.time.Month;
import java.util.Arrays;

/**
 * Month-to-month shape of activity, January first, each profile averaging 1 over the year: winter epidemics
 * fill medicine, summer holidays empty scheduled surgery and fill emergency units, births peak in summer.
 */
final class Seasonality {

    private static final double[] MEDICAL = normalised(1.10, 1.04, 1.03, 0.98, 0.97, 0.96, 0.93, 0.88, 0.97, 1.02, 1.04, 1.08);
    private static final double[] SCHEDULED = normalised(1.03, 1.02, 1.06, 1.00, 0.99, 1.02, 0.93, 0.80, 1.00, 1.05, 1.05, 0.95);
    private static final double[] EMERGENCY = normalised(1.02, 0.94, 0.98, 0.98, 1.03, 1.04, 1.07, 1.04, 0.99, 0.98, 0.95, 0.98);
    private static final double[] BIRTHS = normalised(0.96, 0.90, 0.98, 0.96, 1.00, 1.00, 1.06, 1.05, 1.05, 1.03, 0.99, 1.02);
    private static final double[] STEADY = normalised(1.01, 0.97, 1.01, 0.99, 0.99, 1.00, 1.00, 0.98, 1.00, 1.01, 1.00, 1.04);

    private Seasonality() {
    }

    static double factor(CarePathway pathway, Month month) {
        double[] profile = switch (pathway) {
            case MEDECINE, GERIATRIE, BIOLOGIE -> MEDICAL;
            case CHIRURGIE_ANESTHESIE, IMAGERIE -> SCHEDULED;
            case URGENCES -> EMERGENCY;
            case PERINATALITE -> BIRTHS;
            case SSR, CANCEROLOGIE, PSYCHIATRIE -> STEADY;
        };
        return profile[month.getValue() - 1];
    }

    private static double[] normalised(double... factors) {
        double mean = Arrays.stream(factors).sum() / factors.length;
        return Arrays.stream(factors).map(factor -> factor / mean).toArray();
    }
}
