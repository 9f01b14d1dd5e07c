package dev.cvp.bundle;

/**
 * Something in a bundle that could not be used, named so a person can find it: the file
 * (relative to the bundle) and what was wrong there (position, field, value).
 */
public record Problem(String file, String message) {

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
