/** Signals raised by the registrations: M@ZL, the DUO 16-hour rule, luxe verzuim, band changes, data quality. */
@NamedInterface("signals")
package nl.aanwezig.attendance.signals;

import org.springframework.modulith.NamedInterface;
