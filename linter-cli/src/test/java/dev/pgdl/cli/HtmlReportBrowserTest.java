package dev.pgdl.cli;

import dev.pgdl.cli.tools.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) opens the report of the examples, shows its summary, charts and
 * findings, and filters and sorts the objects. Screenshots go to {@code target/browser/}.
 * Runs with {@code -Pbrowser}; without Chromium it fails, it never skips.
 */
@Tag("browser")
class HtmlReportBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "browser");

    @TempDir
    static Path dir;

    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        browser = HeadlessChromium.start(1280, 1900);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSummaryTheChartsAndTheFindingsAreShown() throws IOException {
        open("en");

        assertThat(browser.getTitle()).isEqualTo("pgdl report: ../examples");
        assertThat(browser.findElements(By.cssSelector(".totals .count"))).extracting(WebElement::getText)
                .allSatisfy(count -> assertThat(count).matches("\\d+")).hasSize(3);
        for (String chart : List.of("chart-severity", "chart-category", "chart-compliance")) {
            WebElement svg = browser.findElement(By.cssSelector("#" + chart + " svg"));
            assertThat(svg.isDisplayed()).as(chart).isTrue();
            assertThat(svg.getSize().getHeight()).as(chart).isPositive();
            assertThat(svg.findElements(By.cssSelector("rect.segment"))).as(chart)
                    .anySatisfy(bar -> assertThat(bar.getSize().getWidth()).isPositive());
        }
        WebElement worst = browser.findElement(By.cssSelector("#objects-table .object"));
        assertThat(worst.findElement(By.cssSelector("li.finding")).isDisplayed()).as("collapsed").isFalse();
        worst.findElement(By.tagName("summary")).click();
        WebElement finding = worst.findElement(By.cssSelector("li.finding"));
        assertThat(finding.isDisplayed()).isTrue();
        assertThat(finding.findElement(By.className("message")).getText()).isNotBlank();

        assertThat(screenshot("report-en.png").getWidth()).isEqualTo(1280);
    }

    @Test
    void filteringBySeverityShowsOnlyObjectsAndFindingsOfThatSeverity() {
        open("en");
        List<WebElement> objects = browser.findElements(By.cssSelector("#objects-table .object"));
        long withInfos = objects.stream().filter(o -> !o.getAttribute("data-infos").equals("0")).count();

        new Select(browser.findElement(By.id("filter-severity"))).selectByValue("info");

        List<WebElement> shown = objects.stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSize((int) withInfos).isNotEmpty()
                .allSatisfy(o -> assertThat(o.getAttribute("data-infos")).isNotEqualTo("0"));
        assertThat(browser.findElement(By.id("shown-count")).getText())
                .isEqualTo("Showing " + withInfos + " of " + objects.size() + " objects");
        WebElement first = shown.get(0);
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElements(By.cssSelector("li.finding")).stream().filter(WebElement::isDisplayed))
                .isNotEmpty().allSatisfy(f -> assertThat(f.getAttribute("data-severity")).isEqualTo("info"));

        new Select(browser.findElement(By.id("filter-severity"))).selectByValue("");

        assertThat(objects).allSatisfy(o -> assertThat(o.isDisplayed()).isTrue());
    }

    @Test
    void sortingByNameOrdersTheObjectsAlphabetically() {
        open("en");

        browser.findElement(By.cssSelector("[data-sort=name] button")).click();

        List<String> names = browser.findElements(By.cssSelector("#objects-table .object")).stream()
                .map(o -> o.getAttribute("data-name")).toList();
        assertThat(names).isSortedAccordingTo(String::compareTo);
        assertThat(browser.findElement(By.cssSelector("[data-sort=name]")).getAttribute("data-order"))
                .isEqualTo("ascending");
    }

    @Test
    void theJapaneseReportIsShownInJapanese() throws IOException {
        open("ja");

        assertThat(browser.findElements(By.cssSelector("main > section > h2"))).extracting(WebElement::getText)
                .containsExactly("概要", "オブジェクト", "抑止された指摘 (0)",
                "ベースラインで受け入れた指摘 (0)", "ルール");
        browser.findElement(By.cssSelector("#objects-table details.object summary")).click();

        assertThat(screenshot("report-ja.png").getWidth()).isEqualTo(1280);
    }

    private static void open(String language) {
        Path report = dir.resolve("report-" + language + ".html");
        if (!Files.exists(report)) {
            PgdlRun run = PgdlRun.of("check", "--format", "html", "--output", report.toString(), "--lang", language,
                    "--fail-on", "never", Path.of("..", "examples").toString());
            assertThat(run.err()).isEmpty();
        }
        browser.get(report.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(loaded -> "complete".equals(
                browser.executeScript("return document.readyState")) && !browser.findElements(By.tagName("footer")).isEmpty());
    }

    private static BufferedImage screenshot(String name) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
