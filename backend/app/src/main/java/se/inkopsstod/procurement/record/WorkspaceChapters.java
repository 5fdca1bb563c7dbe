package se.inkopsstod.procurement.record;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.model.ContractSignedEvent;
import se.inkopsstod.procurement.model.InvitationWithdrawnEvent;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.ProcurementCreatedEvent;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.StandstillStartedEvent;
import se.inkopsstod.procurement.model.TeamChangedEvent;
import se.inkopsstod.procurement.model.TenderDeadlineExtendedEvent;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import se.inkopsstod.procurement.model.VendorInvitedEvent;
import se.inkopsstod.shared.PersonId;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static se.inkopsstod.procurement.record.Entries.actor;
import static se.inkopsstod.procurement.record.Entries.change;
import static se.inkopsstod.procurement.record.Entries.entry;
import static se.inkopsstod.procurement.record.Entries.labelled;
import static se.inkopsstod.procurement.record.RecordWords.time;

/**
 * The procurement's own stream: its creation, team, phases and invitations; the publication of the tender with
 * its deadline extensions and amendments; the standstill after the award decision and the signed contract.
 */
@Component
@Order(1)
class WorkspaceChapters implements RecordChapters {

    static final int PROCUREMENT = 10;
    static final int PUBLICATION = 50;
    static final int STANDSTILL = 80;

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<RecordEntry> procurement = new ArrayList<>();
        List<RecordEntry> publication = new ArrayList<>();
        List<RecordEntry> standstill = new ArrayList<>();
        for (Recorded event : source.stream(source.procurementId().value())) {
            String by = actor(source, event);
            Object payload = event.payload();
            if (payload instanceof ProcurementCreatedEvent created) {
                procurement.add(entry(event,
                        source.personName(created.createdBy(), event), "Upphandlingen skapades",
                        labelled("Titel", created.title()), labelled("Beskrivning", created.description()),
                        labelled("Förfarande", RecordWords.procedure(created.procedure())),
                        created.estimatedValueSek() > 0 ? labelled("Uppskattat värde", RecordWords.kronor(created.estimatedValueSek())) : null,
                        labelled("Planerad annonsering", created.plannedTenderDate()),
                        labelled("Planerad tilldelning", created.plannedAwardDate())));
            } else if (payload instanceof TeamChangedEvent team) {
                procurement.add(entry(event, by, "Upphandlingens team ändrades",
                        team.added().isEmpty() ? null : "Tillagda: " + names(source, team.added(), event),
                        team.removed().isEmpty() ? null : "Borttagna: " + names(source, team.removed(), event),
                        "Teamet: " + names(source, team.team(), event)));
            } else if (payload instanceof PhaseChangedEvent phase) {
                procurement.add(entry(event, by,
                        "Fasen ändrades från " + RecordWords.phase(phase.from()) + " till " + RecordWords.phase(phase.to())));
            } else if (payload instanceof VendorInvitedEvent invited) {
                procurement.add(entry(event, by,
                        "Leverantören " + source.vendorName(invited.vendorOrganisationId().value()) + " bjöds in"));
            } else if (payload instanceof InvitationWithdrawnEvent withdrawn) {
                procurement.add(entry(event, by,
                        "Inbjudan till " + source.vendorName(withdrawn.vendorOrganisationId().value()) + " drogs tillbaka"));
            } else if (payload instanceof TenderPublishedEvent published) {
                publication.add(published(event, by, published));
            } else if (payload instanceof TenderDeadlineExtendedEvent extended) {
                publication.add(entry(event, by, "Anbudstiden förlängdes",
                        change("Sista anbudsdag", time(extended.from()), time(extended.to())),
                        labelled("Sista dag för frågor", extended.lastQuestionDay())));
            } else if (payload instanceof RequirementAmendedEvent amended) {
                publication.add(amended(event, by, amended));
            } else if (payload instanceof StandstillStartedEvent started) {
                standstill.add(entry(event, by, "Avtalsspärren började",
                        "Tilldelningsbeslutet fattades " + time(started.decidedAt()),
                        "Avtalsspärren löper till " + time(started.endsAt())
                                + (started.endsAt().equals(started.decidedAt()) ? " (ingen avtalsspärr för förfarandet)" : "")));
            } else if (payload instanceof ContractSignedEvent signed) {
                standstill.add(entry(event, source.personName(signed.by(), event),
                        "Avtalet tecknades", "Undertecknat " + time(signed.signedAt())));
            }
            // numbering and other bookkeeping events are stated where the item is (the requirement's number)
        }
        return List.of(
                new RecordSection(PROCUREMENT, "Upphandlingen", List.of(new RecordSection.Group(null, procurement))),
                new RecordSection(PUBLICATION, "Annonsering, förlängningar och rättelser",
                        List.of(new RecordSection.Group(null, publication))),
                new RecordSection(STANDSTILL, "Avtalsspärr och avtal", List.of(new RecordSection.Group(null, standstill))));
    }

    private static RecordEntry published(Recorded event, String by, TenderPublishedEvent published) {
        List<String> details = Entries.lines(
                "Sista anbudsdag: " + time(published.tenderDeadline()),
                labelled("Sista dag för frågor", published.lastQuestionDay()),
                "Utvärderingsmodell: " + RecordWords.evaluationModel(published.evaluationModel()),
                published.qualityValueSek() == null ? null : "Värde av full kvalitet: " + RecordWords.kronor(published.qualityValueSek()),
                published.accelerated() ? "Förkortad anbudstid (brådskande skäl)" : null,
                "Publicerade krav: " + published.requirements().size());
        published.requirements().stream()
                .sorted(java.util.Comparator.comparingInt(PublishedRequirement::number))
                .forEach(r -> details.add(requirementLine(r)));
        return entry(event, by, "Upphandlingen annonserades till de inbjudna leverantörerna", details);
    }

    private static RecordEntry amended(Recorded event, String by, RequirementAmendedEvent amended) {
        String number = amended.after() != null ? RecordWords.requirementNumber(amended.after().number())
                : amended.before() != null ? RecordWords.requirementNumber(amended.before().number()) : "K?";
        String what = amended.before() == null ? "Rättelse " + amended.number() + ": krav " + number + " lades till"
                : amended.after() == null ? "Rättelse " + amended.number() + ": krav " + number + " togs bort"
                : "Rättelse " + amended.number() + ": krav " + number + " ändrades";
        return entry(event, by, what,
                amended.before() == null ? null : "Före: " + requirementLine(amended.before()),
                amended.after() == null ? null : "Efter: " + requirementLine(amended.after()),
                labelled("Skäl", amended.reason()),
                amended.closeToDeadline() ? "Nära sista anbudsdag" : null);
    }

    static String requirementLine(PublishedRequirement requirement) {
        return RecordWords.requirementNumber(requirement.number()) + " (" + RecordWords.kind(requirement.kind())
                + (requirement.weight() == null ? "" : ", vikt " + requirement.weight()) + ", "
                + RecordWords.category(requirement.category()) + "): " + requirement.text();
    }

    private static String names(RecordSource source, Set<PersonId> people, Recorded event) {
        return RecordWords.names(people.stream().map(p -> source.personName(p, event)).toList());
    }
}
