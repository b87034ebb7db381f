package fr.copilote.model.statistics;

import fr.copilote.model.common.Labelled;

/** The official statistics files Copilote reads, each a source of figures with its own measures. */
public enum StatisticSource implements Labelled {
    SAE_MCO("SAE – médecine, chirurgie, obstétrique (MCO)"),
    SAE_URGENCES("SAE – urgences"),
    SAE_PERINAT("SAE – périnatalité"),
    SAE_SSR("SAE – soins de suite et de réadaptation (SSR)"),
    SAE_Q21("SAE – personnels médicaux (Q21)"),
    SCANSANTE_MCO("ScanSanté – séjours MCO par établissement");

    private final String label;

    StatisticSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
