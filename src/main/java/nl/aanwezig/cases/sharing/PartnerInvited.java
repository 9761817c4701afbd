package nl.aanwezig.cases.sharing;

import nl.aanwezig.workflow.SharedPlanProcess;

/**
 * A partner was invited to a case's shared plan; the partner's route starts (SharingRoutes)
 * ({@link SharedPlanProcess}) for the {@code invitation}-th invitation of this partner to this case.
 */
public record PartnerInvited(long caseId, long pupilId, long schoolId, String username, String role, int invitation) {
}
