package io.taizhang.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless chromium, started once per page load with a fresh profile. Its absence fails
 * the test: CI installs it ({@code .ci/run}), and a board nobody has looked at is not tested.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** The DOM after the page's scripts ran (virtual time lets its fetches finish first). */
    static String dumpDom(String url) throws IOException, InterruptedException {
        return run(url, List.of("--dump-dom"));
    }

    static void screenshot(String url, Path png) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(url, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1400,1000", "--hide-scrollbars"));
        assertTrue(Files.size(png) > 10_000, "the screenshot " + png + " is empty");
    }

    private static String run(String url, List<String> mode) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(BINARY), "Debian's chromium is required at " + BINARY
                + " (apt-get install -y chromium; .ci/run installs it)");
        Path profile = Files.createTempDirectory("taizhang-board-");
        try {
            List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=15000"));
            command.addAll(mode);
            command.add(url);
            Path out = profile.resolve("stdout");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(profile.resolve("stderr").toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish within 90 s: " + url);
            }
            assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(profile.resolve("stderr")));
            return read(out);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
