package fr.copilote.model.statistics;

import java.util.List;

/**
 * Medical full-time equivalents as the SAE {@code Q21} base publishes them, one row per discipline
 * ({@code DISCI}). Checked on the 2023 base: {@code 9999} = {@code 1000} + {@code 2000} and {@code 2000} =
 * {@code 2100} + … + {@code 2500} for every column and every establishment, so {@code 9999} is the
 * establishment's total and the only row to read for it.
 */
public final class MedicalStaff {

    /** The {@code DISCI} code of an establishment's all-disciplines row. */
    public static final String ALL_DISCIPLINES = "9999";

    /**
     * Salaried FTE ({@code ETP_SAL}) and hospital-university FTE ({@code ETP_HU}). Left out: interns
     * ({@code ETP_INT}), trainees ({@code dtETP_STAG}), self-employed headcount ({@code EFF_LIB}), and FTE
     * made available to or by other bodies ({@code ETP_MAD}), whose direction the base does not tell.
     */
    public static final List<String> FTE_MEASURES = List.of("ETP_SAL", "ETP_HU");

    private MedicalStaff() {
    }
}
