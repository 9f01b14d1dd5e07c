package dev.cvp.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvp.python.worker.Python3;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The runner's look at the interpreters: one JSON line each, usable or why not. */
class InterpreterProbeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void saysWhoEachInterpreterIsAndWhichCannotRun() throws Exception {
        String python = Python3.executable();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = InterpreterProbe.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), python, "/no/such/python3.13t");
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");

        assertEquals(1, exit, "one interpreter is not usable");
        assertEquals(2, lines.length);
        JsonNode usable = JSON.readTree(lines[0]);
        assertEquals(python, usable.get("python").asText());
        assertTrue(usable.get("ok").asBoolean());
        assertEquals(python, usable.at("/interpreter/executable").asText());
        assertTrue(usable.at("/interpreter/gilEnabled").isBoolean());
        JsonNode missing = JSON.readTree(lines[1]);
        assertFalse(missing.get("ok").asBoolean());
        assertTrue(missing.get("error").asText().startsWith(
                "bench-python: cannot run the Python interpreter '/no/such/python3.13t'"), lines[1]);
    }

    @Test
    void noInterpreterIsBadArguments() {
        assertEquals(2, InterpreterProbe.run(new PrintStream(new ByteArrayOutputStream()), new String[0]));
    }
}
