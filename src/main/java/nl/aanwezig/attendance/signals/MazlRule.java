package nl.aanwezig.attendance.signals;

import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.domain.SickEpisode;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * M@ZL (medische advisering van de ziek gemelde leerling) signals for one pupil, based on the sick
 * episodes of {@link SickEpisode}.
 *
 * <ul>
 *   <li>{@link MazlSignal.Kind#FOURTH_REPORT_IN_12_WEEKS}: four sick reports whose starts lie within 12
 *       weeks, i.e. the fourth starts less than 84 days after the first. After a signal the four reports
 *       are used up: the next signal needs four new reports, so a fifth report does not re-signal.</li>
 *   <li>{@link MazlSignal.Kind#SEVENTH_CONSECUTIVE_DAY}: a sick report reaching its seventh sick school
 *       day (weekends and holidays are not school days), once per report.</li>
 * </ul>
 */
public final class MazlRule {

    static final int WINDOW_DAYS = 84;
    static final int REPORTS_FOR_SIGNAL = 4;
    static final int CONSECUTIVE_DAYS_FOR_SIGNAL = 7;

    private MazlRule() {
    }

    /** The signals in the lessons of one pupil, ordered by end date. */
    public static List<MazlSignal> detect(Collection<Lesson> lessonsOfOnePupil) {
        List<SickEpisode> episodes = SickEpisode.of(lessonsOfOnePupil);
        List<MazlSignal> signals = new ArrayList<>(fourthReports(episodes));
        for (SickEpisode episode : episodes) {
            if (episode.days().size() >= CONSECUTIVE_DAYS_FOR_SIGNAL) {
                signals.add(new MazlSignal(MazlSignal.Kind.SEVENTH_CONSECUTIVE_DAY, episode.start(),
                        episode.days().get(CONSECUTIVE_DAYS_FOR_SIGNAL - 1)));
            }
        }
        signals.sort(Comparator.comparing(MazlSignal::endDate).thenComparing(MazlSignal::kind));
        return signals;
    }

    private static List<MazlSignal> fourthReports(List<SickEpisode> episodes) {
        List<MazlSignal> signals = new ArrayList<>();
        Deque<LocalDate> starts = new ArrayDeque<>();
        for (SickEpisode episode : episodes) {
            LocalDate start = episode.start();
            while (!starts.isEmpty() && !start.isBefore(starts.peekFirst().plusDays(WINDOW_DAYS))) {
                starts.removeFirst();
            }
            starts.addLast(start);
            if (starts.size() == REPORTS_FOR_SIGNAL) {
                signals.add(new MazlSignal(MazlSignal.Kind.FOURTH_REPORT_IN_12_WEEKS, starts.peekFirst(), start));
                starts.clear();
            }
        }
        return signals;
    }
}
