package fr.copilote.scheduler.console;

import fr.copilote.model.text.FrenchDates;
import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.AuditLog;

/**
 * Sign-ins in the audit trail, in French: each success and each wrong password, with the computer it came from,
 * each lock when it starts, and the first attempt each lock refuses — the following ones are only counted, and the
 * count told at the next success, so that a flood of attempts cannot flood the trail. The name is the one typed,
 * made harmless ({@link UntrustedText}): it is what someone tried, whether or not such a user exists.
 */
final class SignInAudit {

    private static final int NAME_LENGTH = 60;

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    void signedIn(String user, String address, SignInThrottle.LetThrough attempt) {
        int failures = attempt.failuresInARow() - 1;
        String before = failures == 0 ? "" : ", après " + plural(failures, "échec") + " de suite"
                + (attempt.refusedBefore() == 0 ? "" : " et " + plural(attempt.refusedBefore(), "tentative")
                + " " + (attempt.refusedBefore() == 1 ? "refusée" : "refusées") + " pendant un blocage");
        audit.record(Actor.console(user), "connexion", null, null, "depuis " + address + before);
    }

    void failed(String typed, String address, SignInThrottle.LetThrough attempt) {
        Actor who = who(typed);
        audit.record(who, "connexion refusée", null, null, "identifiant ou mot de passe incorrect, depuis " + address
                + " (échec n° " + attempt.failuresInARow() + " de suite)");
        if (attempt.accountLockedUntil() != null) {
            audit.record(who, "blocage", null, null, "identifiant « " + who.name() + " » bloqué jusqu'au "
                    + attempt.accountLockedUntil().format(FrenchDates.DATE_AT_TIME) + " après "
                    + plural(attempt.failuresInARow(), "échec") + " de suite");
        }
        if (attempt.addressLockedUntil() != null) {
            audit.record(who, "blocage", null, null, "poste " + address + " bloqué jusqu'au "
                    + attempt.addressLockedUntil().format(FrenchDates.DATE_AT_TIME) + " après "
                    + plural(attempt.addressFailuresInARow(), "échec") + " de suite");
        }
    }

    void refused(String typed, String address, SignInThrottle.Refused attempt) {
        if (attempt.firstOfItsLock()) {
            audit.record(who(typed), "connexion refusée", null, null, "bloquée jusqu'au "
                    + attempt.until().format(FrenchDates.DATE_AT_TIME) + (attempt.byAddress() ? " (poste bloqué)" : " (identifiant bloqué)")
                    + ", mot de passe non vérifié, depuis " + address
                    + " ; les tentatives suivantes pendant ce blocage ne sont pas consignées une à une");
        }
    }

    private static Actor who(String typed) {
        return Actor.console(UntrustedText.shown(typed, NAME_LENGTH));
    }

    private static String plural(int count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
