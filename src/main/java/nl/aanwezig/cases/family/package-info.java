/**
 * Parents and pupil at the table: family accounts invited to a child's case, what they see of it (the plan, the next
 * evaluation, the regievoerder, past outcomes, a weekly attendance summary), their view before evaluations and chain
 * reviews, their digital agreement to the plan's action part, the consent they manage and who opened the dossier.
 * {@link nl.aanwezig.cases.family.FamilyAccess} is the one place that decides what a family member may see and do.
 */
@NamedInterface("family")
package nl.aanwezig.cases.family;

import org.springframework.modulith.NamedInterface;
