package id.monevkip.shared.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;

/**
 * Backup and restore of an embedded installation: the whole data directory (the PostgreSQL files under
 * {@code postgres/} together with the evidence, guide, photo and import files beside them) as one {@code .tar.gz}.
 * Both run while the application is stopped, which the {@link InstanceLock} makes sure of: a stopped PostgreSQL's
 * files are a consistent copy of the database, and database and files are taken at the same moment. A server left
 * running by a crash is stopped first, as at an application start. The archive is written by the system's
 * {@code tar}, which keeps the file modes PostgreSQL insists on.
 */
@Slf4j
public final class DataDirectoryArchive {

	private static final String POSTGRES = "postgres";

	/** Where a restore keeps what it replaced; such directories are left out of later backups. */
	static final String RESTORE_PREFIX = "restore-";

	private static final String MARKER = "./" + POSTGRES + "/PG_VERSION";

	private static final Duration TAR_TIMEOUT = Duration.ofHours(2);

	private final Clock clock;

	public DataDirectoryArchive(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Writes the data directory into a new archive.
	 * @throws IllegalStateException when the application runs, the archive exists already or lies inside the data
	 * directory, or there is no embedded database to back up
	 */
	public void backup(Path dataDir, Path archive) throws IOException {
		var directory = dataDir.toAbsolutePath().normalize();
		var target = archive.toAbsolutePath().normalize();
		if (!Files.exists(directory.resolve(POSTGRES).resolve("PG_VERSION"))) {
			throw new IllegalStateException("No embedded database in " + directory + " to back up (is APP_DATA_DIR right?)");
		}
		if (target.startsWith(directory)) {
			throw new IllegalStateException("The backup " + target + " must not lie inside the data directory " + directory);
		}
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target + " exists already; choose a new name so that no backup is overwritten");
		}
		try (var lock = claim(directory, "backup")) {
			new PostmasterRecovery().prepare(directory.resolve(POSTGRES));
			Files.createDirectories(target.getParent());
			var partial = target.resolveSibling(target.getFileName() + ".partial");
			Files.deleteIfExists(partial);
			try {
				tar(List.of("--create", "--gzip", "--file", partial.toString(), "--exclude=./" + InstanceLock.NAME,
						"--exclude=./" + RESTORE_PREFIX + "*",
						"--directory", directory.toString(), "."));
				requireBackup(partial);
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		log.info("Backed up {} into {} ({} bytes)", directory, target, Files.size(target));
	}

	/**
	 * Replaces the data directory's content by the archive's. Nothing is deleted: what was there moves into
	 * {@code restore-<time>/before/} inside the data directory (inside, because the data directory is often a mount
	 * point of its own), to be removed by hand once the restored installation runs well.
	 * @return that directory, or null when the data directory was empty
	 * @throws IllegalStateException when the application runs or the file is not a backup of an installation
	 */
	public @Nullable Path restore(Path archive, Path dataDir) throws IOException {
		var source = archive.toAbsolutePath().normalize();
		var directory = dataDir.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source)) {
			throw new IllegalStateException("No backup file " + source);
		}
		requireBackup(source);
		Files.createDirectories(directory);
		try (var lock = claim(directory, "restore")) {
			if (Files.exists(directory.resolve(POSTGRES).resolve("PG_VERSION"))) {
				new PostmasterRecovery().prepare(directory.resolve(POSTGRES));
			}
			var stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
			var work = Files.createDirectory(directory.resolve(RESTORE_PREFIX + stamp));
			var unpacked = Files.createDirectory(work.resolve("backup"));
			tar(List.of("--extract", "--gzip", "--file", source.toString(), "--directory", unpacked.toString()));
			Files.deleteIfExists(unpacked.resolve(InstanceLock.NAME));
			// The lock file stays where it is, so the directory remains claimed while its content is exchanged.
			var previous = work.resolve("before");
			boolean movedAside = moveContent(directory, previous);
			moveContent(unpacked, directory);
			Files.delete(unpacked);
			if (!movedAside) {
				Files.delete(work);
			}
			log.info("Restored {} into {}{}", source, directory,
					movedAside ? "; what was there before is in " + previous : "");
			return movedAside ? previous : null;
		}
	}

	private static InstanceLock claim(Path directory, String what) throws IOException {
		try {
			return InstanceLock.acquire(directory);
		}
		catch (IllegalStateException running) {
			throw new IllegalStateException("e-Monev KIP is running on " + directory + "; stop it before a " + what
					+ " (its database files must not change meanwhile), then start it again afterwards");
		}
	}

	/** Moves everything but the lock file and earlier restores' leftovers; false when there was nothing to move. */
	private static boolean moveContent(Path from, Path to) throws IOException {
		List<Path> entries;
		try (var listing = Files.list(from)) {
			entries = listing.filter(entry -> !entry.getFileName().toString().equals(InstanceLock.NAME))
				.filter(entry -> !entry.getFileName().toString().startsWith(RESTORE_PREFIX))
				.toList();
		}
		if (entries.isEmpty()) {
			return false;
		}
		Files.createDirectories(to);
		for (var entry : entries) {
			Files.move(entry, to.resolve(entry.getFileName().toString()));
		}
		return true;
	}

	/** The archive holds an installation's database, not just any tar file. */
	private static void requireBackup(Path archive) throws IOException {
		var listing = tar(List.of("--list", "--gzip", "--file", archive.toString(), MARKER));
		if (!listing.contains(MARKER)) {
			throw new IllegalStateException(archive + " is not a backup of an e-Monev KIP data directory");
		}
	}

	/** Runs the system's tar; its output, or an exception saying what it complained about. */
	private static String tar(List<String> arguments) throws IOException {
		var command = new ArrayList<String>();
		command.add("tar");
		command.addAll(arguments);
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(TAR_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IOException("tar did not finish within " + TAR_TIMEOUT);
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("interrupted while tar was running", interrupted);
		}
		if (process.exitValue() != 0) {
			if (arguments.contains("--list")) {
				return ""; // not a gzip tar, or the marker is missing: requireBackup says so
			}
			throw new IOException("tar " + String.join(" ", arguments) + " failed: " + output.strip());
		}
		return output;
	}

}
