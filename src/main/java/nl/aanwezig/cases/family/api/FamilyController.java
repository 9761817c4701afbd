package nl.aanwezig.cases.family.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Supplier;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.api.ApiProblems.NotFound;
import nl.aanwezig.cases.family.FamilyAccessLog;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.family.FamilyChildren;
import nl.aanwezig.cases.family.FamilyConsents;
import nl.aanwezig.cases.family.FamilyViews;
import nl.aanwezig.cases.family.ViewForm;
import nl.aanwezig.cases.family.api.FamilyResponses.AccessLogEntry;
import nl.aanwezig.cases.family.api.FamilyResponses.ChildResponse;
import nl.aanwezig.cases.family.api.FamilyResponses.ChildSummary;
import nl.aanwezig.cases.family.api.FamilyResponses.ConsentResponse;
import nl.aanwezig.cases.family.api.FamilyResponses.ViewCreated;
import nl.aanwezig.cases.sharing.ParticipantRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family pages as an API ({@code /api/v1/family/children...}), for a school's own app or portal: the same services,
 * so the same rules ({@code FamilyAccess}: the age rules, parental authority, what a pupil of 16 keeps from the
 * parents). Only family accounts: staff get 403. A child that is unknown or not linked to the caller (any more)
 * answers 404, the same answer on purpose, as the case API answers a pupil the caller may not see; the refusal itself
 * is audited by {@code FamilyAccess}. Bad input and a right the caller lacks (no parental authority, the pupil keeps
 * the plan, consent the pupil decides): 422 with the Dutch message.
 */
@RestController
@PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
@Tag(name = "Gezin", description = "Ouders en leerling: hun kind, het plan, hun stem, akkoord, toestemming en "
        + "wie het dossier opende")
class FamilyController {

    private final FamilyChildren children;
    private final FamilyViews views;
    private final FamilyAgreements agreements;
    private final FamilyConsents consents;
    private final FamilyAccessLog accessLog;

    FamilyController(FamilyChildren children, FamilyViews views, FamilyAgreements agreements, FamilyConsents consents,
                     FamilyAccessLog accessLog) {
        this.children = children;
        this.views = views;
        this.agreements = agreements;
        this.consents = consents;
        this.accessLog = accessLog;
    }

    /** The family's view; {@code requestId} answers an open request (else given of their own accord). */
    record ViewRequest(String goesWell, String hard, String wishes, Long requestId) {
    }

    /** Agree ({@code agreed: true}) or not, then with a reason. */
    record AgreementRequest(Boolean agreed, String reason) {
    }

    /** Give ({@code true}) or withdraw ({@code false}) consent. */
    record ConsentRequest(Boolean consent) {
    }

    @GetMapping("/api/v1/family/children")
    @Operation(summary = "De kinderen van wie je gegevens mag zien",
            description = "Alleen de kinderen met een geaccepteerde, niet ingetrokken uitnodiging.")
    List<ChildSummary> children() {
        return children.children().stream().map(ChildSummary::of).toList();
    }

    @GetMapping("/api/v1/family/children/{leerling}")
    @Operation(summary = "Het plan, de regievoerder, de volgende evaluatie, de aanwezigheid per week en wat er nu "
            + "gevraagd wordt", description = "Een leerling van 16 of ouder kan het plan voor de ouders afschermen: dan "
            + "is plan null en blijft de aanwezigheid zichtbaar.")
    ChildResponse child(@Parameter(description = "nummer van het kind zoals /children het geeft")
                        @PathVariable long leerling) {
        return linked(leerling, () -> ChildResponse.of(children.child(leerling)));
    }

    @PostMapping("/api/v1/family/children/{leerling}/views")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Je mening geven: wat gaat goed, wat is moeilijk, wat wil je",
            description = "Minstens een van de drie. requestId beantwoordt een open vraag.")
    ViewCreated view(@PathVariable long leerling, @RequestBody ViewRequest body) {
        return linked(leerling, () -> new ViewCreated(views.give(leerling, body.requestId(),
                new ViewForm(body.goesWell(), body.hard(), body.wishes()))));
    }

    @PostMapping("/api/v1/family/children/{leerling}/agreement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Akkoord met het plan, of niet akkoord met een reden",
            description = "Alleen een ouder met gezag of de leerling zelf. Niet akkoord: de regievoerder neemt contact op.")
    void agreement(@PathVariable long leerling, @RequestBody AgreementRequest body) {
        if (body.agreed() == null) {
            throw new UserFacingException("api.family.agreedMissing");
        }
        linked(leerling, () -> {
            agreements.decide(leerling, body.agreed(), body.reason());
            return null;
        });
    }

    @PutMapping("/api/v1/family/children/{leerling}/consents/{partnerRole}")
    @Operation(summary = "Toestemming geven of intrekken voor een partner",
            description = "partnerRole zoals JEUGDARTS, SWV_CONSULTANT, YOUTH_COACH, CARE_PROVIDER. Leerplicht heeft "
                    + "een wettelijke taak: niet in te trekken.")
    ConsentResponse consent(@PathVariable long leerling, @PathVariable String partnerRole,
                            @RequestBody ConsentRequest body) {
        ParticipantRole role = role(partnerRole);
        if (body.consent() == null) {
            throw new UserFacingException("api.family.consentMissing");
        }
        boolean changed = linked(leerling, () -> consents.set(leerling, role, body.consent()));
        return new ConsentResponse(role.name(), body.consent(), changed);
    }

    @GetMapping("/api/v1/family/children/{leerling}/access-log")
    @Operation(summary = "Wie het dossier opende", description = "Rol, organisatie, wanneer en wat; namen alleen als "
            + "de school dat zo heeft ingesteld.")
    List<AccessLogEntry> accessLog(@PathVariable long leerling) {
        return linked(leerling, () -> accessLog.of(leerling).stream().map(AccessLogEntry::of).toList());
    }

    /** The call, with a refusal for this child (unknown, not linked, link withdrawn) answered as an unknown child. */
    private static <T> T linked(long leerling, Supplier<T> call) {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            throw new NotFound(Messages.nl("api.family.notFound", String.valueOf(leerling)));
        }
    }

    private static ParticipantRole role(String name) {
        try {
            return ParticipantRole.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFound(Messages.nl("api.family.unknownRole", nl.aanwezig.base.Echo.of(name)));
        }
    }
}
