/**
 * Mails to the admins, in French, when a run needs them: it failed, it ended with rejected rows, or an expected
 * file was missing. Off by default; any SMTP server (Spring Mail).
 */
package fr.copilote.scheduler.notification;
