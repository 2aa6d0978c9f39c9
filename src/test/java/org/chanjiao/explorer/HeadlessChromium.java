package org.chanjiao.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.fail;

/**
 * A headless Chromium for the browser tests: Debian's chromium driven by its
 * chromium-driver, with a profile of its own in a temporary folder (deleted by
 * {@link #close}) and the page's console kept, and the waits and steps the tests share.
 * Every wait is for a condition, for at most {@link #WAIT}. Without /usr/bin/chromedriver
 * or /usr/bin/chromium, {@link #start} fails the test class when the environment variable
 * CI is set and skips it otherwise.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Duration WAIT = Duration.ofSeconds(30);

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts a browser, or skips (fails, under CI) the calling test class when there is
	 * none.
	 * @param tests who needs it, for the message when it is missing ("GraphiQL's browser
	 * tests")
	 * @param name names the profile's temporary folder
	 * @param networkLog whether Chrome's performance log, with its network events, is
	 * kept
	 * @param arguments command-line arguments beyond the common ones
	 */
	static HeadlessChromium start(String tests, String name, boolean networkLog, String... arguments)
			throws IOException {
		if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
			String message = tests + " need Debian's chromium and chromium-driver (" + CHROMEDRIVER + ", " + CHROMIUM
					+ "): apt-get install -y chromium chromium-driver";
			if (System.getenv("CI") != null) {
				fail(message);
			}
			Assumptions.abort(message);
		}
		Path profile = Files.createTempDirectory(name + "-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1400,900", "--user-data-dir=" + profile);
		options.addArguments(arguments);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		if (networkLog) {
			logs.enable(LogType.PERFORMANCE, Level.ALL);
		}
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(WAIT);
		return new HeadlessChromium(driver, profile);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/** Quits the browser and deletes its profile. */
	@Override
	public void close() throws IOException {
		this.driver.quit();
		FileSystemUtils.deleteRecursively(this.profile);
	}

	/**
	 * Prints the page's console warnings and errors since the last call: a failing step
	 * is easier to read with them next to it.
	 */
	void printConsoleWarnings() {
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
				System.out.println("[browser] " + entry.getLevel() + " " + entry.getMessage());
			}
		}
	}

	/**
	 * Waits until the condition holds (answers neither null nor false), for at most
	 * {@link #WAIT}.
	 * @return what the condition answered last
	 */
	<T> T await(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, WAIT).until((d) -> {
			T value = condition.apply(d);
			return (value instanceof Boolean b && !b) ? null : value;
		});
	}

	/** The first element found, if it is displayed; otherwise null. */
	WebElement visible(By by) {
		List<WebElement> found = this.driver.findElements(by);
		return (!found.isEmpty() && found.get(0).isDisplayed()) ? found.get(0) : null;
	}

	/** Clicks the element once it is displayed. */
	void click(By by) {
		await((d) -> visible(by)).click();
	}

	/**
	 * Toggles a checkbox from the keyboard (a mouse click at computed coordinates can
	 * land on a neighbour while the page is still settling) and waits for the new state.
	 */
	void toggle(By by) {
		WebElement box = await((d) -> visible(by));
		boolean before = box.isSelected();
		box.sendKeys(Keys.SPACE);
		await((d) -> d.findElement(by).isSelected() != before);
	}

	Object js(String script) {
		return this.driver.executeScript(script);
	}

	@SuppressWarnings("unchecked")
	List<String> strings(String script) {
		return (List<String>) js(script);
	}

	long number(String script) {
		return ((Number) js(script)).longValue();
	}

	void screenshot(Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
