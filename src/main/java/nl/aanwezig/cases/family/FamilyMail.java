package nl.aanwezig.cases.family;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the one-time invitation link by e-mail through Spring's mail support where SMTP is configured
 * ({@code spring.mail.host}); without it, or without an address, the link is handed over by the inviting staff member.
 */
@Component
class FamilyMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    FamilyMail(ObjectProvider<JavaMailSender> sender, @Value("${aanwezig.family.mail-from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether e-mail can be sent at all (SMTP configured). */
    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends once the transaction commits (a request of the route: nobody is told of what was rolled back), and not at
     * all without SMTP or an address; a refused message is the family page's loss only, the request stands.
     */
    void sendAfterCommit(String to, String subject, String body) {
        if (!configured() || to == null || to.isBlank()) {
            return;
        }
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            send(to, subject, body);
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        send(to, subject, body);
                    }
                });
    }

    /**
     * Sends the invitation; false when there is no SMTP or no address, or the server refused it (the staff member then
     * hands the link over; the invitation itself stands).
     */
    boolean send(String to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to == null || to.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            return false;
        }
    }
}
