/**
 * Executions a crash left STARTED: who ran them (host and process), which of them are certainly dead, and
 * their recovery, at start-up and by the admin's {@code recover} command.
 */
package fr.copilote.scheduler.recovery;
