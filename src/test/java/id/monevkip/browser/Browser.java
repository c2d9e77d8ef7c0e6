package id.monevkip.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, with explicit paths so that nothing is ever downloaded. Without a
 * browser the tests are skipped with a message, except on CI (CI=true), where that fails the build.
 */
public final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	static final File CHROMEDRIVER = new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	public static final Dimension PHONE = new Dimension(360, 780);

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/** Opens a fresh headless browser, or skips the calling test when none is installed (fails on CI). */
	public static Browser open(int port) {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but Chromium/chromedriver are missing at " + CHROMIUM + " and "
					+ CHROMEDRIVER + ": install the Debian packages chromium and chromium-driver");
		}
		Assumptions.assumeTrue(installed, () -> "SKIPPED browser test: no Chromium at " + CHROMIUM + " or chromedriver at "
				+ CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=id-ID", "--window-size=1280,900");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public void get(String path) {
		driver.get(baseUrl + path);
	}

	/**
	 * Clicks something that loads another page (a submit button, a link) and returns once that page has replaced
	 * the current one and finished loading; reading the page right after a plain click may still see the old one,
	 * or an element of it that is just being replaced.
	 */
	public void clickToLoad(By by) {
		var element = driver.findElement(by);
		// mark the current document: the click has loaded a new page once the mark is gone. (Waiting for the old
		// <html> element to go stale races with Chromium, which may answer "node does not belong to the document"
		// as an unknown error instead of a stale element.)
		((JavascriptExecutor) driver).executeScript(
				"window.__beforeClick = true; arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.ignoring(WebDriverException.class);
		wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
				"return window.__beforeClick !== true && document.readyState === 'complete'")));
	}

	/**
	 * Chromium's network emulation (DevTools): offline, or a link of the given latency and bandwidth in both
	 * directions; {@code kbitPerSecond <= 0} means no bandwidth limit. {@link #normalNetwork()} lifts it.
	 */
	public void emulateNetwork(boolean offline, int latencyMs, int kbitPerSecond) {
		var chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Network.enable", Map.of());
		double bytesPerSecond = kbitPerSecond <= 0 ? -1 : kbitPerSecond * 1000 / 8.0;
		chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", latencyMs,
				"downloadThroughput", bytesPerSecond, "uploadThroughput", bytesPerSecond));
	}

	public void normalNetwork() {
		emulateNetwork(false, 0, 0);
	}

	/** Requests to URLs matching these patterns ({@code *} wildcards) fail as if the server could not be reached. */
	public void blockRequests(List<String> urlPatterns) {
		var chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Network.enable", Map.of());
		chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", urlPatterns));
	}

	/** The text of the page's main element. */
	public String mainText() {
		return driver.findElement(By.tagName("main")).getText();
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	public void size(Dimension dimension) {
		driver.manage().window().setSize(dimension);
	}

	/** Saves a screenshot of the current page as target/screenshots/{name}.png. */
	public void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENSHOTS.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot save screenshot " + name, ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
