package nl.aanwezig.cases.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue #20 item 1: the invitation e-mailed through a real SMTP server inside the test (GreenMail on a free loopback
 * port). The shared test context has no SMTP (no {@code spring.mail.host}), and a context of its own would start a
 * second embedded database and engine; {@link FamilyMail} looks its {@link JavaMailSender} up at each send, so the
 * test registers one pointed at GreenMail in the shared context for its own duration and removes it after: the real
 * beans, transactions and access checks, and every other test keeps handing links over.
 */
@IntegrationTest
class FamilyMailIntegrationTest {

    @Autowired TestClock testClock;

    private static final String SENDER_BEAN = "familyMailTestSender";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/uitnodiging/([A-Za-z0-9_-]+)");

    @Autowired FamilyTestSupport family;
    @Autowired FamilyInvitations invitations;
    @Autowired FamilyChildren children;
    @Autowired ConfigurableApplicationContext context;
    GreenMail smtp;

    @BeforeEach
    void smtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        beans().registerSingleton(SENDER_BEAN, sender);
    }

    @AfterEach
    void noSmtp() {
        beans().destroySingleton(SENDER_BEAN);
        smtp.stop();
    }

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        testClock.reset();
    }

    @Test
    void the_invitation_is_mailed_with_the_one_time_link_shown_to_nobody_and_the_link_from_the_mail_works() throws Exception {
        var route = family.orangePlan("fm-mail");

        FamilyInvitations.Invited invited = AsUser.call("t-oc", "OC", () -> invitations.invite(route.caseId(),
                new InvitationForm(FamilyKind.PARENT, "Mira Mail", "Mira.Mail@Example.org", true)));

        assertThat(invited.mailed()).isTrue();
        assertThat(invited.link()).isNull();
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("mira.mail@example.org");
        assertThat(mail.getSubject()).contains(route.pupil().firstName());
        String body = mail.getContent().toString();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String token = link.group(1);
        assertThat(invitations.describe(token)).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("Mira Mail"));

        String login = invitations.accept(token, "fm-ouder-mail", FamilyTestSupport.PASSWORD, FamilyTestSupport.PASSWORD);

        assertThat(AsUser.call(login, "OUDER", () -> children.children())).extracting(FamilyChildren.Child::pupilId)
                .containsExactly(route.pupil().id());
        assertThat(invitations.describe(token)).isEmpty();
    }

    private DefaultListableBeanFactory beans() {
        return (DefaultListableBeanFactory) context.getBeanFactory();
    }
}
