package nl.aanwezig.legal.absolute;

/**
 * Where a child without a school stands. OPEN: still at home; every other status ends the route (the child is
 * provided for, or no longer the region's or the law's concern). The table's check names the same values.
 */
public enum AbsenceStatus {
    OPEN,
    /** Ingeschreven op een school. */
    ENROLLED,
    /** Ander onderwijs- of zorgarrangement. */
    OTHER_ARRANGEMENT,
    /** Vrijstelling. */
    EXEMPTED,
    /** 18 jaar of een startkwalificatie. */
    AGED_OUT,
    /** Verhuisd uit de regio. */
    MOVED
}
