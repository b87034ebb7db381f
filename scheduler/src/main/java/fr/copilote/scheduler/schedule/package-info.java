/**
 * The nightly schedule: a cron (02:30 Europe/Paris by default) launches yesterday's date on the configured
 * folders, after waiting for late files if so configured; it can be switched off, and runs only in the
 * long-running {@code serve} process, never in a one-off command.
 */
package fr.copilote.scheduler.schedule;
