/**
 * The web console, server-side pages (Spring MVC, Thymeleaf) behind Spring Security: the runs and their details,
 * the launch form, restart / stop / abandon for admins, downloads of workbooks and reject reports for all signed-in
 * users, the audit trail. Who may sign in and how ({@code PasswordHashes}, {@code ThrottledSignIn} and its
 * {@code SignInThrottle}), and what is refused and audited ({@code RefusalAudit}), are here too. Runs only in the
 * {@code serve} process.
 */
package fr.copilote.scheduler.console;
