package dev.pgdl.cli.tools;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Debian's Chromium, headless, driven through its own chromedriver (packages {@code chromium}
 * and {@code chromium-driver}), with a fresh profile and no background network traffic.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of(System.getProperty("pgdl.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("pgdl.chromedriver", "/usr/bin/chromedriver"));

    /** Selenium warns that it has no DevTools binding for this Chromium; the WebDriver protocol used here needs none. */
    private static final Logger DEVTOOLS_VERSION_WARNING = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        DEVTOOLS_VERSION_WARNING.setLevel(Level.SEVERE);
    }

    private HeadlessChromium() {
    }

    /** A browser with a {@code width} x {@code height} window; the caller quits it. */
    public static ChromeDriver start(int width, int height) throws IOException {
        for (Path executable : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing; install Chromium with: "
                        + "apt-get install -y chromium chromium-driver");
            }
        }
        Path profile = Files.createTempDirectory("pgdl-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }
}
