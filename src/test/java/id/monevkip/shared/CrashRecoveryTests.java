package id.monevkip.shared;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application really crashes: it runs in a child JVM on its embedded database, an administrator saves body
 * categories through the pages, and the child is killed with SIGKILL right after a save was acknowledged (the
 * server answered with its redirect). First the JVM alone, which leaves its PostgreSQL running; then the JVM and
 * PostgreSQL together, as a power cut would. After each crash the application must start again by itself and every
 * acknowledged save must be there.
 */
class CrashRecoveryTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

	/** Saves acknowledged before the kill; two writers, so that further saves are on their way when it comes. */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 25;

	@TempDir
	Path temp;

	private ChildApplication running;

	@Test
	void everyAcknowledgedSaveSurvivesKillingTheJvmAloneAndThenTheJvmTogetherWithPostgres() throws Exception {
		Path dataDir = temp.resolve("data");
		Path log = temp.resolve("application.log");

		running = ChildApplication.start(dataDir, log);
		var acknowledged = new HashSet<>(saveUntilKilled(running, "A", () -> running.killHard()));
		long orphan = postmasterPid(dataDir);
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
			.as("kill -9 of the JVM leaves its PostgreSQL running: the case this is about")
			.contains(true);

		int logBefore = running.log().length();
		running = ChildApplication.start(dataDir, log);
		assertThat(running.log().substring(logBefore)).contains("Found PostgreSQL (pid " + orphan + ") still running on",
				"Stopped the earlier PostgreSQL (pid " + orphan + ")");
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
		assertThat(savedCodes(dataDir)).containsAll(acknowledged);

		var second = running;
		long postmaster = postmasterPid(dataDir);
		acknowledged.addAll(saveUntilKilled(second, "B", () -> killTogether(second, postmaster)));
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));

		logBefore = running.log().length();
		running = ChildApplication.start(dataDir, log);
		assertThat(running.log().substring(logBefore)).contains("did not stop cleanly");
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(2 * ACKNOWLEDGED_BEFORE_KILL);
		assertThat(savedCodes(dataDir)).containsAll(acknowledged);
		assertThat(new AdminSession(running).categoriesPage()).contains("A-001", "B-001");
	}

	@AfterEach
	void stopWhatIsLeft() throws Exception {
		if (running != null && running.isAlive()) {
			running.stop();
		}
		// The children's log (recovery messages, PostgreSQL's own) outlives the temporary directory, for a look.
		var log = temp.resolve("application.log");
		if (Files.exists(log)) {
			Files.copy(log, Path.of("target", "crash-recovery-application.log"), StandardCopyOption.REPLACE_EXISTING);
		}
		// A failure between a kill and the next start leaves the PostgreSQL this test's children started.
		var pidFile = temp.resolve("data/postgres/postmaster.pid");
		if (Files.exists(pidFile)) {
			ProcessHandle.of(postmasterPid(temp.resolve("data"))).ifPresent(leftover -> {
				leftover.destroy();
				leftover.onExit().orTimeout(60, TimeUnit.SECONDS).join();
			});
		}
	}

	/**
	 * Two administrators' tabs save categories {@code <series>-001}, {@code <series>-002}... as fast as the server
	 * answers; right after the {@value #ACKNOWLEDGED_BEFORE_KILL}th acknowledgement the crash happens.
	 * @return the codes of the saves the server acknowledged
	 */
	private Set<String> saveUntilKilled(ChildApplication application, String series, Crash crash) throws Exception {
		var session = new AdminSession(application);
		var acknowledged = ConcurrentHashMap.<String>newKeySet();
		var next = new AtomicInteger();
		var acknowledgements = new AtomicInteger();
		var failure = new AtomicReference<Exception>();
		var killed = new CountDownLatch(1);
		Runnable writer = () -> {
			while (killed.getCount() > 0) {
				var code = "%s-%03d".formatted(series, next.incrementAndGet());
				try {
					if (session.saveCategory(code)) {
						acknowledged.add(code);
						if (acknowledgements.incrementAndGet() == ACKNOWLEDGED_BEFORE_KILL) {
							crash.run();
							killed.countDown();
						}
					}
				}
				catch (IOException connectionLost) {
					// the save on its way when the server died: not acknowledged, may or may not be there
				}
				catch (Exception failed) {
					failure.compareAndSet(null, failed);
					killed.countDown();
				}
			}
		};
		var writers = Set.of(new Thread(writer), new Thread(writer));
		writers.forEach(Thread::start);
		assertThat(killed.await(3, TimeUnit.MINUTES)).as("the crash came").isTrue();
		for (var thread : writers) {
			thread.join(60_000);
		}
		assertThat(failure.get()).as("no save failed otherwise").isNull();
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
		return Set.copyOf(acknowledged);
	}

	/**
	 * One {@code kill -9} for the JVM, the postmaster and every PostgreSQL process under it (WAL writer, backends),
	 * as a power cut would: no process is left to write out what it still holds in memory.
	 */
	private static void killTogether(ChildApplication application, long postmaster) throws Exception {
		var victims = new ArrayList<String>(List.of(Long.toString(application.pid()), Long.toString(postmaster)));
		ProcessHandle.of(postmaster).ifPresent(server -> server.descendants()
			.forEach(process -> victims.add(Long.toString(process.pid()))));
		var command = new ArrayList<String>(List.of("kill", "-KILL"));
		command.addAll(victims);
		var kill = new ProcessBuilder(command).inheritIO().start();
		assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
		application.killHard(); // only waits: the process is already gone
		for (var victim : victims) {
			ProcessHandle.of(Long.parseLong(victim)).ifPresent(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
		}
	}

	private static long postmasterPid(Path dataDir) throws IOException {
		return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
	}

	/** Read straight from the database the restarted application runs on (port from its postmaster.pid). */
	private static Set<String> savedCodes(Path dataDir) throws Exception {
		int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).trim());
		try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
				var rows = connection.createStatement().executeQuery("select code from body_category")) {
			var codes = new HashSet<String>();
			while (rows.next()) {
				codes.add(rows.getString(1));
			}
			return codes;
		}
	}

	@FunctionalInterface
	private interface Crash {

		void run() throws Exception;

	}

	/** An administrator signed in through the login page, using the category pages as a browser would. */
	private static final class AdminSession {

		private final ChildApplication application;

		private final HttpClient http;

		AdminSession(ChildApplication application) throws Exception {
			this.application = application;
			this.http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(5))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			var signedIn = post("/login", Map.of("username", ChildApplication.ADMIN_EMAIL, "password",
					ChildApplication.ADMIN_PASSWORD, "_csrf", csrf("/login")));
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).doesNotContain("error"));
		}

		/** @return whether the server acknowledged the save (its redirect back to the list) */
		boolean saveCategory(String code) throws Exception {
			var fields = new LinkedHashMap<String, String>();
			fields.put("code", code);
			fields.put("name", "Kategori uji " + code);
			fields.put("sortOrder", "0");
			fields.put("active", "true");
			fields.put("version", "0");
			fields.put("_csrf", csrf("/admin/categories/new"));
			var response = post("/admin/categories", fields);
			return response.statusCode() == 302
					&& response.headers().firstValue("Location").orElse("").endsWith("/admin/categories");
		}

		String categoriesPage() throws Exception {
			var page = get("/admin/categories");
			assertThat(page.statusCode()).isEqualTo(200);
			return page.body();
		}

		private String csrf(String path) throws Exception {
			var page = get(path);
			var token = CSRF.matcher(page.body());
			assertThat(token.find()).as("a CSRF token on " + path).isTrue();
			return token.group(1);
		}

		private HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(application.uri(path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
			var form = fields.entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return http.send(HttpRequest.newBuilder(application.uri(path))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
