package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random facts of one school (pupils, a bell schedule, class timetables that change halfway, one pupil with a
 * timetable of their own, the absences with the preset's codes), written two ways: as the files of the absence-only
 * route and, computed here independently of the app, as the canonical per-lesson file of the same facts.
 */
final class AbsenceRouteFacts {

    static final LocalDate FROM = LocalDate.of(2026, 8, 31);
    static final LocalDate TO = LocalDate.of(2026, 11, 27);
    static final LocalDate CHANGE = LocalDate.of(2026, 10, 12);
    static final LocalDate YEAR_END = LocalDate.of(2027, 7, 16);
    /** Herfstvakantie and a study day: no lessons. */
    static final LocalDate HOLIDAY_FIRST = LocalDate.of(2026, 10, 19);
    static final LocalDate HOLIDAY_LAST = LocalDate.of(2026, 10, 23);
    static final LocalDate STUDY_DAY = LocalDate.of(2026, 11, 11);
    static final int DEFAULT_MINUTES_LATE = 10;

    record Hour(String label, LocalTime start, LocalTime end) {
        int minutes() {
            return (int) Duration.between(start, end).toMinutes();
        }
    }

    /** A code of the preset as the test reads it: status and reason. */
    record Code(String code, String status, String reason) {
    }

    /** One entry: class (or pupil), weekday, hour label, valid from/to. */
    record Entry(String klas, String leerling, int weekday, String hour, LocalDate from, LocalDate to) {
    }

    /** One absence of the export; minutes may be null. */
    record Absence(String leerling, LocalDate date, String hour, String code, Integer minutes) {
    }

    final String sector;
    final Map<Integer, List<Hour>> hours = new LinkedHashMap<>();
    final Map<String, String> classOf = new LinkedHashMap<>();
    final List<Entry> timetable = new ArrayList<>();
    final List<Absence> absences = new ArrayList<>();
    final List<Code> codes;
    private final Random random;

    private AbsenceRouteFacts(long seed, String sector, String prefix, int pupils) {
        this.random = new Random(seed);
        this.sector = sector;
        this.codes = presetCodes(sector.equals("PO") ? "parnassys" : "magister");
        bellSchedule();
        List<String> classes = sector.equals("PO") ? List.of("5A", "7B") : List.of("1A", "2B");
        for (int i = 0; i < pupils; i++) {
            classOf.put(prefix + String.format("%03d", i), classes.get(i % 2));
        }
        for (String klas : classes) {
            classTimetable(klas, FROM, CHANGE.minusDays(1));
            classTimetable(klas, CHANGE, YEAR_END);
        }
        String own = classOf.keySet().iterator().next();
        for (int day = 1; day <= 5; day++) {
            for (Hour h : hours.get(day).subList(0, Math.min(hours.get(day).size(), sector.equals("PO") ? 1 : 4))) {
                timetable.add(new Entry("", own, day, h.label(), FROM, YEAR_END));
            }
        }
        absences();
    }

    static AbsenceRouteFacts random(long seed, String sector, String prefix, int pupils) {
        return new AbsenceRouteFacts(seed, sector, prefix, pupils);
    }

    private void bellSchedule() {
        for (int day = 1; day <= 5; day++) {
            List<Hour> list = new ArrayList<>();
            if (sector.equals("PO")) {
                list.add(new Hour("ochtend", LocalTime.of(8, 30), LocalTime.of(12, 0)));
                if (day != 3) {
                    list.add(new Hour("middag", LocalTime.of(13, 0), LocalTime.of(15, 0)));
                }
            } else {
                for (int h = 1; h <= 8; h++) {
                    LocalTime start = LocalTime.of(8, 30).plusMinutes((h - 1) * 50L + (h > 2 ? 15 : 0) + (h > 5 ? 30 : 0));
                    list.add(new Hour(String.valueOf(h), start, start.plusMinutes(50)));
                }
            }
            hours.put(day, list);
        }
    }

    private void classTimetable(String klas, LocalDate from, LocalDate to) {
        for (int day = 1; day <= 5; day++) {
            for (Hour h : hours.get(day)) {
                if (random.nextDouble() < 0.85) {
                    timetable.add(new Entry(klas, "", day, h.label(), from, to));
                }
            }
        }
    }

    /** The hours the pupil has on a date, by the rule the app documents: their own timetable replaces the class's. */
    List<Hour> scheduled(String leerling, LocalDate date) {
        if (!schoolDay(date)) {
            return List.of();
        }
        int day = date.getDayOfWeek().getValue();
        boolean own = timetable.stream().anyMatch(e -> e.leerling().equals(leerling) && valid(e, date));
        return hours.getOrDefault(day, List.of()).stream().filter(h -> timetable.stream().anyMatch(e -> valid(e, date)
                && e.weekday() == day && e.hour().equals(h.label())
                && (own ? e.leerling().equals(leerling) : e.leerling().isEmpty() && e.klas().equals(classOf.get(leerling)))))
                .toList();
    }

    private static boolean valid(Entry e, LocalDate date) {
        return !date.isBefore(e.from()) && !date.isAfter(e.to());
    }

    static boolean schoolDay(LocalDate date) {
        return date.getDayOfWeek().getValue() <= 5 && !date.equals(STUDY_DAY)
                && (date.isBefore(HOLIDAY_FIRST) || date.isAfter(HOLIDAY_LAST));
    }

    private void absences() {
        for (String leerling : classOf.keySet()) {
            // some pupils are absent far more often, so bands and signals differ between pupils
            double rate = random.nextDouble() < 0.3 ? 0.45 : 0.08;
            for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
                for (Hour h : scheduled(leerling, d)) {
                    if (random.nextDouble() < rate) {
                        Code code = codes.get(random.nextInt(codes.size()));
                        Integer minutes = code.status().equals("te_laat") && random.nextBoolean()
                                ? 1 + random.nextInt(Math.min(h.minutes() - 1, 40)) : null;
                        absences.add(new Absence(leerling, d, h.label(), code.code(), minutes));
                    }
                }
            }
        }
        // absences the timetable does not hold: on a holiday, and (VO) in an hour outside the bell schedule
        String first = classOf.keySet().iterator().next();
        absences.add(new Absence(first, HOLIDAY_FIRST.plusDays(1), hours.get(3).getFirst().label(),
                codes.getFirst().code(), null));
        if (sector.equals("VO")) {
            absences.add(new Absence(first, FROM.plusDays(1), "9", codes.getFirst().code(), null));
        }
    }

    String pupilsCsv(String brin) {
        StringBuilder csv = new StringBuilder("school;leerling;voornaam;achternaam;geboortedatum;sector;klas;mentor;"
                + "startkwalificatie\n");
        classOf.forEach((leerling, klas) -> csv.append(String.join(";", brin, leerling, "Kim", "Test" + leerling,
                sector.equals("PO") ? "2017-05-01" : "2012-05-01", sector, klas, "", "nee")).append('\n'));
        return csv.toString();
    }

    String lessonHoursCsv() {
        StringBuilder csv = new StringBuilder("weekdag;lesuur;start;eind\n");
        String[] names = {"ma", "di", "wo", "do", "vr"};
        hours.forEach((day, list) -> list.forEach(h -> csv.append(String.join(";", names[day - 1],
                h.label(), h.start().toString(), h.end().toString())).append('\n')));
        return csv.toString();
    }

    String timetableCsv(String brin) {
        StringBuilder csv = new StringBuilder("school;klas;leerling;weekdag;lesuur;geldig_van;geldig_tot\n");
        for (Entry e : timetable) {
            csv.append(String.join(";", brin, e.klas(), e.leerling(), DayOfWeek.of(e.weekday()).toString().toLowerCase(),
                    e.hour(), e.from().toString(), e.to().toString())).append('\n');
        }
        return csv.toString();
    }

    /** The export as a pupil administration writes it: Dutch dates half the time, "3e uur", codes in any case. */
    String absenceCsv(String brin, List<Absence> which) {
        DateTimeFormatter dutch = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        StringBuilder csv = new StringBuilder("school;leerling;datum;lesuur;code;minuten_te_laat\n");
        int i = 0;
        for (Absence a : which) {
            boolean variant = i++ % 2 == 0;
            String hour = sector.equals("PO") ? (variant ? a.hour().substring(0, 1) : a.hour())
                    : (variant ? a.hour() + "e uur" : a.hour());
            csv.append(String.join(";", brin, a.leerling(), variant ? a.date().format(dutch) : a.date().toString(),
                    hour, variant ? a.code().toLowerCase() : a.code(), a.minutes() == null ? "" : a.minutes().toString()))
                    .append('\n');
        }
        return csv.toString();
    }

    /** The per-lesson canonical file of the same facts: every scheduled lesson, present unless an absence says else. */
    String canonicalCsv(String brin) {
        Map<String, Absence> byLesson = new LinkedHashMap<>();
        absences.forEach(a -> byLesson.put(a.leerling() + "|" + a.date() + "|" + a.hour(), a));
        StringBuilder csv = new StringBuilder("school;leerling;datum;start;eind;status;reden;minuten_te_laat\n");
        for (String leerling : classOf.keySet()) {
            for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
                for (Hour h : scheduled(leerling, d)) {
                    Absence a = byLesson.get(leerling + "|" + d + "|" + h.label());
                    Code c = a == null ? null : codes.stream().filter(x -> x.code().equals(a.code())).findFirst().orElseThrow();
                    String status = c == null || Set.of("aanwezig", "geen").contains(c.status()) ? "aanwezig" : c.status();
                    String reason = status.equals("afwezig") ? c.reason() : "";
                    String minutes = status.equals("te_laat")
                            ? String.valueOf(a.minutes() == null ? DEFAULT_MINUTES_LATE : a.minutes()) : "";
                    csv.append(String.join(";", brin, leerling, d.toString(), h.start().toString(), h.end().toString(),
                            status, reason, minutes)).append('\n');
                }
            }
        }
        return csv.toString();
    }

    /** The preset's code list, read here line by line (not through the app's parser). */
    private static List<Code> presetCodes(String preset) {
        try (InputStream in = AbsenceRouteFacts.class.getResourceAsStream("/absence-presets/" + preset + "-codes.csv")) {
            List<Code> list = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(";", -1);
                list.add(new Code(f[0], f[1], f[2]));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
