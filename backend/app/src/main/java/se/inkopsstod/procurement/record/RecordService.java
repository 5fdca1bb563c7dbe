package se.inkopsstod.procurement.record;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.model.ProcurementCreatedEvent;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.TenantMembers;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a procurement's documentation record from the event store, chapter by chapter (the procurement
 * context's own and those other contexts add), for the buyers who must keep it.
 */
@Service
class RecordService {

    private final EventStore eventStore;
    private final List<RecordChapters> chapters;
    private final TenantMembers members;
    private final Organisations organisations;
    private final Clock clock;

    RecordService(EventStore eventStore, List<RecordChapters> chapters, TenantMembers members, Organisations organisations,
                  Clock clock) {
        this.eventStore = eventStore;
        this.chapters = List.copyOf(chapters);
        this.members = members;
        this.organisations = organisations;
        this.clock = clock;
    }

    Mono<ProcurementRecordView> record(ProcurementAccess access, ProcurementRecordView.Edition edition) {
        access.requireBuyer();
        return Blocking.call(() -> write(access, edition));
    }

    private ProcurementRecordView write(ProcurementAccess access, ProcurementRecordView.Edition edition) {
        Map<String, String> memberNames = members.members(access.tenantId()).stream()
                .collect(Collectors.toMap(MemberView::id, MemberView::name, (a, b) -> a));
        Map<String, String> vendorNames = organisations.vendorOrganisations().stream()
                .collect(Collectors.toMap(VendorOrganisationView::id, VendorOrganisationView::name, (a, b) -> a));
        EventStoreRecordSource source = new EventStoreRecordSource(eventStore, access.procurementId(), access.tenantId(),
                edition == ProcurementRecordView.Edition.BUYER, memberNames, vendorNames);
        ProcurementCreatedEvent created = source.stream(access.procurementId().value()).stream()
                .map(Recorded::payload).filter(ProcurementCreatedEvent.class::isInstance).map(ProcurementCreatedEvent.class::cast)
                .findFirst().orElseThrow(() -> new NotFoundException("No such procurement.").withMessageKey("not-found.procurement"));
        List<RecordSection> sections = chapters.stream().flatMap(c -> c.write(source).stream())
                .sorted(Comparator.comparingInt(RecordSection::order)).toList();
        return new ProcurementRecordView(access.procurementId().value(), created.title(),
                organisations.tenantName(access.tenantId().value()).orElse("–"), RecordWords.procedure(created.procedure()),
                edition, clock.instant(), access.user().name(), source.eventCount(), source.fingerprint(), sections);
    }
}
