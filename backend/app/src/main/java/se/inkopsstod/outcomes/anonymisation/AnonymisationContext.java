package se.inkopsstod.outcomes.anonymisation;

import java.util.Set;

/**
 * What the platform knows of the writer's tenant besides the general rules: the names of its
 * people and schools, and organisation names (the tenant's own, the vendors').
 */
public record AnonymisationContext(Set<String> personNames, Set<String> schoolNames, Set<String> organisationNames) {

    public AnonymisationContext {
        personNames = Set.copyOf(personNames);
        schoolNames = Set.copyOf(schoolNames);
        organisationNames = Set.copyOf(organisationNames);
    }

    public static AnonymisationContext none() {
        return new AnonymisationContext(Set.of(), Set.of(), Set.of());
    }
}
