/**
 * E-mails: Thymeleaf templates under {@code templates/mail/}, sent by listeners of other modules' events
 * through Spring Modulith's event publication registry, so a mail owed by a committed transaction is sent
 * even if the SMTP server is down at that moment (resubmitted on schedule and at restart).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package fr.demarches.notification;
