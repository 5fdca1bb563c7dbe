package se.inkopsstod.insights.benchmark;

import se.inkopsstod.outcomes.contract.OutcomeShared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A set of outcomes a figure is published for: all of them narrowed by filters (a product category,
 * a size band, a quarter, a template). For each filter, the same figure without it is published too
 * (or could be, by asking without that filter): the outcomes it has beyond this slice are the
 * complement the disclosure rules check, so that no two answers can be subtracted down to a few.
 */
final class Slice {

    private final List<OutcomeShared> universe;
    private final List<Predicate<OutcomeShared>> filters;

    private Slice(List<OutcomeShared> universe, List<Predicate<OutcomeShared>> filters) {
        this.universe = universe;
        this.filters = filters;
    }

    /** Every outcome, unfiltered: a slice with no complement. */
    static Slice of(List<OutcomeShared> universe) {
        return new Slice(universe, List.of());
    }

    /** This slice narrowed by one more filter; a null filter narrows nothing (no choice made). */
    Slice and(Predicate<OutcomeShared> filter) {
        if (filter == null) {
            return this;
        }
        List<Predicate<OutcomeShared>> narrower = new ArrayList<>(filters);
        narrower.add(filter);
        return new Slice(universe, List.copyOf(narrower));
    }

    List<OutcomeShared> rows() {
        return universe.stream().filter(o -> filters.stream().allMatch(f -> f.test(o))).toList();
    }

    /** A cell of this slice's values, suppressed also when a complement could not be shown. */
    Cell cell(String key, Function<OutcomeShared, Double> value, double precision) {
        List<List<Suppression.Contribution>> complements = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            Predicate<OutcomeShared> dropped = filters.get(i);
            List<Predicate<OutcomeShared>> others = new ArrayList<>(filters);
            others.remove(i);
            complements.add(contributions(universe.stream()
                    .filter(o -> others.stream().allMatch(f -> f.test(o)) && !dropped.test(o)).toList(), value));
        }
        return Suppression.cell(key, contributions(rows(), value), complements, precision);
    }

    private static List<Suppression.Contribution> contributions(List<OutcomeShared> rows, Function<OutcomeShared, Double> value) {
        List<Suppression.Contribution> contributions = new ArrayList<>();
        for (OutcomeShared row : rows) {
            Double v = value.apply(row);
            if (v != null) {
                contributions.add(new Suppression.Contribution(row.tenantRef(), v));
            }
        }
        return contributions;
    }
}
