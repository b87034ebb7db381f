/**
 * The runs as admins and finance teams look at them, read from the job repository and the import registry:
 * the recent executions with their counts, one execution's steps, rejects and outputs. Shared by the command
 * line, the web console and the notifications.
 */
package fr.copilote.scheduler.history;
