package nl.aanwezig.attendance.figures;

import java.util.List;
import nl.aanwezig.school.Sector;

/** Whose figures: one pupil or a group of pupils. Groups are the sum of their pupils. */
public sealed interface Scope {

    /** One pupil. */
    record OfPupil(long pupilId) implements Scope {
    }

    /** Some pupils, e.g. a mentor's own. */
    record OfPupils(List<Long> pupilIds) implements Scope {
        public OfPupils {
            pupilIds = List.copyOf(pupilIds);
        }
    }

    /** The pupils of a class. */
    record OfClass(long classId) implements Scope {
    }

    /** The pupils of a school. */
    record OfSchool(long schoolId) implements Scope {
    }

    /** The pupils of a school whose class is of this level (see {@link Levels}). */
    record OfLevel(long schoolId, int level) implements Scope {
    }

    /** All pupils of a sector, across schools. */
    record OfSector(Sector sector) implements Scope {
    }

    /** The pupils of the schools of a region (SWV). */
    record OfRegion(long regionId) implements Scope {
    }
}
