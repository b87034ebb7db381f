/**
 * Official statistics read as published (DREES SAE bases, ATIH ScanSanté): one figure per establishment,
 * measure and, where the publisher breaks a row down, dimension. A figure keeps what the publisher wrote:
 * a number, or a count it masked ({@code 1 à 10}); an empty cell is no figure at all, never zero.
 */
package fr.copilote.model.statistics;
