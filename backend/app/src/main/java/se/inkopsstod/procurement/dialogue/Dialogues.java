package se.inkopsstod.procurement.dialogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.util.List;

/**
 * Reads the market dialogue. For the team, everything; for a vendor ({@code vendor} set), the
 * draft, the buyer's questions and only its own comments and answers.
 */
@Service
class Dialogues {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    Dialogues(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    static DialogueId idOf(ProcurementId procurement) {
        return DialogueId.forProcurement(procurement);
    }

    /** @param vendor null for the buyer's team; a vendor organisation id to see only its own contributions */
    /** The team sees every vendor's answers and comments; an invited vendor only its own. */
    DialogueView of(ProcurementAccess access) {
        return of(access.procurementId(), access.isVendor() ? access.vendorOrganisationId().value() : null);
    }

    private DialogueView of(ProcurementId procurement, String vendor) {
        String id = procurement.value();
        DialogueView.Draft draft = jdbc.sql("select * from dialogue_draft where procurement_id = ?").param(id)
                .query((rs, n) -> new DialogueView.Draft(rs.getInt("round"), rs.getString("message"),
                        rs.getTimestamp("shared_at").toInstant(), draftRequirements(id)))
                .optional().orElse(null);
        List<DialogueView.VendorComment> comments = jdbc.sql("""
                        select * from dialogue_comment where procurement_id = ? and (cast(? as varchar) is null or vendor_organisation_id = ?)
                         order by at""")
                .params(id, vendor, vendor)
                .query((rs, n) -> new DialogueView.VendorComment(rs.getString("requirement_id"), rs.getString("vendor_organisation_id"),
                        name(rs.getString("vendor_organisation_id")), rs.getString("text"), rs.getTimestamp("at").toInstant()))
                .list();
        List<DialogueView.Question> questions = jdbc.sql("select * from dialogue_question where procurement_id = ? order by asked_at")
                .param(id)
                .query((rs, n) -> new DialogueView.Question(rs.getString("question_id"), rs.getString("text"),
                        rs.getTimestamp("asked_at").toInstant(), answers(rs.getString("question_id"), vendor)))
                .list();
        return new DialogueView(draft, comments, questions);
    }

    Phase phase(ProcurementId procurement) {
        return jdbc.sql("select phase from procurement_view where procurement_id = ?").param(procurement.value())
                .query(String.class).optional().map(Phase::valueOf).orElseThrow(() -> new NotFoundException("No such procurement.").withMessageKey("not-found.procurement"));
    }

    boolean hasQuestion(ProcurementId procurement, String questionId) {
        return jdbc.sql("select exists (select 1 from dialogue_question where procurement_id = ? and question_id = ?)")
                .params(procurement.value(), questionId).query(Boolean.class).single();
    }

    private List<PublishedRequirement> draftRequirements(String procurementId) {
        return jdbc.sql("select * from dialogue_draft_requirement where procurement_id = ? order by position").param(procurementId)
                .query((rs, n) -> new PublishedRequirement(rs.getString("requirement_id"), rs.getInt("number"), rs.getString("text"),
                        RequirementKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("weight"),
                        RequirementCategory.valueOf(rs.getString("category")), rs.getString("verification_method")))
                .list();
    }

    private List<DialogueView.Answer> answers(String questionId, String vendor) {
        return jdbc.sql("""
                        select * from dialogue_answer where question_id = ? and (cast(? as varchar) is null or vendor_organisation_id = ?)
                         order by at""")
                .params(questionId, vendor, vendor)
                .query((rs, n) -> new DialogueView.Answer(rs.getString("vendor_organisation_id"), name(rs.getString("vendor_organisation_id")),
                        rs.getString("text"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    private String name(String vendor) {
        return organisations.vendorOrganisation(vendor).map(VendorOrganisationView::name).orElse("");
    }
}
