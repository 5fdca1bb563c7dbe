package se.inkopsstod.procurement.qa;

import se.inkopsstod.procurement.api.IdentityFinding;
import se.inkopsstod.shared.ConflictException;

import java.util.List;
import java.util.Map;

/**
 * Publishing was refused because the question or its answer seems to name a vendor, a person or a
 * number that could give the asker away; the problem lists what was found for the buyer to reword
 * it, or to confirm with a reason.
 */
class QuestionNamesSomeoneException extends ConflictException {

    private final List<IdentityFinding> findings;

    QuestionNamesSomeoneException(List<IdentityFinding> findings) {
        super("question.names-someone", "The question or answer seems to name someone who could give the asker away: "
                + String.join(", ", findings.stream().map(IdentityFinding::text).toList())
                + ". Reword it, or confirm with a reason why it does not.");
        withArguments(String.join(", ", findings.stream().map(IdentityFinding::text).toList()));
        this.findings = List.copyOf(findings);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("findings", findings);
    }
}
