package dev.cvp.io.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    @Test
    void timersFireInDeadlineOrderThenSchedulingOrder() throws Exception {
        try (EventLoop loop = new EventLoop()) {
            List<String> fired = new ArrayList<>();
            long base = System.nanoTime();
            loop.scheduleAt(base + TimeUnit.MILLISECONDS.toNanos(3), () -> fired.add("late"));
            loop.scheduleAt(base, () -> fired.add("now-1"));
            loop.scheduleAt(base, () -> fired.add("now-2"));
            loop.scheduleAt(base + TimeUnit.MILLISECONDS.toNanos(1), () -> fired.add("soon"));
            loop.runUntil(() -> fired.size() == 4, TimeUnit.SECONDS.toNanos(10));
            assertEquals(List.of("now-1", "now-2", "soon", "late"), fired);
            assertEquals(0, loop.pendingTimers());
        }
    }

    @Test
    void tenThousandTimersAllFireOnOneThread() throws Exception {
        try (EventLoop loop = new EventLoop()) {
            int[] fired = {0};
            Thread loopThread = Thread.currentThread();
            boolean[] otherThread = {false};
            for (int i = 0; i < 10_000; i++) {
                loop.schedule(TimeUnit.MILLISECONDS.toNanos(2), () -> {
                    fired[0]++;
                    otherThread[0] |= Thread.currentThread() != loopThread;
                });
            }
            loop.runUntil(() -> fired[0] == 10_000, TimeUnit.SECONDS.toNanos(10));
            assertEquals(10_000, fired[0]);
            assertTrue(!otherThread[0], "a timer ran off the loop thread");
        }
    }

    @Test
    void workHandedOverFromAnotherThreadWakesTheLoop() throws Exception {
        try (EventLoop loop = new EventLoop()) {
            AtomicBoolean ran = new AtomicBoolean();
            Thread other = Thread.ofPlatform().start(() -> loop.execute(() -> ran.set(true)));
            loop.runUntil(ran::get, TimeUnit.SECONDS.toNanos(10));
            other.join();
            assertTrue(ran.get());
        }
    }

    @Test
    void runUntilGivesUpAtItsDeadline() throws Exception {
        try (EventLoop loop = new EventLoop()) {
            TimeoutException e = assertThrows(TimeoutException.class,
                    () -> loop.runUntil(() -> false, TimeUnit.MILLISECONDS.toNanos(20)));
            assertTrue(e.getMessage().contains("not done"), e.getMessage());
        }
    }
}
