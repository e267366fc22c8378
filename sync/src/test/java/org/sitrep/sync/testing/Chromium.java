package org.sitrep.sync.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's real Chromium, headless, as a reader of the status page: it renders what was published
 * and gives back the DOM after rendering, or a screenshot. Installed by {@code .ci/run}; a test
 * that needs it fails without it, never skips.
 */
public final class Chromium {

  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private final Path binary;
  private final Path work;

  private Chromium(Path binary, Path work) {
    this.binary = binary;
    this.work = work;
  }

  public static Chromium find(Path work) {
    for (String c : CANDIDATES) {
      if (Files.isExecutable(Path.of(c))) {
        return new Chromium(Path.of(c), work);
      }
    }
    throw new IllegalStateException(
        "no Chromium at " + CANDIDATES + ": apt-get install chromium (as .ci/run does)");
  }

  /**
   * The DOM after the page loaded and its scripts ran, in the given time zone. (Chromium's DOM dump
   * itself needs scripting on, so what a reader without JavaScript sees is the published HTML.)
   */
  public String dumpDom(String url, String timeZone) throws Exception {
    List<String> args = new ArrayList<>(common());
    args.add("--dump-dom");
    args.add(url);
    return run(args, timeZone);
  }

  /** A PNG of the page at a phone-like or desktop width. */
  public void screenshot(String url, Path png, int width, int height) throws Exception {
    List<String> args = new ArrayList<>(common());
    args.add("--screenshot=" + png.toAbsolutePath());
    args.add("--window-size=" + width + "," + height);
    args.add("--hide-scrollbars");
    args.add(url);
    run(args, "UTC");
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      throw new IllegalStateException("Chromium wrote no screenshot to " + png);
    }
  }

  private List<String> common() throws IOException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    return List.of(
        binary.toString(),
        "--headless",
        "--no-sandbox", // the tests may run as root in CI containers
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--virtual-time-budget=5000");
  }

  private String run(List<String> args, String timeZone) throws Exception {
    Path out = Files.createTempFile(work, "chromium", ".out");
    Path err = Files.createTempFile(work, "chromium", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> env = pb.environment();
    env.put("TZ", timeZone);
    env.put("LANG", "en_GB.UTF-8");
    Process p = pb.start();
    // A loaded machine starts a browser slowly: a generous limit, not a tight one.
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("Chromium did not finish within 180 s: " + args);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "Chromium exited "
              + p.exitValue()
              + ": "
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
