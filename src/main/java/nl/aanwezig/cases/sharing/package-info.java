/** One shared plan: partners invited to a case, what each role may see of it, parents' consent, contributions. */
@NamedInterface("sharing")
package nl.aanwezig.cases.sharing;

import org.springframework.modulith.NamedInterface;
