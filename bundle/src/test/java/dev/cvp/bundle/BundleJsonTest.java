package dev.cvp.bundle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class BundleJsonTest {

    @Test
    void truncatedJsonNamesThePositionWithoutJacksonsSourceNoise() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> BundleJson.MAPPER.readTree("[{\"benchmark\": \"x\", \"primaryMetric\": {\"score\": 1"));
        String line = BundleJson.describe(e);
        assertTrue(line.startsWith("line 1, column "), line);
        assertTrue(line.endsWith("(file truncated?)"), line);
        assertTrue(line.contains("(opened at line 1, column "), line);
        assertFalse(line.contains("Source"), line);
        assertFalse(line.contains("StreamReadFeature"), line);
    }
}
