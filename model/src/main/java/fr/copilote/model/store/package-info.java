/**
 * The database side of the model: reads published rows for consolidation and stores consolidated results.
 * The only package of {@code model} allowed to use Spring (its JDBC support); the domain never calls it.
 */
package fr.copilote.model.store;
