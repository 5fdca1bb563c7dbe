package se.inkopsstod.shared;

/** A field of a co-edited item, with its name in the API's JSON (used in conflicts and history). */
public interface EditableField {

    String apiName();
}
