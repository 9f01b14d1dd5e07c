package dev.cvp.support.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryTest {

    private static final Registry<String> REGISTRY = Registry.<String>builder("test strategy")
            .add("sequential", () -> "made sequential")
            .addSized("pool-", size -> "made pool of " + size, 1, 64)
            .add("async", () -> "made async")
            .build();

    @Test
    void listsNamesInTheOrderTheyWereAdded() {
        assertEquals(List.of("sequential", "pool-1", "pool-64", "async"), REGISTRY.names());
        assertEquals("test strategy", REGISTRY.kind());
    }

    @Test
    void createsListedNamesAndAnyMemberOfASizedFamily() {
        assertEquals("made sequential", REGISTRY.create("sequential"));
        assertEquals("made pool of 64", REGISTRY.create("pool-64"));
        assertEquals("made pool of 7", REGISTRY.create("pool-7"));
        assertTrue(REGISTRY.accepts("pool-7"));
        assertFalse(REGISTRY.names().contains("pool-7"), "a family member is accepted, not listed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parallel", "pool-", "pool-0", "pool-x", "pool-07", "Sequential", "pool-1234567890"})
    void rejectsAnythingElseNamingItAndWhatIsKnown(String name) {
        assertFalse(REGISTRY.accepts(name));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REGISTRY.create(name));
        assertEquals("unknown test strategy '" + name + "'; known: sequential, pool-1, pool-64, async;"
                + " pool-N for any N >= 1", e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertFalse(REGISTRY.accepts(null));
        assertThrows(IllegalArgumentException.class, () -> REGISTRY.create(null));
    }

    @Test
    void aNameIsRegisteredOnce() {
        Registry.Builder<String> builder = Registry.<String>builder("test strategy").add("a", () -> "1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.add("a", () -> "2"));
        assertEquals("test strategy 'a' is registered twice", e.getMessage());
    }

    @Test
    void addFromMakesTheSourcesStrategyAndAdaptsIt() {
        Registry<Integer> lengths = Registry.<Integer>builder("lengths")
                .addFrom(REGISTRY, String::length, "async", "pool-64")
                .build();
        assertEquals(List.of("async", "pool-64"), lengths.names());
        assertEquals("made async".length(), lengths.create("async"));
        assertThrows(IllegalArgumentException.class, () -> lengths.create("sequential"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Registry.<Integer>builder("lengths").addFrom(REGISTRY, String::length, "gil"));
        assertEquals("test strategy has no 'gil'", e.getMessage());
    }

    @Test
    void theSharedRunnersAreRegisteredUnderTheirOwnNames() {
        assertEquals(List.of("sequential", "thread-per-task", "platform-pool", "virtual"), TaskRunners.REGISTRY.names());
        for (String name : List.of("sequential", "thread-per-task", "platform-pool", "platform-pool-16", "virtual")) {
            try (TaskRunner runner = TaskRunners.REGISTRY.create(name)) {
                assertEquals(name, runner.name());
            }
        }
    }
}
