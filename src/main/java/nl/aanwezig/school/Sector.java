package nl.aanwezig.school;

/** Education sector of a school or pupil. Drives how the legal absence count works (PO clock hours, VO lesson hours). */
public enum Sector {
    PO, VO, MBO
}
