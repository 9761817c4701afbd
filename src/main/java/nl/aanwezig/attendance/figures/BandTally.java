package nl.aanwezig.attendance.figures;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.Band;

/** Adds pupils per band up into pyramids, for {@link FiguresService}: the counts from SQL, or pupils one by one. */
final class BandTally {

    private BandTally() {
    }

    /** Band counts per group key (null: no group, or no class); every pupil is in one group, so they add up. */
    static FiguresService.Breakdown breakdown(List<FiguresQueries.BandCount> bandCounts) {
        Map<Long, Map<Band, Integer>> counts = new HashMap<>();
        Map<Long, Integer> without = new HashMap<>();
        Map<Band, Integer> total = new EnumMap<>(Band.class);
        int totalWithout = 0;
        for (FiguresQueries.BandCount c : bandCounts) {
            Map<Band, Integer> group = counts.computeIfAbsent(c.groupKey(), k -> new EnumMap<>(Band.class));
            if (c.band() == null) {
                without.merge(c.groupKey(), c.pupils(), Integer::sum);
                totalWithout += c.pupils();
            } else {
                group.merge(c.band(), c.pupils(), Integer::sum);
                total.merge(c.band(), c.pupils(), Integer::sum);
            }
        }
        Map<Long, Pyramid> groups = new HashMap<>();
        counts.forEach((key, perBand) -> {
            if (key != null) {
                groups.put(key, new Pyramid(perBand, without.getOrDefault(key, 0)));
            }
        });
        return new FiguresService.Breakdown(new Pyramid(total, totalWithout), groups);
    }

    /** Each pupil classified in Java under these bands; pupils with nothing scheduled counted apart. */
    static Pyramid pyramidOf(Collection<FiguresService.Attendance> pupils, BandPolicy bands) {
        Map<Band, Integer> counts = new EnumMap<>(Band.class);
        int without = 0;
        for (FiguresService.Attendance a : pupils) {
            Band band = bands.classify(a.presentMinutes(), a.scheduledMinutes());
            if (band == null) {
                without++;
            } else {
                counts.merge(band, 1, Integer::sum);
            }
        }
        return new Pyramid(counts, without);
    }
}
