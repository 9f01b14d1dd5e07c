package dev.cvp.process.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class EchoThreadTest {

    @Test
    void platformAndVirtualEchoAnswerEveryValuePlusOneAndStop() throws InterruptedException {
        for (ThreadFactory threads : new ThreadFactory[] {Thread.ofPlatform().factory(), Thread.ofVirtual().factory()}) {
            try (EchoThread echo = new EchoThread(threads)) {
                for (long value = 0; value < 1_000; value++) {
                    assertEquals(value + 1, echo.echo(value));
                }
            }
        }
    }
}
