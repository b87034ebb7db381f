/** A SIGTERM during a run stops it at a clean point, as STOPPED, so that it can be restarted where it stopped. */
package fr.copilote.scheduler.shutdown;
