package se.inkopsstod.devstack;

/** One demo person the development identity provider lets log in. */
public record DemoUser(String username, String name, String email) {
}
