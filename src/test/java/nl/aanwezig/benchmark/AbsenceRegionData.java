package nl.aanwezig.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The region of {@link AbsenceRouteBenchmark} as a school administration (Magister) would export it: 40 VO schools,
 * {@code pupilsPerSchool} pupils in classes of 25, a timetable per class (6 or 7 hours a day, varying by class and
 * weekday) on the Magister preset's bell schedule, and the school year's absences with the preset's codes: sick days
 * (every lesson of the day), single lessons missed with other codes, late arrivals with and without minutes, and codes
 * that are no absence at all. Written at the same time as the registration rows the derivation must yield (pupil id,
 * date, start, end, status, reason, minutes late: tab separated for COPY). Deterministic for a seed and size.
 */
final class AbsenceRegionData {

    static final long SEED = 20_261_201L;
    static final int SCHOOLS = 40;
    static final int CLASS_SIZE = 25;
    static final int DEFAULT_MINUTES_LATE = 10;
    static final String PRESET = "magister";
    private static final String[] WEEKDAYS = {"ma", "di", "wo", "do", "vr"};
    private static final String[] LESSON_CODES = {"A", "AA", "S", "SA", "M", "Ma", "EH", "P", "V", "GE", "GI", "U",
        "VR", "ZH"};
    private static final String[] NO_ABSENCE_CODES = {"BV", "HV", "PR"};
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    final int pupilsPerSchool;
    /** Per preset code: canonical status and reason (null when none) of the lesson it marks. */
    private final Map<String, String[]> codes = new HashMap<>();
    /** Per VO hour (1..8): start and end, the same every weekday in the preset. */
    private final Map<Integer, String[]> hours = new HashMap<>();

    AbsenceRegionData(int pupilsPerSchool) throws IOException {
        this.pupilsPerSchool = pupilsPerSchool;
        for (String[] f : preset("codes")) {
            String status = switch (f[1]) {
                case "afwezig", "te_laat" -> f[1];
                default -> "aanwezig";
            };
            codes.put(f[0], new String[] {status, status.equals("afwezig") && !f[2].isEmpty() ? f[2] : null});
        }
        for (String[] f : preset("lesson-hours")) {
            hours.put(Integer.parseInt(f[1]), new String[] {f[2], f[3]});
        }
    }

    static String brin(int school) {
        return "9V%02d".formatted(school);
    }

    static String leerling(int k) {
        return String.valueOf(200_000 + k);
    }

    int pupils() {
        return SCHOOLS * pupilsPerSchool;
    }

    /** The classes of every school, none with a mentor (the pupils file names none). */
    java.util.Map<String, String> classes() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int k = 0; k < pupilsPerSchool; k += CLASS_SIZE) {
            out.put(klas(k), null);
        }
        return out;
    }

    private static String klas(int k) {
        int c = k / CLASS_SIZE;
        return (1 + c % 6) + String.valueOf((char) ('A' + c / 6 % 26));
    }

    /** Hours on a weekday (1 = Monday) for the class of pupil number k: 7 on two days of the week, else 6. */
    private static int lessons(int k, int weekday) {
        return (k / CLASS_SIZE + weekday) % 5 < 2 ? 7 : 6;
    }

    /** The weekdays that are not school days in {@link RegionData#schoolDays()}, as holiday periods (first, last). */
    static List<LocalDate[]> holidays() {
        Set<LocalDate> school = new HashSet<>(RegionData.schoolDays());
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate[] open = null;
        for (LocalDate d = RegionData.FIRST_DAY; !d.isAfter(RegionData.LAST_DAY); d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
            if (weekday && !school.contains(d)) {
                if (open == null) {
                    open = new LocalDate[] {d, d};
                    out.add(open);
                }
                open[1] = d;
            } else if (weekday) {
                open = null;
            }
        }
        return out;
    }

    void writePupils(Path file) throws IOException {
        try (BufferedWriter out = writer(file)) {
            out.write(RegionData.PUPILS_HEADER);
            for (int s = 0; s < SCHOOLS; s++) {
                for (int k = 0; k < pupilsPerSchool; k++) {
                    out.write(brin(s) + ";" + leerling(k) + ";Kim" + k + ";Verzuim" + s + ";2011-0" + (1 + k % 9)
                            + "-1" + k % 9 + ";VO;" + klas(k) + ";;nee\n");
                }
            }
        }
    }

    /** One timetable file for the region: every class of every school, its hours per weekday, the whole year. */
    void writeTimetable(Path file) throws IOException {
        try (BufferedWriter out = writer(file)) {
            out.write("school;klas;leerling;weekdag;lesuur;geldig_van;geldig_tot\n");
            for (int s = 0; s < SCHOOLS; s++) {
                for (int k = 0; k < pupilsPerSchool; k += CLASS_SIZE) {
                    for (int w = 1; w <= 5; w++) {
                        for (int h = 1; h <= lessons(k, w); h++) {
                            out.write(brin(s) + ";" + klas(k) + ";;" + WEEKDAYS[w - 1] + ";" + h + ";"
                                    + RegionData.FIRST_DAY + ";" + RegionData.LAST_DAY + "\n");
                        }
                    }
                }
            }
        }
    }

    /**
     * The absence export of the region's year (one file, all schools) and the registration rows it means, lesson by
     * lesson. About 8% of the lessons absent (sick days about 5%, single lessons about 3%), 2% late (half with
     * minutes, half with only the code: the school's default applies), 0.5% a code that is no absence.
     *
     * @param pupilIds database id per pupil (index school * pupilsPerSchool + k)
     * @return {absence lines, registration rows}
     */
    long[] writeYear(List<LocalDate> days, long[] pupilIds, Path absences, Path copyRows) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        long lines = 0;
        long rows = 0;
        try (BufferedWriter out = writer(absences); BufferedWriter tsv = writer(copyRows)) {
            out.write("school;leerling;datum;lesuur;code;minuten_te_laat\n");
            for (LocalDate date : days) {
                String iso = date.toString();
                String dutch = date.format(DUTCH);
                int weekday = date.getDayOfWeek().getValue();
                for (int g = 0; g < pupils(); g++) {
                    int k = g % pupilsPerSchool;
                    String prefix = brin(g / pupilsPerSchool) + ";" + leerling(k) + ";" + dutch + ";";
                    String dayCode = random.nextDouble() < 0.05 ? (random.nextInt(4) == 0 ? "Zb" : "Z") : null;
                    for (int h = 1; h <= lessons(k, weekday); h++) {
                        String code = dayCode;
                        Integer minutes = null;
                        if (code == null) {
                            double r = random.nextDouble();
                            if (r < 0.03) {
                                code = LESSON_CODES[random.nextInt(LESSON_CODES.length)];
                            } else if (r < 0.05) {
                                code = random.nextBoolean() ? "L" : "T";
                                minutes = random.nextBoolean() ? 1 + random.nextInt(20) : null;
                            } else if (r < 0.055) {
                                code = NO_ABSENCE_CODES[random.nextInt(NO_ABSENCE_CODES.length)];
                            }
                        }
                        if (code != null) {
                            out.write(prefix + h + "e uur;" + code + ";" + (minutes == null ? "" : minutes) + "\n");
                            lines++;
                        }
                        tsv.write(row(pupilIds[g], iso, h, code, minutes));
                        rows++;
                    }
                }
            }
        }
        return new long[] {lines, rows};
    }

    /** The registration this lesson is, as the derivation writes it. */
    private String row(long pupilId, String date, int hour, String code, Integer minutes) {
        String[] c = code == null ? new String[] {"aanwezig", null} : codes.get(code);
        int late = c[0].equals("te_laat") ? (minutes == null ? DEFAULT_MINUTES_LATE : minutes) : 0;
        String[] time = hours.get(hour);
        return pupilId + "\t" + date + "\t" + time[0] + "\t" + time[1] + "\t" + c[0] + "\t"
                + (c[1] == null ? "\\N" : c[1]) + "\t" + late + "\n";
    }

    /** The preset's CSV (header skipped), from the classpath as the app reads it. */
    private static List<String[]> preset(String kind) throws IOException {
        try (InputStream in = AbsenceRegionData.class.getResourceAsStream("/absence-presets/" + PRESET + "-" + kind
                + ".csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            List<String[]> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    out.add(lines[i].split(";", -1));
                }
            }
            return out;
        }
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
    }
}
