package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the dashboard's browser tests, driven by Selenium through Debian's
 * packages {@code chromium} and {@code chromium-driver} (installed by .ci/run), with nothing
 * downloaded.
 *
 * <p>Both the browser ({@value #CHROMIUM}) and its driver ({@value #CHROMEDRIVER}) are named, so
 * Selenium Manager, which would otherwise look for (and download) a driver and a browser, is never
 * run; should it ever be, the system property {@code SE_OFFLINE=true} set here keeps it offline.
 * Every driver gets a fresh profile directory of its own, so no two tests share cookies.
 *
 * <p>A test calls {@link #assumeInstalled()} first (skipped without a browser, failing on CI), then
 * {@link #open(Path, int)} and {@link WebDriver#quit()} when done, in a {@code finally} block. The
 * methods are static and thread-safe; each driver belongs to one test at a time.
 */
final class Browser {
    /** Debian's Chromium. */
    static final String CHROMIUM = "/usr/bin/chromium";
    /** Debian's chromedriver, of the same version as {@link #CHROMIUM}. */
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** A desktop window's width, in CSS pixels. */
    static final int DESKTOP = 1100;
    /** A phone's width, in CSS pixels. */
    static final int PHONE = 400;
    /** Every window's height, in CSS pixels: tall, so a screenshot shows most of a page. */
    static final int HEIGHT = 1400;
    /** Chromium's narrowest window, in pixels; a narrower page is emulated as a phone's. */
    private static final int NARROWEST_WINDOW = 500;
    /** How long a page may take to load or to change after a click. */
    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);

    static {
        System.setProperty("SE_OFFLINE", "true");
    }

    private Browser() {
    }

    /**
     * Whether Chromium and chromedriver are both installed where Debian puts them.
     *
     * @return true if both are executable
     */
    static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /**
     * Skips the calling test if the browser is not installed, or fails it on CI (where the
     * environment variable {@code CI} is set), since .ci/run installs the browser there.
     */
    static void assumeInstalled() {
        if (System.getenv("CI") != null) {
            assertTrue(installed(), "CI must have chromium and chromium-driver: .ci/run installs"
                    + " them");
        }
        Assumptions.assumeTrue(installed(), "Chromium or chromedriver is not installed");
    }

    /**
     * Starts a headless Chromium whose page is {@code width} CSS pixels wide and {@link #HEIGHT}
     * high, with a fresh profile in a new directory under {@code profiles}.
     *
     * <p>The width is exact: it is set by Chromium's device emulation, since a window is never
     * narrower than 500 pixels. Below 500 the screen is a phone's (touch, the page's viewport meta
     * tag honoured): {@code document.documentElement.clientWidth} is {@code width}, and a page
     * wider than that makes the phone zoom out, as a real one does.
     *
     * @param profiles  the directory under which the profile is made, not null; a test's
     *                  {@code @TempDir} so it is deleted afterwards
     * @param width  the page's width in CSS pixels, {@link #PHONE} or {@link #DESKTOP} for
     *               example, at least 200
     * @return the driver, not null; the caller quits it
     * @throws IllegalArgumentException if the width is below 200
     * @throws UncheckedIOException if the profile directory cannot be made
     * @throws org.openqa.selenium.WebDriverException if chromedriver or Chromium does not start
     */
    static ChromeDriver open(Path profiles, int width) {
        if (width < 200) {
            throw new IllegalArgumentException("width must be at least 200 pixels: " + width);
        }
        ChromeOptions options = options(profile(profiles), width);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE);
            return driver;
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    /**
     * The options {@link #open(Path, int)} starts Chromium with: headless, no sandbox (tests may
     * run as root in a container), no GPU, no shared-memory files, nothing fetched in the
     * background (no component updates, sync or first-run pages), the given profile, and the
     * given page width as described at {@link #open(Path, int)}.
     *
     * @param profile  the profile directory, not null, fresh
     * @param width  the page's width in CSS pixels
     * @return new options, not null
     */
    static ChromeOptions options(Path profile, int width) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + Math.max(width, NARROWEST_WINDOW) + "," + HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        boolean phone = width < NARROWEST_WINDOW;
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                "width", width, "height", HEIGHT, "pixelRatio", 1.0,
                "mobile", phone, "touch", phone)));
        return options;
    }

    private static Path profile(Path profiles) {
        try {
            return Files.createTempDirectory(Files.createDirectories(profiles), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a Chromium profile under " + profiles, e);
        }
    }

    /**
     * Logs in through the dashboard's login page and waits for the page it leads to.
     *
     * @param driver  the browser, not null
     * @param base  the dashboard's address, {@code http://127.0.0.1:7070} for example, not null
     * @param user  the user name, not null
     * @param password  the password, not null
     * @throws AssertionError if the dashboard refuses the login, with the page's text
     */
    static void logIn(WebDriver driver, String base, String user, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("user")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(driver, By.id("login"));
        if (!driver.findElements(By.id("login")).isEmpty()) {
            throw new AssertionError("could not log in as " + user + ": "
                    + driver.findElement(By.tagName("body")).getText());
        }
    }

    /**
     * Clicks an element that loads another page (a link, a form's button) and waits until the
     * page it was on is gone and the next one has loaded, so what is read next is read on the
     * new page.
     *
     * @param driver  the browser, not null
     * @param what  the element to click, not null
     * @throws org.openqa.selenium.NoSuchElementException if the element is not on the page
     * @throws AssertionError if no new page comes within {@link #PATIENCE}
     */
    static void clickAndWait(WebDriver driver, By what) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        try {
            waiting(driver).until(d -> gone(page));
        } catch (TimeoutException e) {
            throw new AssertionError("clicking " + what + " led to no new page; still on "
                    + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
        }
    }

    /**
     * Tells whether an element's page is gone: stale, as Selenium says it, or, as chromedriver
     * sometimes says it instead while the next page loads, an element whose node "does not belong
     * to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Waits for an element to be on the page.
     *
     * @param driver  the browser, not null
     * @param what  the element to wait for, not null
     * @return the element, not null
     * @throws AssertionError if it is not there within {@link #PATIENCE}, with the page's source
     */
    static WebElement await(WebDriver driver, By what) {
        try {
            return waiting(driver).until(ExpectedConditions.presenceOfElementLocated(what));
        } catch (TimeoutException e) {
            throw new AssertionError("no " + what + " on " + driver.getCurrentUrl() + ": "
                    + driver.getPageSource(), e);
        }
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, PATIENCE, POLL);
    }

    /**
     * Saves what the window shows as a PNG image, making its directory if needed.
     *
     * @param driver  the browser, not null
     * @param file  where to save it, not null; {@code target/e2e/x.png} for example
     * @throws UncheckedIOException if the file cannot be written
     */
    static void screenshot(WebDriver driver, Path file) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save a screenshot to " + file, e);
        }
    }
}
