package nl.aanwezig.school;

/** A pupil import gave a pupil another mentor (usernames; either may be null). */
public record MentorChanged(long pupilId, String oldMentor, String newMentor) {
}
