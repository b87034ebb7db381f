package fr.copilote.model.indicator;

/** What an indicator's value is counted in; decides its number format in the workbooks. */
public enum Unit {
    COUNT, FTE, EURO, RATE, DAYS, KILOMETRES
}
