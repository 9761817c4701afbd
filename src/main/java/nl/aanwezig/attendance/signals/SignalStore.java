package nl.aanwezig.attendance.signals;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stored signals. The unique facts (pupil, type, start, end) make storing one twice a no-op. */
@Repository
public class SignalStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignalStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when the signal is new. */
    public boolean insertIfNew(SignalRaised s) {
        return jdbc.update("""
                insert into signal (school_id, pupil_id, type, start_date, end_date, detail, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", s.schoolId(), s.pupilId(), s.type().name(),
                Date.valueOf(s.startDate()), Date.valueOf(s.endDate()), s.detail(), Timestamp.from(clock.instant())) == 1;
    }

    /**
     * Stores the signals not stored yet, a few thousand per statement instead of one statement each (a year's first
     * import finds thousands); returns the new ones in the given order, each set of facts once.
     */
    List<SignalRaised> insertNew(List<SignalRaised> signals) {
        List<SignalRaised> fresh = new ArrayList<>();
        for (int i = 0; i < signals.size(); i += BATCH) {
            List<SignalRaised> part = signals.subList(i, Math.min(signals.size(), i + BATCH));
            Set<Key> inserted = new HashSet<>(jdbc.query("""
                    insert into signal (school_id, pupil_id, type, start_date, end_date, detail, created_at)
                    select u.school_id, u.pupil_id, u.type, u.start_date, u.end_date, u.detail, ?
                    from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::date[], ?::date[], ?::varchar[])
                         as u (school_id, pupil_id, type, start_date, end_date, detail)
                    on conflict do nothing returning pupil_id, type, start_date, end_date""",
                    (rs, n) -> new Key(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getDate(4).toLocalDate()), Timestamp.from(clock.instant()),
                    part.stream().map(SignalRaised::schoolId).toArray(Long[]::new),
                    part.stream().map(SignalRaised::pupilId).toArray(Long[]::new),
                    part.stream().map(s -> s.type().name()).toArray(String[]::new),
                    part.stream().map(s -> s.startDate().toString()).toArray(String[]::new),
                    part.stream().map(s -> s.endDate().toString()).toArray(String[]::new),
                    part.stream().map(SignalRaised::detail).toArray(String[]::new)));
            // removed once found: a signal twice in the list is new once, as one insert after the other would be
            part.stream().filter(s -> inserted.remove(Key.of(s))).forEach(fresh::add);
        }
        return fresh;
    }

    private static final int BATCH = 5_000;

    /** The unique facts of a signal. */
    private record Key(long pupilId, String type, LocalDate start, LocalDate end) {
        static Key of(SignalRaised s) {
            return new Key(s.pupilId(), s.type().name(), s.startDate(), s.endDate());
        }
    }

    /**
     * DUO reports already raised, per pupil: detection restarts counting after them. One query for all the
     * pupils; pupils without reports are absent from the map.
     */
    Map<Long, List<DuoReport>> duoReports(Collection<Long> pupilIds) {
        Map<Long, List<DuoReport>> byPupil = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return byPupil;
        }
        jdbc.query("""
                select pupil_id, type, start_date, end_date from signal
                where pupil_id = any(?) and type = any(?)""", rs -> {
            byPupil.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new DuoReport(
                    rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), 0,
                    SignalType.valueOf(rs.getString(2)).reportKind().orElseThrow()));
        }, pupilIds.toArray(Long[]::new), new String[] {SignalType.DUO_16H.name(), SignalType.LUXE.name()});
        return byPupil;
    }

    /** Start dates of the signals of one type already raised, per pupil (one query for all the pupils). */
    Map<Long, List<LocalDate>> starts(Collection<Long> pupilIds, SignalType type) {
        Map<Long, List<LocalDate>> byPupil = new HashMap<>();
        if (!pupilIds.isEmpty()) {
            jdbc.query("select pupil_id, start_date from signal where pupil_id = any(?) and type = ?", rs -> {
                byPupil.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getDate(2).toLocalDate());
            }, pupilIds.toArray(Long[]::new), type.name());
        }
        return byPupil;
    }

    /** Signals of a school whose period overlaps [from, to], optionally of one type. */
    public List<StoredSignal> ofSchool(long schoolId, SignalType type, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select p.leerling, s.type, s.start_date, s.end_date, s.detail, p.id from signal s join pupil p on p.id = s.pupil_id
                where s.school_id = ? and (?::varchar is null or s.type = ?) and s.end_date >= ? and s.start_date <= ?
                order by s.end_date, p.leerling""", (rs, i) -> new StoredSignal(rs.getLong(6), rs.getString(1),
                SignalType.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                rs.getString(5)), schoolId, type == null ? null : type.name(), type == null ? null : type.name(),
                Date.valueOf(from), Date.valueOf(to));
    }

    /** A signal as the API lists it; the pupil's id is for the need-to-know check, not for the answer. */
    public record StoredSignal(long pupilId, String leerling, SignalType type, LocalDate startDate, LocalDate endDate, String detail) {
    }
}
