package fr.copilote.importer.statistics;

import static fr.copilote.importer.statistics.PublishedColumn.number;
import static fr.copilote.importer.statistics.PublishedColumn.percentage;

import fr.copilote.model.statistics.StatisticSource;
import java.util.List;

/**
 * The official statistics files Copilote reads, column by column, as mapped in {@code docs/data-contract.md}
 * (« Official statistics, read as published »). Left unread: {@code BOR}, {@code FI_EJ} (the directory rolls
 * sites up), {@code RS} but to recognise a total line, and the text codes — {@code ACC} and the always empty
 * {@code GDE} of URGENCES2, {@code AUTOR} (maternity type) and {@code LACTA} of PERINAT.
 */
public final class PublishedLayouts {

    public static final PublishedLayout SAE_MCO = PublishedLayout.sae(StatisticSource.SAE_MCO, null,
            "LIT_MED;JLI_MED;SEJHC_MED;SEJ0_MED;JOU_MED;LIT_CHI;JLI_CHI;SEJHC_CHI;SEJ0_CHI;JOU_CHI;LIT_OBS;JLI_OBS;SEJHC_OBS;"
                    + "SEJ0_OBS;JOU_OBS;LIT_MCO;JLI_MCO;SEJHC_MCO;SEJ0_MCO;JOU_MCO;PLA_MED;SEJHP_MED;PLAN_MED;SEJN_MED;SEA_MED;"
                    + "PLA_CHI;SEJHP_CHI;PLA_OBS;SEJHP_OBS;PLAN_OBS;SEJN_OBS;PLA_MCO;SEJHP_MCO;PLAN_MCO;SEJN_MCO;SEA_MCO");

    /** One row per establishment and kind of emergency unit ({@code URG}: GEN general, PED paediatric). */
    public static final PublishedLayout SAE_URGENCES = PublishedLayout.sae(StatisticSource.SAE_URGENCES, "URG",
            "HMED;HIDE;SAO;PASSU;dt80;dt18;dtMCO;dtMCO80;dtMCO18;dtLS;dtLS80;dtLS18;dtHAD;dtHAD80;dtHAD18;dtEXT;dtEXT80;"
                    + "dtEXT18;dtHOSP;LIT_UHCD;JLI_UHCD;SEJ_UHCD;SEJ0_UHCD;JOU_UHCD;STAP;RMM");

    public static final PublishedLayout SAE_PERINAT = PublishedLayout.sae(StatisticSource.SAE_PERINAT, null,
            "LIT_KANG;LIT_OBS;LIT_NEO_HSI;LIT_SIN;LIT_REA;SALTRAV;SEJ_OBS;SEJ0_Obs;SEJ_NEO_HSI;SEJ0_NEO_HSI;SEJ_SIN;SEJ0_SIN;"
                    + "SEJ_REA;SEJ0_REA;SEJ_BAM;SEJ0_BAM;JOU_OBS;JOU_NEO_HSI;JOU_SIN;JOU_REA;JOU_BAM;SEJACC;JOUACC;SEJCES;JOUCES;"
                    + "FSUIV;ACCUN;ACCMU;ENFTR;TRANSDES;ENFANTS;CONSGYN;CONSSAG;CONSENTR;SORPREC;MUTHAD;PRIS;IVG;IVGN_1;IVGME;"
                    + "IVG1214;IVG1516;CONV;IMG;AMP;PAT_AMP");

    /** One row per establishment and age group ({@code GDE}): SSR_TOT = SSR_A + SSR_E, each with its sub-groups. */
    public static final PublishedLayout SAE_SSR = PublishedLayout.sae(StatisticSource.SAE_SSR, "GDE",
            "AUT;LIT;JLI;PLA;SEJHC;JOUHC;JOUHP;EMSSR");

    /** One row per establishment and discipline ({@code DISCI}): 9999 = 1000 + 2000, 2000 = 2100 + … + 2500. */
    public static final PublishedLayout SAE_Q21 = PublishedLayout.sae(StatisticSource.SAE_Q21, "DISCI",
            "ETP_SAL;ETP_HU;ETP_MAD;ETP_INT;dtETP_STAG;EFF_LIB");

    /** ATIH ScanSanté, stays per public or non-profit establishment; its headers are sentences, hence codes. */
    public static final PublishedLayout SCANSANTE_MCO = new PublishedLayout(StatisticSource.SCANSANTE_MCO, "Finess",
            "Raison Sociale", null, null, "Période", List.of(
                    number("Nombre de séjoursséances total", "SEJOURS_TOTAL"),
                    number("Nombre de séjours en hospit complète", "SEJOURS_HC"),
                    number("Nombre de séjours en hospit partielle", "SEJOURS_HP"),
                    number("Nombre de séances", "SEANCES"),
                    percentage("Sexe ratio (% homme)", "PART_HOMMES"),
                    number("Age moyen", "AGE_MOYEN"),
                    number("Durée moyenne de séjour", "DMS"),
                    percentage("% décès", "PART_DECES")));

    private PublishedLayouts() {
    }
}
