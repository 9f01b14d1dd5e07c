package dev.cvp.io;

import dev.cvp.support.testing.DeclarationCheck;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark of bench-io is declared (lesson, summary, metric), every strategy it runs has a role,
 * every parameter a meaning and every figure a secondary result: what the report reads from
 * benchmarks.json matches what JMH runs.
 */
class DeclarationsTest {

    @Test
    void everyBenchmarkIsDeclaredAndEveryDeclarationNamesWhatRuns() {
        DeclarationCheck.assertDeclared("bench-io", "dev.cvp.io");
    }
}
