/**
 * What an admin does to runs — launch, restart, stop, abandon, recover, purge — with the same rules and the
 * same audit trail whether it comes from the command line, the web console or the schedule.
 */
package fr.copilote.scheduler.operations;
