package fr.copilote.model.indicator;

import static fr.copilote.model.indicator.IndicatorFamily.*;

import fr.copilote.model.common.Labelled;

/**
 * The indicator catalogue: each with its French label, unit, definition, formula and source fields, as
 * documented in {@code docs/indicators.md} and printed on the workbooks' Définitions sheet. "Counted members"
 * are the territory's support and member establishments (partners only when the territory counts them).
 */
public enum Indicator implements Labelled {
    CONVENTIONS_IN_FORCE(CONVENTIONS, "Conventions en vigueur", Unit.COUNT,
            "Conventions signées en cours à la date, dont l'origine ou l'accueil est un établissement compté du territoire.",
            "nombre de conventions : statut SIGNEE et début ≤ date ≤ fin (fin vide = sans terme)",
            "conventions.csv : status, start_date, end_date, origin_finess, host_finess"),
    CONVENTIONS_INCOMING(CONVENTIONS, "Conventions reçues", Unit.COUNT,
            "Conventions en vigueur dont l'établissement est l'accueil (il reçoit le praticien).",
            "nombre de conventions en vigueur, accueil = établissement", "conventions.csv : host_finess"),
    CONVENTIONS_OUTGOING(CONVENTIONS, "Conventions envoyées", Unit.COUNT,
            "Conventions en vigueur dont l'établissement est l'origine (il emploie le praticien).",
            "nombre de conventions en vigueur, origine = établissement", "conventions.csv : origin_finess"),
    CONVENTIONS_PLANNED(CONVENTIONS, "Conventions en projet", Unit.COUNT,
            "Conventions au statut « en projet » touchant un établissement compté, présentées à part des conventions en vigueur.",
            "nombre de conventions, statut EN_PROJET", "conventions.csv : status"),
    CONVENTIONS_TERMINATED(CONVENTIONS, "Conventions résiliées", Unit.COUNT,
            "Conventions au statut « résiliée » touchant un établissement compté, présentées à part.",
            "nombre de conventions, statut RESILIEE", "conventions.csv : status"),
    CONVENTIONS_TO_RENEW(CONVENTIONS, "Conventions à renouveler sous 90 jours", Unit.COUNT,
            "Conventions en vigueur dont la fin tombe dans les 90 jours qui suivent la date d'arrêté : renouvellements à préparer.",
            "nombre de conventions en vigueur avec date < fin ≤ date + 90 jours", "conventions.csv : end_date"),
    PRACTITIONERS_SHARED(CONVENTIONS, "Praticiens en temps partagé", Unit.COUNT,
            "Praticiens distincts (par numéro RPPS) ayant au moins une convention en vigueur touchant un établissement compté.",
            "nombre de RPPS distincts des conventions en vigueur", "conventions.csv : practitioner_rpps"),
    SHARED_FTE_INCOMING(CONVENTIONS, "ETP partagés reçus", Unit.FTE,
            "Temps médical reçu d'autres établissements, en équivalents temps plein ; sur une période, moyenne au prorata des jours en vigueur.",
            "Σ demi-journées hebdomadaires ÷ 10 × (jours en vigueur dans la période ÷ jours de la période), accueil = établissement",
            "conventions.csv : half_days_per_week, host_finess, start_date, end_date"),
    SHARED_FTE_OUTGOING(CONVENTIONS, "ETP partagés envoyés", Unit.FTE,
            "Temps médical mis à disposition d'autres établissements, en équivalents temps plein, au prorata des jours en vigueur.",
            "Σ demi-journées hebdomadaires ÷ 10 × (jours en vigueur ÷ jours de la période), origine = établissement",
            "conventions.csv : half_days_per_week, origin_finess, start_date, end_date"),
    SHARED_FTE_NET(CONVENTIONS, "Solde d'ETP partagés", Unit.FTE,
            "ETP reçus moins ETP envoyés : positif, l'établissement (ou le territoire) reçoit plus de temps médical qu'il n'en donne.",
            "ETP reçus − ETP envoyés", "conventions.csv"),
    SHARED_FTE_BY_PATHWAY(CONVENTIONS, "ETP partagés par filière", Unit.FTE,
            "ETP des conventions en vigueur touchant un établissement compté, par filière de soins.",
            "Σ demi-journées ÷ 10, par care_pathway", "conventions.csv : care_pathway, half_days_per_week"),
    SHARED_FTE_BY_SPECIALTY(CONVENTIONS, "ETP partagés par spécialité", Unit.FTE,
            "ETP des conventions en vigueur touchant un établissement compté, par spécialité.",
            "Σ demi-journées ÷ 10, par specialty", "conventions.csv : specialty, half_days_per_week"),
    SHARED_FTE_BY_MODE(CONVENTIONS, "ETP partagés par mode de partage", Unit.FTE,
            "ETP des conventions en vigueur touchant un établissement compté, par mode de partage.",
            "Σ demi-journées ÷ 10, par sharing_mode", "conventions.csv : sharing_mode, half_days_per_week"),
    FLOW_FTE(CONVENTIONS, "Flux d'ETP origine → accueil", Unit.FTE,
            "Matrice des ETP en vigueur de chaque établissement d'origine vers chaque établissement d'accueil ; interne quand les deux "
                    + "sont comptés dans le territoire, externe sinon.",
            "Σ demi-journées ÷ 10 par couple (origine, accueil)", "conventions.csv : origin_finess, host_finess, half_days_per_week"),
    FLOW_REFUND(FINANCE, "Flux de remboursements origine → accueil", Unit.EURO,
            "Remboursements dus par chaque établissement d'accueil à chaque établissement d'origine sur la période, au prorata des jours en vigueur.",
            "Σ remboursement annuel × jours en vigueur dans la période ÷ 365, par couple (origine, accueil)",
            "conventions.csv : annual_refund_eur, start_date, end_date"),
    REFUNDS_PAID(FINANCE, "Remboursements versés", Unit.EURO,
            "Ce que l'établissement, en tant qu'accueil, rembourse aux établissements d'origine sur la période.",
            "Σ remboursement annuel × jours en vigueur ÷ 365, accueil = établissement", "conventions.csv : annual_refund_eur"),
    REFUNDS_RECEIVED(FINANCE, "Remboursements reçus", Unit.EURO,
            "Ce que l'établissement, en tant qu'origine, reçoit des établissements d'accueil sur la période.",
            "Σ remboursement annuel × jours en vigueur ÷ 365, origine = établissement", "conventions.csv : annual_refund_eur"),
    ELIMINATIONS(FINANCE, "Éliminations des flux internes", Unit.EURO,
            "Remboursements entre deux établissements comptés du territoire : versés par l'un, reçus par l'autre, ils s'annulent "
                    + "dans le solde consolidé, comme en comptes consolidés.",
            "Σ remboursements dont l'origine et l'accueil sont comptés", "conventions.csv"),
    NET_BALANCE(FINANCE, "Solde net après éliminations", Unit.EURO,
            "Remboursements reçus moins remboursements versés ; pour le territoire, après élimination des flux internes, il ne "
                    + "reste que les échanges avec l'extérieur.",
            "reçus − versés ; territoire : (reçus − éliminations) − (versés − éliminations)", "conventions.csv"),
    REFUND_PER_FTE(FINANCE, "Coût annuel d'un ETP partagé", Unit.EURO,
            "Remboursement annuel moyen par ETP reçu : ce que coûte au territoire un équivalent temps plein de temps partagé.",
            "Σ remboursements annuels des conventions en vigueur ÷ Σ ETP en vigueur", "conventions.csv"),
    PET_MONTHLY(FINANCE, "Prime d'exercice territorial estimée (mensuelle)", Unit.EURO,
            "Estimation de la prime brute mensuelle due aux praticiens employés par le territoire, pour leurs demi-journées hebdomadaires "
                    + "sur des sites à 20 km au moins de leur établissement d'origine, selon le barème en vigueur à la date.",
            "barème(Σ demi-journées hebdomadaires sur des sites à ≥ 20 km), par praticien ; total = Σ praticiens",
            "conventions.csv : practitioner_rpps, half_days_per_week ; coordonnées des sites ; barème configuré"),
    PET_ANNUAL(FINANCE, "Prime d'exercice territorial estimée (annuelle)", Unit.EURO,
            "Prime mensuelle estimée × 12.", "PET mensuelle × 12", "idem"),
    ACTIVITY_VOLUME(ACTIVITY, "Volume d'activité", Unit.COUNT,
            "Activité des établissements comptés, par filière et type d'activité, et par type toutes filières confondues ; "
                    + "par établissement et mois.",
            "Σ volume", "activite.csv : volume, period, care_pathway, activity_type"),
    ACTIVITY_REVENUE(ACTIVITY, "Recettes", Unit.EURO, "Recettes de l'activité.", "Σ revenue_eur", "activite.csv : revenue_eur"),
    ACTIVITY_DIRECT_COST(ACTIVITY, "Coûts directs", Unit.EURO, "Coûts directs de l'activité.", "Σ direct_cost_eur",
            "activite.csv : direct_cost_eur"),
    MARGIN(ACTIVITY, "Marge sur coûts directs", Unit.EURO, "Recettes moins coûts directs.", "Σ revenue_eur − Σ direct_cost_eur",
            "activite.csv : revenue_eur, direct_cost_eur"),
    MARGIN_RATE(ACTIVITY, "Taux de marge", Unit.RATE, "Marge rapportée aux recettes.", "marge ÷ recettes (vide si recettes nulles)",
            "activite.csv : revenue_eur, direct_cost_eur"),
    AVERAGE_LENGTH_OF_STAY(ACTIVITY, "Durée moyenne de séjour", Unit.DAYS,
            "Journées d'hospitalisation rapportées aux séjours en hospitalisation complète, là où les deux sont connus.",
            "Σ volume JOURNEE ÷ Σ volume SEJOUR_HC, par filière et toutes filières", "activite.csv : activity_type, volume"),
    HEADLINE_VOLUME(ACTIVITY, "Volume de la filière dans son unité", Unit.COUNT,
            "Volume d'une filière dans l'une de ses unités de pilotage (naissances, séjours, passages, actes, journées, séances, "
                    + "consultations), l'unité de référence en premier ; seuls les séjours HC et ambulatoires s'additionnent en une unité.",
            "Σ volume des types d'activité de l'unité, par filière et unité (copilote.output.headline-units)",
            "activite.csv : care_pathway, activity_type, volume"),
    AMBULATORY_SURGERY_RATE(ACTIVITY, "Taux de chirurgie ambulatoire", Unit.RATE,
            "Part des séjours de chirurgie réalisés sans nuitée.",
            "Σ volume SEJOUR_AMBULATOIRE ÷ (Σ SEJOUR_HC + Σ SEJOUR_AMBULATOIRE), filière CHIRURGIE_ANESTHESIE",
            "activite.csv : care_pathway, activity_type, volume"),
    ACTIVITY_UNDER_CONVENTIONS(ACTIVITY, "Activité réalisée sous convention", Unit.COUNT,
            "Activité de l'établissement d'accueil réalisée dans le cadre d'une convention (ex. consultations avancées), par "
                    + "type d'activité, toutes filières et par filière.",
            "Σ volume des lignes portant un convention_id", "activite.csv : convention_id, volume"),
    SHARE_UNDER_CONVENTIONS(ACTIVITY, "Part de l'activité réalisée sous convention", Unit.RATE,
            "Activité sous convention rapportée à toute l'activité du même type de l'établissement d'accueil.",
            "activité sous convention ÷ activité totale du même type (et de la même filière, par filière)",
            "activite.csv : convention_id, care_pathway, activity_type, volume"),
    CONSULTATIONS_AVANCEES(ACTIVITY, "Consultations avancées", Unit.COUNT,
            "Consultations tenues par un praticien venu d'un autre établissement sous une convention de consultation avancée, "
                    + "par établissement d'accueil et par spécialité.",
            "Σ volume CONSULTATION des lignes dont la convention a le mode CONSULTATION_AVANCEE",
            "activite.csv : convention_id, activity_type, volume ; conventions.csv : sharing_mode, specialty"),
    BIOLOGY_INTERNALISATION_RATE(ACTIVITY, "Taux d'internalisation de la biologie", Unit.RATE,
            "Part des actes de biologie du territoire réalisés par ses établissements publics comptés, parmi tous les actes de "
                    + "biologie déclarés par ses membres et partenaires (laboratoires et cliniques privés compris) : l'axe du retour "
                    + "de la biologie dans le giron public.",
            "Σ ACTE BIOLOGIE des membres comptés au statut public ÷ Σ ACTE BIOLOGIE de tous les membres et partenaires",
            "activite.csv : care_pathway, activity_type, volume ; SAE ID : stjr (statut juridique)"),
    DISTANCE_NOT_TRAVELLED(TERRITORY, "Distance évitée aux patients", Unit.KILOMETRES,
            "Consultations avancées multipliées par la distance entre l'établissement d'accueil et l'établissement d'origine : les "
                    + "kilomètres que les patients n'ont pas eu à faire. Distance à vol d'oiseau, indicateur approché de la distance routière "
                    + "(qu'elle sous-estime).",
            "Σ volume CONSULTATION sous convention CONSULTATION_AVANCEE × distance orthodromique accueil → origine",
            "activite.csv : convention_id, volume ; conventions.csv : sharing_mode ; coordonnées des sites"),
    LEAKAGE_RATE(TERRITORY, "Taux de fuite", Unit.RATE,
            "Part de l'activité des habitants du territoire réalisée hors de ses établissements comptés.",
            "volume des résidents traité hors du territoire ÷ volume de tous ses résidents (territoire du patient connu)",
            "activite.csv : patient_territory, volume"),
    ATTRACTIVENESS_RATE(TERRITORY, "Taux d'attractivité", Unit.RATE,
            "Part de l'activité des établissements comptés réalisée pour des patients qui n'habitent pas le territoire.",
            "volume des non-résidents ÷ volume total (territoire du patient connu)", "activite.csv : patient_territory, volume"),
    SAE_MCO_BEDS(TERRITORY, "Lits MCO (SAE)", Unit.COUNT,
            "Lits d'hospitalisation complète en médecine, chirurgie et obstétrique déclarés à la SAE, pour l'année de la base la "
                    + "plus récente chargée ; repère officiel à côté de l'activité transmise.",
            "Σ LIT_MCO des sites de l'entité", "SAE MCO : LIT_MCO"),
    SAE_MCO_STAYS(TERRITORY, "Séjours d'hospitalisation complète MCO (SAE)", Unit.COUNT,
            "Séjours d'hospitalisation complète en MCO déclarés à la SAE (même année).", "Σ SEJHC_MCO", "SAE MCO : SEJHC_MCO"),
    SAE_MCO_DAYS(TERRITORY, "Journées MCO (SAE)", Unit.COUNT,
            "Journées d'hospitalisation complète en MCO déclarées à la SAE (même année).", "Σ JOU_MCO", "SAE MCO : JOU_MCO"),
    SAE_MCO_PLACES(TERRITORY, "Places MCO (SAE)", Unit.COUNT,
            "Places d'hospitalisation partielle (de jour) en médecine, chirurgie et obstétrique déclarées à la SAE, pour l'année de "
                    + "la base ; l'année précédente aussi quand sa base est chargée.",
            "Σ PLA_MCO des sites de l'entité", "SAE MCO : PLA_MCO"),
    SAE_MCO_BED_DAYS(TERRITORY, "Journées-lits exploitables MCO (SAE)", Unit.COUNT,
            "Journées que les lits MCO pouvaient accueillir dans l'année (lits exploitables × jours d'ouverture), déclarées à la SAE : "
                    + "le dénominateur du taux d'occupation.",
            "Σ JLI_MCO des sites de l'entité", "SAE MCO : JLI_MCO"),
    SAE_MCO_OCCUPANCY_RATE(TERRITORY, "Taux d'occupation des lits MCO (SAE)", Unit.RATE,
            "Journées d'hospitalisation complète rapportées aux journées-lits exploitables, la même année de la SAE ; pour le "
                    + "territoire, rapport des sommes sur les établissements comptés qui publient les deux (jamais moyenne des taux).",
            "Σ JOU_MCO ÷ Σ JLI_MCO (vide si JLI_MCO nul ou absent)", "SAE MCO : JOU_MCO, JLI_MCO"),
    SAE_SSR_BEDS(TERRITORY, "Lits SSR (SAE)", Unit.COUNT,
            "Lits d'hospitalisation complète en soins de suite et de réadaptation déclarés à la SAE (adultes et enfants).",
            "Σ LIT, ligne GDE = SSR_TOT, des sites de l'entité", "SAE SSR : LIT, GDE"),
    SAE_SSR_PLACES(TERRITORY, "Places SSR (SAE)", Unit.COUNT,
            "Places d'hospitalisation partielle en SSR déclarées à la SAE (adultes et enfants).",
            "Σ PLA, ligne GDE = SSR_TOT, des sites de l'entité", "SAE SSR : PLA, GDE"),
    SAE_SSR_DAYS(TERRITORY, "Journées SSR (SAE)", Unit.COUNT,
            "Journées d'hospitalisation complète en SSR déclarées à la SAE (adultes et enfants) ; les venues en hospitalisation "
                    + "partielle (JOUHP) n'y sont pas.",
            "Σ JOUHC, ligne GDE = SSR_TOT, des sites de l'entité", "SAE SSR : JOUHC, GDE"),
    SAE_EMERGENCY_PASSAGES(TERRITORY, "Passages aux urgences (SAE)", Unit.COUNT,
            "Passages aux urgences déclarés à la SAE, toutes unités d'urgence de chaque site (générales et pédiatriques).",
            "Σ PASSU de toutes les lignes URG des sites de l'entité", "SAE Urgences : PASSU, URG"),
    SAE_DELIVERIES(TERRITORY, "Accouchements (SAE)", Unit.COUNT,
            "Accouchements déclarés à la SAE, uniques et multiples : un accouchement de jumeaux compte une fois.",
            "Σ (ACCUN + ACCMU) des sites de l'entité", "SAE Périnatalité : ACCUN, ACCMU"),
    SAE_BIRTHS(TERRITORY, "Naissances (SAE)", Unit.COUNT,
            "Enfants nés dans l'établissement déclarés à la SAE (les jumeaux comptent deux fois) : le repère des naissances "
                    + "transmises dans activite.csv, plus juste que les accouchements.",
            "Σ ENFANTS des sites de l'entité", "SAE Périnatalité : ENFANTS"),
    DECLARED_MONTHS(TERRITORY, "Mois d'activité transmis dans l'année civile", Unit.COUNT,
            "Nombre de mois de l'année civile de la SAE pour lesquels activite.csv porte au moins une ligne de l'établissement "
                    + "(parmi les 24 mois lus) : la comparaison à la SAE n'a de sens que sur 12 mois sur 12.",
            "nombre de mois distincts de l'année avec au moins une ligne", "activite.csv : period, finess"),
    DECLARED_FOR_SAE(TERRITORY, "Activité transmise sur l'année civile de la SAE", Unit.COUNT,
            "Activité de activite.csv sur l'année civile de la base SAE, du même genre que le chiffre SAE comparé : séjours HC "
                    + "hors SSR et psychiatrie (SAE MCO SEJHC_MCO), passages (PASSU), naissances (ENFANTS), journées de la filière "
                    + "SSR (JOUHC). Seulement quand les 12 mois sont transmis.",
            "Σ volume du type (et de la filière) sur les 12 mois de l'année", "activite.csv : period, care_pathway, activity_type, volume"),
    SAE_COHERENCE_GAP(TERRITORY, "Écart entre activité transmise et SAE", Unit.RATE,
            "Écart relatif de l'activité transmise sur l'année civile au chiffre SAE du même genre et de la même année ; pour le "
                    + "territoire, sur les établissements comptés comparés. Signalé au-delà du seuil copilote.output.coherence-threshold "
                    + "(10 % par défaut).",
            "(transmis − SAE) ÷ SAE (vide si année incomplète ou SAE absent ou nul)", "activite.csv ; SAE MCO, Urgences, Périnatalité, SSR"),
    MEDICAL_FTE(TERRITORY, "ETP médicaux (SAE)", Unit.FTE,
            "Équivalents temps plein médicaux salariés et hospitalo-universitaires déclarés à la SAE, toutes disciplines.",
            "ETP_SAL + ETP_HU, discipline 9999 (total), base Q21 la plus récente chargée", "SAE Q21 : ETP_SAL, ETP_HU, DISCI"),
    ACTIVITY_PER_MEDICAL_FTE(TERRITORY, "Activité par ETP médical", Unit.COUNT,
            "Volume d'activité rapporté aux ETP médicaux déclarés à la SAE.", "volume ÷ ETP médicaux", "activite.csv ; SAE Q21"),
    REVENUE_PER_MEDICAL_FTE(TERRITORY, "Recettes par ETP médical", Unit.EURO,
            "Recettes rapportées aux ETP médicaux déclarés à la SAE.", "recettes ÷ ETP médicaux", "activite.csv ; SAE Q21");

    private final IndicatorFamily family;
    private final String label;
    private final Unit unit;
    private final String definition;
    private final String formula;
    private final String sources;

    Indicator(IndicatorFamily family, String label, Unit unit, String definition, String formula, String sources) {
        this.family = family;
        this.label = label;
        this.unit = unit;
        this.definition = definition;
        this.formula = formula;
        this.sources = sources;
    }

    public IndicatorFamily family() {
        return family;
    }

    @Override
    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    public String formula() {
        return formula;
    }

    public String sources() {
        return sources;
    }
}
