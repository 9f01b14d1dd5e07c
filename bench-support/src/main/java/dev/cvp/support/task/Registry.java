package dev.cvp.support.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The strategies of one kind, by the name a benchmark's {@code strategy} parameter uses: the one
 * place where a parameter value turns into code. A module has one registry per kind of strategy
 * (bench-cpu: kernel strategies and multitasking schedulers), and a test that ties it to the
 * {@code @Param} values in both directions.
 *
 * <p>A name is listed ({@link Builder#add}), or a member of a sized family ({@link Builder#addSized}:
 * {@code platform-pool-N} for any N >= 1, some sizes of which are listed).
 *
 * @param <S> what a name makes: the module's strategy type
 */
public final class Registry<S> {

    private final String kind;
    private final Map<String, Supplier<? extends S>> listed;
    private final Map<String, IntFunction<? extends S>> families;
    private final List<String> names;

    private Registry(Builder<S> builder) {
        this.kind = builder.kind;
        this.listed = Map.copyOf(builder.listed);
        this.families = Map.copyOf(builder.families);
        this.names = List.copyOf(builder.listed.keySet());
    }

    /** Starts a registry of {@code kind}, e.g. {@code "bench-io strategy"} (used in messages). */
    public static <S> Builder<S> builder(String kind) {
        return new Builder<>(kind);
    }

    /** What it holds, e.g. {@code "bench-io strategy"}. */
    public String kind() {
        return kind;
    }

    /** The listed names, in the order they were added (the baseline first, by convention). */
    public List<String> names() {
        return names;
    }

    /** Whether {@link #create} accepts {@code name}: a listed name or a member of a sized family. */
    public boolean accepts(String name) {
        return name != null && (listed.containsKey(name) || member(name).isPresent());
    }

    /**
     * Makes the named strategy; the caller closes it.
     *
     * @throws IllegalArgumentException for a name this registry does not accept, listing those it does
     */
    public S create(String name) {
        Supplier<? extends S> factory = name == null ? null : listed.get(name);
        if (factory != null) {
            return factory.get();
        }
        Optional<Member> member = member(name);
        if (member.isPresent()) {
            return families.get(member.get().prefix()).apply(member.get().size());
        }
        String sized = families.keySet().stream().sorted()
                .map(prefix -> "; " + prefix + "N for any N >= 1").collect(Collectors.joining());
        throw new IllegalArgumentException("unknown " + kind + " '" + name + "'; known: " + String.join(", ", names) + sized);
    }

    private record Member(String prefix, int size) {
    }

    /** The family and size of a name such as {@code platform-pool-64}, if it is one. */
    private Optional<Member> member(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return families.keySet().stream()
                .filter(prefix -> name.startsWith(prefix) && name.substring(prefix.length()).matches("[1-9][0-9]{0,8}"))
                .findFirst()
                .map(prefix -> new Member(prefix, Integer.parseInt(name.substring(prefix.length()))));
    }

    /** Collects a registry's names; {@link #build()} freezes them. */
    public static final class Builder<S> {

        private final String kind;
        private final Map<String, Supplier<? extends S>> listed = new LinkedHashMap<>();
        private final Map<String, IntFunction<? extends S>> families = new LinkedHashMap<>();

        private Builder(String kind) {
            this.kind = kind;
        }

        /** Lists {@code name}, made by {@code factory}. */
        public Builder<S> add(String name, Supplier<? extends S> factory) {
            if (listed.putIfAbsent(name, factory) != null) {
                throw new IllegalArgumentException(kind + " '" + name + "' is registered twice");
            }
            return this;
        }

        /** Adds the family {@code prefix}N (any N >= 1, made by {@code factory}) and lists the given sizes. */
        public Builder<S> addSized(String prefix, IntFunction<? extends S> factory, int... listedSizes) {
            families.put(prefix, factory);
            for (int size : listedSizes) {
                add(prefix + size, () -> factory.apply(size));
            }
            return this;
        }

        /** Lists {@code names} of {@code source}: made there, adapted to this registry's type. */
        public <R> Builder<S> addFrom(Registry<R> source, Function<? super R, ? extends S> adapter, String... names) {
            for (String name : names) {
                if (!source.accepts(name)) {
                    throw new IllegalArgumentException(source.kind() + " has no '" + name + "'");
                }
                add(name, () -> adapter.apply(source.create(name)));
            }
            return this;
        }

        public Registry<S> build() {
            return new Registry<>(this);
        }
    }
}
