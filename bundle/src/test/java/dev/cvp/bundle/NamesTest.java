package dev.cvp.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void shortAndLongModuleNamesMeanTheSameModule() {
        assertEquals(Optional.of("bench-cpu"), ModuleNames.canonical("cpu"));
        assertEquals(Optional.of("bench-python"), ModuleNames.canonical("bench-python"));
        assertEquals(Optional.empty(), ModuleNames.canonical("nope"));
        assertEquals("io", ModuleNames.shortName("bench-io"));
    }

    @Test
    void labelsThatEscapeTheFolderOrBreakATableAreRefused() {
        assertTrue(Labels.valid("laptop-2.local"));
        for (String bad : new String[] {"", "../x", "a..b", "-x", "a|b", "a/b", "a b", "x".repeat(65)}) {
            assertFalse(Labels.valid(bad), bad);
        }
        assertEquals("my-host", Labels.from("my host"));
        assertEquals("machine", Labels.from("///"));
    }
}
