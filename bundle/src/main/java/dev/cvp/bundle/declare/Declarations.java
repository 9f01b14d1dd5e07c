package dev.cvp.bundle.declare;

import dev.cvp.bundle.BundleJson;
import dev.cvp.bundle.FormatVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * benchmarks.json: every declared benchmark of a run, one entry per JMH benchmark name.
 *
 * @param formatVersion the bundle format that wrote it
 * @param benchmarks    the declarations, by module then benchmark name
 */
public record Declarations(int formatVersion, List<Declaration> benchmarks) {

    public static final Declarations NONE = new Declarations(FormatVersion.CURRENT, List.of());

    public Declarations {
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
    }

    /** The declaration of a JMH benchmark name (e.g. dev.cvp.cpu.FibBenchmark.fib). */
    public Optional<Declaration> of(String benchmark) {
        return benchmarks.stream().filter(d -> d.benchmark().equals(benchmark)).findFirst();
    }

    /** These and those, one entry per benchmark name (the later wins). */
    public Declarations plus(Declarations more) {
        Map<String, Declaration> all = new LinkedHashMap<>();
        for (Declaration d : benchmarks) {
            all.put(d.benchmark(), d);
        }
        for (Declaration d : more.benchmarks) {
            all.put(d.benchmark(), d);
        }
        return new Declarations(FormatVersion.CURRENT, new ArrayList<>(all.values()));
    }

    public static Declarations read(InputStream in) throws IOException {
        return BundleJson.MAPPER.readValue(in, Declarations.class);
    }

    public byte[] toJson() throws IOException {
        return BundleJson.MAPPER.writeValueAsBytes(this);
    }
}
