/**
 * The objectives of the shared medical project ({@code objectifs.csv}) and how each is judged against the
 * consolidated figures: the value of the year to date, its projection to year end, the gap and the status. Plain
 * Java, free of Spring; the rules are those of {@code docs/indicators.md}.
 */
package fr.copilote.model.objective;
