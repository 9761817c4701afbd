/**
 * The attendance domain core: lessons and what happened in them, attendance figures and bands, the legal
 * (DUO) and medical (M@ZL) signals, data quality checks, and streaming import of the canonical CSV/XLSX
 * format. Pure Java: no framework, no persistence, no I/O beyond the streams handed in.
 *
 * <p>Entry points: {@link nl.aanwezig.attendance.domain.Figures#of}, {@link nl.aanwezig.attendance.domain.BandCutoffs},
 * {@link nl.aanwezig.attendance.domain.DuoRule}, {@link nl.aanwezig.attendance.domain.MazlRule},
 * {@link nl.aanwezig.attendance.domain.DataQualityRule}, {@link nl.aanwezig.attendance.domain.PupilCsvParser} and
 * {@link nl.aanwezig.attendance.domain.RegistrationParser}.
 */
package nl.aanwezig.attendance.domain;
