package se.inkopsstod.shared;

/** An argument of a problem's sentence that is itself a word of the message bundle (a phase, a role …). */
public record MessageKey(String key) {

    public static MessageKey of(String prefix, Enum<?> value) {
        return new MessageKey(prefix + "." + value.name());
    }
}
