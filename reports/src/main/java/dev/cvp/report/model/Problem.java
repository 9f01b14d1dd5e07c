package dev.cvp.report.model;

/**
 * Something the report could not use, named so a person can find it: the file (relative to the
 * bundle) and what was wrong there (position, field, value).
 */
public record Problem(String file, String message) {

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
