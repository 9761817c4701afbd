/**
 * Reading the schools' files, streaming: CSV (separator detected, UTF-8 with or without BOM, line limits) and XLSX,
 * column mappings, and the parsers of each kind of file (pupils, registrations, code lists, bell schedules,
 * timetables, absence exports) with their row errors in Dutch. Pure Java: no framework, no persistence.
 *
 * <p>Entry points: {@link nl.aanwezig.attendance.importing.reading.PupilCsvParser},
 * {@link nl.aanwezig.attendance.importing.reading.RegistrationParser},
 * {@link nl.aanwezig.attendance.importing.reading.ScheduleParser} and
 * {@link nl.aanwezig.attendance.importing.reading.TabularReader}.
 */
package nl.aanwezig.attendance.importing.reading;
