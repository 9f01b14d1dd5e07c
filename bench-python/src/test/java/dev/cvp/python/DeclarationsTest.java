package dev.cvp.python;

import dev.cvp.support.testing.DeclarationCheck;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark of bench-python is declared (lesson, summary, metric), every strategy it runs has a role,
 * every parameter a meaning and every figure a secondary result: what the report reads from
 * benchmarks.json matches what JMH runs.
 */
class DeclarationsTest {

    @Test
    void everyBenchmarkIsDeclaredAndEveryDeclarationNamesWhatRuns() {
        DeclarationCheck.assertDeclared("bench-python", "dev.cvp.python");
    }
}
