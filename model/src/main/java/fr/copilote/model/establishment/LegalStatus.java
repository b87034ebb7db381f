package fr.copilote.model.establishment;

import fr.copilote.model.common.Labelled;
import java.util.Optional;

/** The legal status of an establishment, as the SAE directory's {@code stjr} column groups it. */
public enum LegalStatus implements Labelled {
    PUBLIC("1", "Public"),
    PRIVATE_NON_PROFIT("2", "Privé non lucratif"),
    PRIVATE_FOR_PROFIT("3", "Privé lucratif");

    private final String saeCode;
    private final String label;

    LegalStatus(String saeCode, String label) {
        this.saeCode = saeCode;
        this.label = label;
    }

    /** The status of an SAE {@code stjr} code; empty for a blank or unknown code. */
    public static Optional<LegalStatus> ofSaeCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (LegalStatus status : values()) {
            if (status.saeCode.equals(code.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public String saeCode() {
        return saeCode;
    }

    @Override
    public String label() {
        return label;
    }
}
