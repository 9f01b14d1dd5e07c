package dev.cvp.io.http;

/** One response header as it came over the wire. */
public record Header(String name, String value) {
}
