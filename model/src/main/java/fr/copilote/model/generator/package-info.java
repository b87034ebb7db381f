/**
 * Deterministic generator of the data contract's input files: the bundled sample (five real cooperations,
 * anchored on the public SAE 2023 figures) and national-scale synthetic data sets for benchmarks.
 * Entry point: {@link fr.copilote.model.generator.DataGenerator#generate}.
 */
package fr.copilote.model.generator;
