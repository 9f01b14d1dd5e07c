package dev.cvp.io;

import dev.cvp.io.strategy.Strategies;
import dev.cvp.support.testing.StrategyParams;
import org.junit.jupiter.api.Test;

/**
 * Every {@code strategy} value of every I/O benchmark is a registered name, and every registered
 * name is run (the baseline as the {@code sequential} method, which has no strategy parameter).
 */
class StrategyParamsTest {

    @Test
    void theBenchmarksRunExactlyTheRegisteredStrategies() {
        StrategyParams.assertTied(Strategies.REGISTRY, IoBenchmark.class);
    }
}
