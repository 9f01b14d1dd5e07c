package dev.cvp.process.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cvp.process.kernel.KernelSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WireTest {

    @Test
    void taskRequestsSurviveTheTrip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        Wire.writeTask(out, new KernelSpec("fib", 8, 34), 5);
        Wire.writeTask(out, new KernelSpec("matmul", 2, 1), 0);
        DataInputStream in = input(bytes);
        assertEquals(new Wire.TaskRequest(new KernelSpec("fib", 8, 34), 5), Wire.readTask(in));
        assertEquals(new Wire.TaskRequest(new KernelSpec("matmul", 2, 1), 0), Wire.readTask(in));
        assertNull(Wire.readTask(in), "a closed pipe between requests is the end, not an error");
    }

    @Test
    void answersCarryResultsOrFailures() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        Wire.writeResult(out, -42L);
        Wire.writeFailure(out, "unknown kernel 'x'");
        DataInputStream in = input(bytes);
        assertEquals(-42L, Wire.readResult(in));
        Wire.WorkerFailedException failure = assertThrows(Wire.WorkerFailedException.class, () -> Wire.readResult(in));
        assertEquals("unknown kernel 'x'", failure.getMessage());
        assertThrows(EOFException.class, () -> Wire.readResult(in));
    }

    @Test
    void garbageIsRejected() {
        assertThrows(IOException.class, () -> Wire.readResult(input(new byte[] {7, 0, 0})));
        assertThrows(IOException.class, () -> Wire.awaitReady(new ByteArrayInputStream("Picked up".getBytes())));
        assertThrows(EOFException.class, () -> Wire.awaitReady(new ByteArrayInputStream(new byte[0])));
    }

    private static DataInputStream input(ByteArrayOutputStream bytes) {
        return input(bytes.toByteArray());
    }

    private static DataInputStream input(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
