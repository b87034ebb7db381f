package fr.copilote.model.indicator;

import fr.copilote.model.common.Labelled;

/**
 * The indicator catalogue: each with its French label, unit, definition and formula, as documented in
 * {@code docs/indicators.md} and printed on the workbooks' Définitions sheet.
 */
public enum Indicator implements Labelled {
    CONVENTIONS_IN_FORCE("Conventions en vigueur", Unit.COUNT,
            "Conventions de partage de temps médical signées et en cours à la date d'arrêté, dont l'origine ou l'accueil est un établissement du territoire.",
            "nombre de conventions, statut = SIGNEE et début ≤ date ≤ fin (ou fin vide)", "conventions.csv : status, start_date, end_date"),
    CONVENTIONS_INCOMING("Conventions reçues", Unit.COUNT,
            "Conventions en vigueur dont l'établissement est l'accueil (il reçoit le praticien).",
            "nombre de conventions en vigueur, accueil = établissement", "conventions.csv : host_finess"),
    CONVENTIONS_OUTGOING("Conventions envoyées", Unit.COUNT,
            "Conventions en vigueur dont l'établissement est l'origine (il emploie le praticien).",
            "nombre de conventions en vigueur, origine = établissement", "conventions.csv : origin_finess"),
    SHARED_FTE_INCOMING("ETP partagés reçus", Unit.FTE,
            "Temps médical reçu d'autres établissements, en équivalents temps plein.",
            "Σ demi-journées hebdomadaires ÷ 10, conventions en vigueur où l'établissement est l'accueil",
            "conventions.csv : half_days_per_week, host_finess"),
    SHARED_FTE_OUTGOING("ETP partagés envoyés", Unit.FTE,
            "Temps médical mis à disposition d'autres établissements, en équivalents temps plein.",
            "Σ demi-journées hebdomadaires ÷ 10, conventions en vigueur où l'établissement est l'origine",
            "conventions.csv : half_days_per_week, origin_finess"),
    ACTIVITY_VOLUME("Volume d'activité", Unit.COUNT,
            "Activité des établissements comptés dans le territoire, par filière et type d'activité.",
            "Σ volume", "activite.csv : volume");

    private final String label;
    private final Unit unit;
    private final String definition;
    private final String formula;
    private final String sources;

    Indicator(String label, Unit unit, String definition, String formula, String sources) {
        this.label = label;
        this.unit = unit;
        this.definition = definition;
        this.formula = formula;
        this.sources = sources;
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
