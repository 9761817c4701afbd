package nl.aanwezig.attendance.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The pupils an import changed, whom detection looks at, or every pupil of the school ({@link #ALL}) when the import
 * did not say. A day's import of a few pupils then reads a few pupils' rows, not the school's.
 */
record Changed(Long[] pupilIds) {

    static final Changed ALL = new Changed(null);

    static Changed of(Set<Long> pupilIds) {
        return pupilIds == null ? ALL : new Changed(pupilIds.toArray(Long[]::new));
    }

    boolean all() {
        return pupilIds == null;
    }

    /**
     * {@code " and <column> = any(?)"}, or nothing for every pupil; the text is only added (and its argument only
     * bound) when needed, so the plan for the whole school is the one it always was.
     */
    String and(String column) {
        return all() ? "" : " and " + column + " = any(?)";
    }

    /** The arguments with the pupils' array after them when {@link #and} added its placeholder. */
    Object[] args(Object... before) {
        if (all()) {
            return before;
        }
        List<Object> args = new ArrayList<>(Arrays.asList(before));
        args.add(pupilIds);
        return args.toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Changed c && Arrays.equals(pupilIds, c.pupilIds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pupilIds);
    }

    @Override
    public String toString() {
        return all() ? "all pupils" : pupilIds.length + " pupils";
    }
}
