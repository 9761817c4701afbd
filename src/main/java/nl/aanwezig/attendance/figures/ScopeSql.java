package nl.aanwezig.attendance.figures;

import java.util.List;

/**
 * A {@link Scope} as a condition on an aggregate table aliased {@code ad} (which has pupil_id and school_id).
 *
 * @param condition SQL boolean expression with {@code ?} placeholders
 * @param args      values for the placeholders, in order
 */
record ScopeSql(String condition, List<Object> args) {

    /** Level scopes need the class ids of that level, which {@link Levels} derives in Java. */
    static ScopeSql of(Scope scope, List<Long> levelClassIds) {
        return switch (scope) {
            case Scope.OfPupil p -> new ScopeSql("ad.pupil_id = ?", List.of(p.pupilId()));
            case Scope.OfPupils p -> new ScopeSql("ad.pupil_id = any(?)",
                    List.of((Object) p.pupilIds().toArray(Long[]::new)));
            case Scope.OfClass c -> new ScopeSql("ad.pupil_id in (select id from pupil where class_id = ?)",
                    List.of(c.classId()));
            case Scope.OfSchool s -> new ScopeSql("ad.school_id = ?", List.of(s.schoolId()));
            case Scope.OfLevel l -> new ScopeSql(
                    "ad.school_id = ? and ad.pupil_id in (select id from pupil where class_id = any(?))",
                    List.of(l.schoolId(), levelClassIds.toArray(Long[]::new)));
            case Scope.OfSector s -> new ScopeSql("ad.pupil_id in (select id from pupil where sector = ?)",
                    List.of(s.sector().name()));
            case Scope.OfRegion r -> new ScopeSql("ad.school_id in (select id from school where region_id = ?)",
                    List.of(r.regionId()));
        };
    }

    /** The scope's arguments followed by more. */
    Object[] argsThen(Object... more) {
        Object[] all = new Object[args.size() + more.length];
        for (int i = 0; i < args.size(); i++) {
            all[i] = args.get(i);
        }
        System.arraycopy(more, 0, all, args.size(), more.length);
        return all;
    }
}
