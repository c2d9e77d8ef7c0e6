package id.monevkip.shared;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import id.monevkip.Application;

/**
 * The real application (its own main class, the embedded database as {@code ./mvnw spring-boot:run} starts it) in
 * a separate JVM on a given data directory, so that a test can kill it as the operating system would. The test
 * classes stay off its class path: their {@code @TestConfiguration}s would otherwise be scanned in as well.
 */
final class ChildApplication {

	static final String ADMIN_EMAIL = "admin@crash.test";

	static final String ADMIN_PASSWORD = "crash-test-Password-1";

	/** The whole application with its Flyway migrations on a busy two-core machine. */
	private static final Duration STARTUP = Duration.ofMinutes(4);

	private final Process process;

	private final Path log;

	private final int port;

	private ChildApplication(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts the application and waits until {@code /actuator/health} answers UP. */
	static ChildApplication start(Path dataDir, Path log) throws IOException, InterruptedException {
		int port = freePort();
		var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", mainClassPath(), Application.class.getName(),
				"--app.data-dir=" + dataDir, "--server.port=" + port, "--app.demo=false",
				"--app.admin.email=" + ADMIN_EMAIL, "--app.admin.password=" + ADMIN_PASSWORD,
				"--app.reminders.enabled=false"));
		var process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		var child = new ChildApplication(process, log, port);
		child.awaitHealthy();
		return child;
	}

	long pid() {
		return process.pid();
	}

	int port() {
		return port;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	String log() throws IOException {
		return Files.readString(log);
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** {@code kill -9}: the JVM ends at once, without shutdown hooks, leaving its PostgreSQL running. */
	void killHard() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** A normal stop (SIGTERM), as Ctrl+C or systemd would; Spring stops the embedded database. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private void awaitHealthy() throws IOException, InterruptedException {
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application exited with " + process.exitValue() + " while starting:\n"
						+ tail());
			}
			try {
				var health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		throw new IllegalStateException("the application did not start within " + STARTUP + ":\n" + tail());
	}

	private String tail() throws IOException {
		var text = log();
		return text.substring(Math.max(0, text.length() - 6000));
	}

	/** This JVM's class path without the test classes (Surefire puts the real class path in java.class.path). */
	private static String mainClassPath() {
		var entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !Path.of(entry).endsWith("test-classes"))
			.toList();
		if (entries.stream().noneMatch(entry -> Path.of(entry).endsWith("classes"))) {
			throw new IllegalStateException("target/classes is not on the class path: " + entries);
		}
		return String.join(File.pathSeparator, entries);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
