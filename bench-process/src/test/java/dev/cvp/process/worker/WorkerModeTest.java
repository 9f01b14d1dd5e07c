package dev.cvp.process.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkerModeTest {

    @Test
    void everyModeParsesFromItsWord() {
        for (WorkerMode mode : WorkerMode.values()) {
            assertEquals(mode, WorkerMode.parse(mode.word()));
        }
    }

    @Test
    void unknownWordsNameTheKnownModes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkerMode.parse("SERVE"));
        assertTrue(e.getMessage().contains("'SERVE'") && e.getMessage().contains("serve"), e.getMessage());
    }
}
