package se.inkopsstod.procurement.requirement;

import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Which needs a requirement may serve: open needs of its own procurement. Pure: the caller reads which needs are open. */
final class ServedNeeds {

    private ServedNeeds() {
    }

    /**
     * @param wanted      the need ids the buyer named
     * @param openNeedIds the ids of the procurement's open (proposed or accepted) needs
     * @throws InvalidInputException when a named need is not among them
     */
    static Set<NeedId> among(Collection<String> wanted, Set<String> openNeedIds) {
        if (!openNeedIds.containsAll(wanted)) {
            throw new InvalidInputException("requirement.unknown-need", "needIds",
                    "A requirement can only serve open needs of the same procurement.");
        }
        return wanted.stream().map(NeedId::of).collect(Collectors.toSet());
    }
}
