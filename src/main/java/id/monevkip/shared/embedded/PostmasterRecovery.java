package id.monevkip.shared.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import id.monevkip.shared.embedded.LeftoverPostmaster.Clean;
import id.monevkip.shared.embedded.LeftoverPostmaster.StaleLockFile;
import id.monevkip.shared.embedded.LeftoverPostmaster.StillRunning;
import id.monevkip.shared.embedded.LeftoverPostmaster.Unsure;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;

/**
 * Clears what a crash left on the embedded database's data directory so that PostgreSQL can start: stops a server
 * still running from a killed run and removes a stale {@code postmaster.pid}. Call it only while holding the
 * {@link InstanceLock}: then no application of ours uses that server any more.
 */
@Slf4j
public final class PostmasterRecovery {

	/** A fast shutdown ends the sessions, writes a checkpoint and exits; on a small installation in seconds. */
	private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);

	/** An immediate shutdown exits at once; the next start replays the write-ahead log, losing nothing committed. */
	private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(30);

	private final Processes processes;

	PostmasterRecovery(Processes processes) {
		this.processes = processes;
	}

	public PostmasterRecovery() {
		this(new LocalProcesses());
	}

	/** Leaves the data directory ready for a PostgreSQL start, saying in the log what it found and did. */
	public void prepare(Path dataDirectory) throws IOException {
		var directory = dataDirectory.toRealPath();
		var finding = inspect(directory);
		if (finding instanceof StillRunning running) {
			log.warn("{}; stopping it before starting", finding.describe(directory));
			stop(running.pid());
			finding = inspect(directory);
		}
		if (finding instanceof StaleLockFile) {
			log.warn("{}; removing the file so that PostgreSQL can start", finding.describe(directory));
			Files.deleteIfExists(directory.resolve(PostmasterPidFile.NAME));
		}
		else if (finding instanceof Unsure || finding instanceof StillRunning) {
			throw new IllegalStateException(finding.describe(directory));
		}
		else if (finding instanceof Clean && Files.exists(directory.resolve("PG_VERSION"))) {
			log.info("PostgreSQL on {} was stopped cleanly last time", directory);
		}
	}

	/** What runs on (or was left on) the directory right now. */
	LeftoverPostmaster.Finding inspect(Path directory) throws IOException {
		return LeftoverPostmaster.inspect(directory, readPidFile(directory), processes);
	}

	private static @Nullable String readPidFile(Path directory) throws IOException {
		var file = directory.resolve(PostmasterPidFile.NAME);
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (java.nio.file.NoSuchFileException gone) {
			return null;
		}
		catch (java.nio.charset.MalformedInputException garbage) {
			return "";
		}
	}

	/** Asks the server to stop (fast shutdown, as {@code pg_ctl stop -m fast}), then immediately if it hangs. */
	private void stop(long pid) {
		long started = System.nanoTime();
		signal(pid, "INT");
		if (!awaitExit(pid, FAST_SHUTDOWN)) {
			log.warn("PostgreSQL (pid {}) did not stop within {} s; asking for an immediate shutdown (its write-ahead "
					+ "log is replayed at the next start)", pid, FAST_SHUTDOWN.toSeconds());
			signal(pid, "QUIT");
			if (!awaitExit(pid, IMMEDIATE_SHUTDOWN)) {
				throw new IllegalStateException("PostgreSQL (pid " + pid + ") from an earlier run does not stop; "
						+ "stop it by hand (kill -INT " + pid + ") and start again");
			}
		}
		log.info("Stopped the earlier PostgreSQL (pid {}) in {} ms", pid,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	private static void signal(long pid, String signal) {
		try {
			var kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
			if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
				return;
			}
			kill.destroyForcibly();
		}
		catch (IOException noKillCommand) {
			// no kill(1) on this system: fall back to the terminate signal below
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		// SIGTERM is PostgreSQL's "smart" shutdown: it waits for sessions to end, which those of a dead JVM have.
		ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
	}

	private static boolean awaitExit(long pid, Duration timeout) {
		var process = ProcessHandle.of(pid);
		if (process.isEmpty()) {
			return true;
		}
		try {
			process.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException stillRunning) {
			return false;
		}
		catch (java.util.concurrent.ExecutionException unexpected) {
			return !process.get().isAlive();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return !process.get().isAlive();
		}
	}

}
