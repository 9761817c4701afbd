package nl.aanwezig.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.aanwezig.school.Sector;

/**
 * A generated region for the benchmark: 40 schools (32 VO, 8 PO), {@code pupilsPerSchool} pupils each, and
 * their registrations day by day. Deterministic: the same seed and size give the same files, byte for byte
 * (as long as the year is written before the extra day, as {@link RegionBenchmark} does).
 *
 * <p>Every pupil has a profile (60% green, 25% yellow, 10% orange, 5% red by intent, each scaled by a personal
 * factor so the bands overlap): sick episodes of several days, lessons missed with reason onbekend, spijbelen
 * or medisch, late arrivals, now and then a day of verlof or luxe verzuim. Rows are written in the canonical
 * CSV (for the app) and, at the same time, registration-shaped with pupil ids (for the raw COPY baseline).
 */
final class RegionData {

    static final long SEED = 20_250_818L;
    static final int SCHOOLS = 40;
    static final String REGION = "SWV Benchmark";
    static final String CSV_HEADER = "school;leerling;datum;start;eind;status;reden;minuten_te_laat\n";
    static final String PUPILS_HEADER =
            "school;leerling;voornaam;achternaam;geboortedatum;sector;klas;mentor;startkwalificatie\n";

    /** School year 2025/26 as generated: first and last school day, and the holiday weeks (Mondays). */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 8, 18);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 7, 10);
    /** The "day's import" after the year: the next school day. */
    static final LocalDate EXTRA_DAY = LocalDate.of(2026, 7, 13);
    private static final List<LocalDate> HOLIDAY_MONDAYS = List.of(
            LocalDate.of(2025, 10, 20),                              // herfstvakantie
            LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 29),  // kerstvakantie
            LocalDate.of(2026, 2, 16),                               // voorjaarsvakantie
            LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 4));    // meivakantie

    private static final LocalTime[] VO_STARTS = {LocalTime.of(8, 30), LocalTime.of(9, 20), LocalTime.of(10, 30),
        LocalTime.of(11, 20), LocalTime.of(12, 40), LocalTime.of(13, 30), LocalTime.of(14, 20)};
    private static final int VO_MINUTES = 50;

    final int pupilsPerSchool;
    private final String[] brin = new String[SCHOOLS];
    private final Sector[] sector = new Sector[SCHOOLS];
    /** Per pupil (index school * pupilsPerSchool + k). */
    private final String[] csvPrefix;
    private final String[] klas;
    private final double[] sickStart;
    private final double[] sickLength;
    private final double[] onbekend;
    private final double[] spijbelen;
    private final double[] medisch;
    private final double[] late;
    private final double[] dayOff;
    private final int[] sickLeft;
    private final SplittableRandom days = new SplittableRandom(SEED + 1);

    /** VO: start and end per slot; PO: two half-days (Wednesday afternoon free). */
    private final String[] voStart = new String[VO_STARTS.length];
    private final String[] voEnd = new String[VO_STARTS.length];

    RegionData(int pupilsPerSchool) {
        this.pupilsPerSchool = pupilsPerSchool;
        int pupils = SCHOOLS * pupilsPerSchool;
        csvPrefix = new String[pupils];
        klas = new String[pupils];
        sickStart = new double[pupils];
        sickLength = new double[pupils];
        onbekend = new double[pupils];
        spijbelen = new double[pupils];
        medisch = new double[pupils];
        late = new double[pupils];
        dayOff = new double[pupils];
        sickLeft = new int[pupils];
        for (int s = 0; s < SCHOOLS; s++) {
            brin[s] = "9R%02d".formatted(s);
            sector[s] = s % 5 == 4 ? Sector.PO : Sector.VO;
        }
        SplittableRandom profiles = new SplittableRandom(SEED);
        for (int g = 0; g < pupils; g++) {
            int s = g / pupilsPerSchool;
            int k = g % pupilsPerSchool;
            csvPrefix[g] = brin[s] + ";" + leerling(k) + ";";
            int classIndex = k / 25;
            klas[g] = sector[s] == Sector.VO ? (1 + classIndex % 6) + String.valueOf((char) ('A' + classIndex / 6 % 26))
                    : "groep " + (1 + classIndex % 8) + (char) ('a' + classIndex / 8 % 26);
            double p = profiles.nextDouble();
            double f = 0.5 + profiles.nextDouble(); // personal factor 0.5 .. 1.5
            if (p < 0.60) {        // green
                set(g, 0.010 * f, 1.5, 0.003 * f, 0.001 * f, 0.004, 0.03 * f, 0.002);
            } else if (p < 0.85) { // yellow
                set(g, 0.030 * f, 2.5, 0.010 * f, 0.010 * f, 0.010, 0.06 * f, 0.003);
            } else if (p < 0.95) { // orange
                set(g, 0.045 * f, 4.0, 0.040 * f, 0.050 * f, 0.020, 0.10 * f, 0.004);
            } else {               // red: long sick episodes and truancy
                set(g, 0.050 * f, 9.0, 0.080 * f, 0.120 * f, 0.020, 0.10 * f, 0.004);
            }
        }
        for (int i = 0; i < VO_STARTS.length; i++) {
            voStart[i] = VO_STARTS[i].toString();
            voEnd[i] = VO_STARTS[i].plusMinutes(VO_MINUTES).toString();
        }
    }

    private void set(int g, double sickStart, double sickLength, double onbekend, double spijbelen, double medisch,
                     double late, double dayOff) {
        this.sickStart[g] = sickStart;
        this.sickLength[g] = sickLength;
        this.onbekend[g] = onbekend;
        this.spijbelen[g] = spijbelen;
        this.medisch[g] = medisch;
        this.late[g] = late;
        this.dayOff[g] = dayOff;
    }

    int pupils() {
        return SCHOOLS * pupilsPerSchool;
    }

    String brin(int school) {
        return brin[school];
    }

    Sector sector(int school) {
        return sector[school];
    }

    static String leerling(int k) {
        return String.valueOf(100_000 + k);
    }

    /** The school days of the generated year. */
    static List<LocalDate> schoolDays() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
            LocalDate day = d;
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean holiday = HOLIDAY_MONDAYS.stream().anyMatch(m -> !day.isBefore(m) && day.isBefore(m.plusDays(7)));
            if (!weekend && !holiday) {
                out.add(d);
            }
        }
        return out;
    }

    /** The mentor login of a pupil's class at a school. */
    private String mentor(int s, String klas) {
        return "m." + brin[s].toLowerCase() + "." + klas.replace(' ', '-');
    }

    /** The classes of school {@code s}, each with its mentor, in the order the pupils file names them. */
    java.util.Map<String, String> mentorByClass(int s) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int g = s * pupilsPerSchool; g < (s + 1) * pupilsPerSchool; g++) {
            out.putIfAbsent(klas[g], mentor(s, klas[g]));
        }
        return out;
    }

    /**
     * What the admin creates before a pupils file may name them: the classes of a school and their mentors (accounts
     * with role MENTOR of that school; {@code null} mentor: none), in two batches, not one login at a time.
     */
    static void createClassesAndMentors(org.springframework.jdbc.core.JdbcTemplate jdbc, long schoolId,
                                        java.util.Map<String, String> mentorByClass) {
        jdbc.batchUpdate("insert into school_class (school_id, name) values (?, ?) on conflict do nothing",
                mentorByClass.keySet().stream().map(k -> new Object[] {schoolId, k}).toList());
        jdbc.batchUpdate("insert into staff_account (username, display_name, password_hash, role, school_id) "
                        + "values (?, ?, '{noop}bench', 'MENTOR', ?) on conflict do nothing",
                mentorByClass.values().stream().filter(java.util.Objects::nonNull).distinct()
                        .map(m -> new Object[] {m, "Mentor " + m, schoolId}).toList());
    }

    /** The pupils file for the app's import. */
    void writePupils(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(PUPILS_HEADER);
            for (int g = 0; g < pupils(); g++) {
                int s = g / pupilsPerSchool;
                int k = g % pupilsPerSchool;
                int level = Integer.parseInt(klas[g].replaceAll("\\D+", " ").trim().split(" ")[0]);
                LocalDate born = sector[s] == Sector.VO ? LocalDate.of(2012 - level + 1, 1 + k % 12, 1 + k % 28)
                        : LocalDate.of(2021 - level, 1 + k % 12, 1 + k % 28);
                out.write(brin[s] + ";" + leerling(k) + ";Kim" + k + ";Bench" + s + ";" + born + ";" + sector[s] + ";"
                        + klas[g] + ";" + mentor(s, klas[g]) + ";nee\n");
            }
        }
    }

    /**
     * Writes the registrations of {@code dates}, in date, school, pupil, lesson order: the canonical CSV and the
     * same rows registration-shaped (tab separated: pupil_id, date, start, end, status, reason, minutes_late).
     *
     * @param pupilIds database id per pupil index
     * @return rows written
     */
    long writeRegistrations(List<LocalDate> dates, long[] pupilIds, Path csv, Path copyRows) throws IOException {
        long rows = 0;
        try (BufferedWriter out = writer(csv); BufferedWriter tsv = writer(copyRows)) {
            out.write(CSV_HEADER);
            for (LocalDate date : dates) {
                String day = date.toString();
                int dow = date.getDayOfWeek().getValue();
                for (int g = 0; g < pupils(); g++) {
                    Sector sec = sector[g / pupilsPerSchool];
                    String dayReason = dayReason(g);
                    int lessons = sec == Sector.VO ? ((g + dow) % 5 < 2 ? 7 : 6) : (dow == 3 ? 1 : 2);
                    for (int l = 0; l < lessons; l++) {
                        String start;
                        String end;
                        int minutes;
                        if (sec == Sector.VO) {
                            start = voStart[l];
                            end = voEnd[l];
                            minutes = VO_MINUTES;
                        } else {
                            start = l == 0 ? "08:30" : "13:00";
                            end = l == 0 ? (dow == 3 ? "12:15" : "12:00") : "15:00";
                            minutes = l == 0 ? (dow == 3 ? 225 : 210) : 120;
                        }
                        String status;
                        String reason = dayReason;
                        int minutesLate = 0;
                        if (reason == null) {
                            double r = days.nextDouble();
                            if (r < onbekend[g]) {
                                reason = "onbekend";
                            } else if ((r -= onbekend[g]) < spijbelen[g]) {
                                reason = "spijbelen";
                            } else if ((r -= spijbelen[g]) < medisch[g]) {
                                reason = "medisch";
                            } else if (r - medisch[g] < late[g]) {
                                minutesLate = 1 + days.nextInt(Math.min(20, minutes - 1));
                            }
                        }
                        status = reason != null ? "afwezig" : minutesLate > 0 ? "te_laat" : "aanwezig";
                        out.write(csvPrefix[g]);
                        out.write(day);
                        out.write(';');
                        out.write(start);
                        out.write(';');
                        out.write(end);
                        out.write(';');
                        out.write(status);
                        out.write(';');
                        if (reason != null) {
                            out.write(reason);
                        }
                        out.write(';');
                        if (minutesLate > 0) {
                            out.write(Integer.toString(minutesLate));
                        }
                        out.write('\n');
                        tsv.write(Long.toString(pupilIds[g]));
                        tsv.write('\t');
                        tsv.write(day);
                        tsv.write('\t');
                        tsv.write(start);
                        tsv.write('\t');
                        tsv.write(end);
                        tsv.write('\t');
                        tsv.write(status);
                        tsv.write('\t');
                        tsv.write(reason == null ? "\\N" : reason);
                        tsv.write('\t');
                        tsv.write(Integer.toString(minutesLate));
                        tsv.write('\n');
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** A reason for the whole day (a sick episode, verlof, luxe verzuim), or null for lesson by lesson. */
    private String dayReason(int g) {
        if (sickLeft[g] > 0) {
            sickLeft[g]--;
            return "ziek";
        }
        double r = days.nextDouble();
        if (r < sickStart[g]) {
            // geometric length with the profile's mean, today included
            int length = 1;
            while (days.nextDouble() > 1 / sickLength[g] && length < 30) {
                length++;
            }
            sickLeft[g] = length - 1;
            return "ziek";
        }
        if (r - sickStart[g] < dayOff[g]) {
            return days.nextInt(3) == 0 ? "luxeverzuim" : "verlof";
        }
        return null;
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
    }
}
