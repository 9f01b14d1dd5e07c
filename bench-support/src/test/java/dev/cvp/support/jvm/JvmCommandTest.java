package dev.cvp.support.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmCommandTest {

    /** The child of {@link #aChildRunsTheMainClassWithItsArgumentsAndThisJvmsProcessorCount}. */
    public static final class EchoMain {
        public static void main(String[] args) {
            System.out.println(Runtime.getRuntime().availableProcessors() + " " + String.join(" ", args));
        }
    }

    @Test
    void anArgumentListWithTheParentsJavaClassPathAndProcessorCount() {
        List<String> command = JvmCommand.of(EchoMain.class).flags("-Xmx64m").args("a b", "*").toList();
        assertEquals(List.of(JvmCommand.javaExecutable().toString(),
                "-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), EchoMain.class.getName(), "a b", "*"), command);
        assertTrue(Files.isExecutable(Path.of(command.get(0))), command.get(0));
    }

    @Test
    void javaExecutableBelongsToTheRunningJdk() throws IOException {
        Path java = JvmCommand.javaExecutable().toRealPath();
        Path home = Path.of(System.getProperty("java.home")).toRealPath();
        assertTrue(java.startsWith(home), java + " is not under java.home " + home);
    }

    @Test
    void aChildRunsTheMainClassWithItsArgumentsAndThisJvmsProcessorCount() throws Exception {
        Process child = JvmCommand.of(EchoMain.class).flags("-Xshare:auto").args("a b", "$HOME", "*")
                .processBuilder().start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, child.waitFor());
        // no shell: the arguments arrive as written, not split, expanded or globbed
        assertEquals(Runtime.getRuntime().availableProcessors() + " a b $HOME *", out);
    }
}
