/**
 * The attendance rules: lessons and what happened in them, attendance figures and bands, approved timetables, and
 * what a school's absence codes mean. Pure Java: no framework, no persistence, no I/O. Reading files lives with the
 * imports ({@link nl.aanwezig.attendance.importing.reading}), the legal and data quality rules with the signals
 * ({@link nl.aanwezig.attendance.signals}).
 *
 * <p>Entry points: {@link nl.aanwezig.attendance.domain.Figures#of}, {@link nl.aanwezig.attendance.domain.BandCutoffs},
 * {@link nl.aanwezig.attendance.domain.AbsenceCode}.
 */
@NamedInterface("domain")
package nl.aanwezig.attendance.domain;

import org.springframework.modulith.NamedInterface;
