package se.inkopsstod.outcomes.anonymisation;

import java.util.List;

/** A text after anonymisation and each removal in it, in order. */
public record AnonymisedText(String text, List<Removal> removals) {
}
