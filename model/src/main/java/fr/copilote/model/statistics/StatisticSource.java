package fr.copilote.model.statistics;

import fr.copilote.model.common.Labelled;

/** The official statistics files Copilote reads, each a source of figures with its own measures. */
public enum StatisticSource implements Labelled {
    SAE_MCO("SAE – médecine, chirurgie, obstétrique (MCO)", "SAE MCO"),
    SAE_URGENCES("SAE – urgences", "SAE Urgences"),
    SAE_PERINAT("SAE – périnatalité", "SAE Périnatalité"),
    SAE_SSR("SAE – soins de suite et de réadaptation (SSR)", "SAE SSR"),
    SAE_Q21("SAE – personnels médicaux (Q21)", "SAE Q21"),
    SCANSANTE_MCO("ScanSanté – séjours MCO par établissement", "ScanSanté MCO");

    private final String label;
    private final String shortLabel;

    StatisticSource(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** The base's name as a column header or a note cites it, before its year: « SAE Q21 ». */
    public String shortLabel() {
        return shortLabel;
    }

    @Override
    public String label() {
        return label;
    }
}
