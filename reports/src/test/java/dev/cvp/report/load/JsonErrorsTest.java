package dev.cvp.report.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonErrorsTest {

    @Test
    void truncatedFileNamesThePositionWithoutJacksonsSourceNoise() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("[{\"benchmark\": \"x\", \"primaryMetric\": {\"score\": 1"));
        String line = JsonErrors.describe(e);
        assertTrue(line.startsWith("line 1, column "), line);
        assertTrue(line.endsWith("(file truncated?)"), line);
        assertTrue(line.contains("(opened at line 1, column "), line);
        assertFalse(line.contains("Source"), line);
        assertFalse(line.contains("StreamReadFeature"), line);
    }
}
