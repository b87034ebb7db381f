package fr.copilote.scheduler.notification;

/** A mail about a run: its subject and plain-text body, in French. */
public record RunMail(String subject, String body) {
}
