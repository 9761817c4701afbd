/** One shared plan: partners invited to a case, what each role may see of it, parents' consent, contributions. */
package nl.aanwezig.cases.sharing;
