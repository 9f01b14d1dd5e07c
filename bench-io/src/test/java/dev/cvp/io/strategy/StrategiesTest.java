package dev.cvp.io.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.io.testing.CountingWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrategiesTest {

    @Test
    void everyListedNameCreatesThatStrategy() throws Exception {
        for (String name : Strategies.names()) {
            try (Strategy strategy = Strategies.create(name)) {
                assertEquals(name, strategy.name());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "sequential, 1000, 1",
        "platform-pool-1, 1000, 1",
        "platform-pool-64, 1000, 64",
        "platform-pool-512, 10, 10",
        "thread-per-task, 1000, 1000",
        "virtual, 10000, 10000",
        "async, 10000, 10000",
        "event-loop, 10000, 10000",
    })
    void inFlightIsWhatLittlesLawNeeds(String name, int tasks, int inFlight) throws Exception {
        try (Strategy strategy = Strategies.create(name)) {
            assertEquals(inFlight, strategy.inFlight(tasks));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"parallel", "platform-pool", "platform-pool-0", "platform-pool-x", "Virtual"})
    void unknownNamesAreRejectedWithTheKnownOnes(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Strategies.create(name));
        assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("platform-pool-"), e.getMessage());
    }

    @Test
    void asyncAndEventLoopNeedTheirFacesThreadsDoNot() throws Exception {
        Workload blockingOnly = new CountingWork(task -> 1);
        for (String name : Strategies.names()) {
            try (Strategy strategy = Strategies.create(name)) {
                boolean needsAnotherFace = name.equals(Strategies.ASYNC) || name.equals(Strategies.EVENT_LOOP);
                assertEquals(!needsAnotherFace, strategy.supports(blockingOnly), name);
            }
        }
    }

    @Test
    void aFailingTaskFailsTheOperationWithItsOwnException() throws Exception {
        Workload failsAtThree = new CountingWork(task -> {
            if (task == 3) {
                throw new IllegalStateException("task 3 broke");
            }
            return 1;
        });
        for (String name : new String[] {"sequential", "platform-pool-2", "thread-per-task", "virtual"}) {
            try (Strategy strategy = Strategies.create(name)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> strategy.run(failsAtThree, 8));
                assertEquals("task 3 broke", e.getMessage(), name);
            }
        }
        assertFalse(Strategies.names().isEmpty());
    }
}
