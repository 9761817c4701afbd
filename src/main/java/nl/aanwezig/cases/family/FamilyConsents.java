package nl.aanwezig.cases.family;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.sharing.ConsentForm;
import nl.aanwezig.cases.sharing.ConsentService;
import nl.aanwezig.cases.sharing.Consent;
import nl.aanwezig.cases.sharing.Participant;
import nl.aanwezig.cases.sharing.ParticipantRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent the family manages themselves: they see with which partners the case is shared and on what ground
 * (consent, or leerplicht's statutory task, which no withdrawal ends), and give or withdraw consent per partner role.
 * Who in the family may is {@link FamilyAccess#checkMayChangeConsent}'s rule.
 */
@Service
public class FamilyConsents {

    /** A partner role the case can be shared with: whether consent covers it, and who of it takes part now. */
    public record Sharing(ParticipantRole role, boolean statutory, boolean consented, List<Partner> partners) {
    }

    /** A partner taking part now, with organisation and since when. */
    public record Partner(String name, String organisation, Instant since) {
    }

    /** What the family sees: the roles, the consent's date, and whether this member may change it. */
    public record Overview(List<Sharing> roles, java.time.LocalDate consentGivenOn, String consentGivenBy,
                           boolean mayGive, boolean mayWithdraw) {
    }

    private final FamilyAccess access;
    private final ConsentService consents;

    FamilyConsents(FamilyAccess access, ConsentService consents) {
        this.access = access;
        this.consents = consents;
    }

    @PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
    @Transactional(readOnly = true)
    public Overview overview(long pupilId) {
        FamilyMember m = access.require(pupilId, FamilyPart.SHARING, "FAMILY_SHARING_READ");
        if (m.caseId() == null) {
            return new Overview(List.of(), null, null, false, false);
        }
        Optional<Consent> current = consents.inForce(m.caseId());
        List<Participant> partners = consents.sharedWith(m.caseId());
        List<Sharing> roles = new ArrayList<>();
        roles.add(sharing(ParticipantRole.LEERPLICHT, true, partners));
        for (ParticipantRole role : ConsentForm.scopes()) {
            roles.add(sharing(role, current.map(c -> c.covers(role)).orElse(false), partners));
        }
        return new Overview(roles, current.map(Consent::givenOn).orElse(null),
                current.map(Consent::givenBy).orElse(null), may(m, true), may(m, false));
    }

    /** Gives or withdraws consent for one partner role; leerplicht's access is statutory and cannot be withdrawn. */
    @PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
    @Transactional
    public boolean set(long pupilId, ParticipantRole role, boolean give) {
        FamilyMember m = access.require(pupilId, FamilyPart.SHARING, "FAMILY_CONSENT");
        if (role == ParticipantRole.LEERPLICHT) {
            throw new UserFacingException("family.error.statutory");
        }
        if (!ConsentForm.scopes().contains(role)) {
            throw new UserFacingException(UserFacingException.Kind.NOT_FOUND, "family.error.partnerRole");
        }
        access.checkMayChangeConsent(m, give);
        if (m.caseId() == null || !m.caseOpen()) {
            throw new UserFacingException("family.error.noCase");
        }
        return consents.changeByFamily(m.caseId(), role, give, m.link().name());
    }

    private boolean may(FamilyMember m, boolean give) {
        try {
            access.checkMayChangeConsentQuietly(m, give);
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }

    private static Sharing sharing(ParticipantRole role, boolean consented, List<Participant> partners) {
        return new Sharing(role, role.statutory(), consented, partners.stream().filter(p -> p.role() == role)
                .map(p -> new Partner(p.displayName(), p.organisation(), p.addedAt())).toList());
    }
}
