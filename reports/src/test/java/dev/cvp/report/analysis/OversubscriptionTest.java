package dev.cvp.report.analysis;

import static dev.cvp.report.model.TestWorkloads.put;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvp.report.model.Mode;
import dev.cvp.report.model.TestWorkloads;
import dev.cvp.report.model.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OversubscriptionTest {

    @Test
    void threadsBeyondThePinnedCoresAreNamedPerStrategy() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tasks", "8");
        p.put("poolSize", "4");
        Workload w = TestWorkloads.kernel(Mode.AVERAGE_TIME, p);
        for (int k : new int[] {1, 2, 4}) {
            put(w, "sequential", k, 100, 1);
            put(w, "platform-pool", k, 50, 1);
            put(w, "thread-per-task", k, 50, 1);
            put(w, "virtual", k, 50, 1);
        }
        assertEquals(List.of("platform-pool: 4 threads on 1, 2 core(s)", "thread-per-task: 8 threads on 1, 2, 4 core(s)"),
                Oversubscription.warnings(w, List.of()));
    }
}
