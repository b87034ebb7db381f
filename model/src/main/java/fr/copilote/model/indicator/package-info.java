/**
 * The indicator catalogue and the consolidated values it produces: plain Java, free of Spring, every
 * formula documented in {@code docs/indicators.md}.
 */
package fr.copilote.model.indicator;
