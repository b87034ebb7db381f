/**
 * The database as an admin configures and loses it: where the embedded one lives (a relative data folder is taken from
 * the working folder), and how long a run waits for a database that stopped answering before it fails in French.
 * Uses Spring and the JDBC pool only.
 */
package fr.copilote.scheduler.database;
