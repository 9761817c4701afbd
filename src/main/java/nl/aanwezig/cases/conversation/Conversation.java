package nl.aanwezig.cases.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A logged conversation of the mentor with pupil and/or parents. */
@Entity
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "logged_by")
    private String loggedBy;
    @Column(name = "logged_at")
    private Instant loggedAt;
    @Column(name = "with_pupil")
    private boolean withPupil;
    @Column(name = "with_parents")
    private boolean withParents;
    @Column(name = "other_participants")
    private String otherParticipants;
    private String topics;
    private String agreements;
    @Column(name = "follow_up_date")
    private LocalDate followUpDate;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected Conversation() {
    }

    Conversation(Long caseId, ConversationForm form, String loggedBy, Instant loggedAt) {
        this.caseId = caseId;
        this.heldOn = form.heldOn();
        this.withPupil = form.withPupil();
        this.withParents = form.withParents();
        this.otherParticipants = blankToNull(form.otherParticipants());
        this.topics = form.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.agreements = form.agreements().strip();
        this.followUpDate = form.followUpDate();
        this.outcome = form.outcome();
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public boolean withPupil() {
        return withPupil;
    }

    public boolean withParents() {
        return withParents;
    }

    public String otherParticipants() {
        return otherParticipants;
    }

    public Set<Topic> topics() {
        EnumSet<Topic> set = EnumSet.noneOf(Topic.class);
        Arrays.stream(topics.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(Topic.valueOf(s)));
        return set;
    }

    public String agreements() {
        return agreements;
    }

    public LocalDate followUpDate() {
        return followUpDate;
    }

    public Outcome outcome() {
        return outcome;
    }
}
