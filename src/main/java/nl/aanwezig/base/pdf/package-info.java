/** Plain Dutch documents as PDF (OpenPDF): the plan, the casusoverleg minutes, leerplicht's letters. */
@NamedInterface("pdf")
package nl.aanwezig.base.pdf;

import org.springframework.modulith.NamedInterface;
