package id.monevkip.shared.embedded;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What PostgreSQL writes into {@code postmaster.pid} while it runs: the server's process id on the first line, its
 * data directory on the second, then start time, port, socket directory, listen address, shared memory key and status.
 *
 * @param pid the postmaster's process id
 * @param dataDirectory the data directory the server said it runs on
 * @param port its port, when the file already has that line
 */
record PostmasterPidFile(long pid, Path dataDirectory, @Nullable Integer port) {

	static final String NAME = "postmaster.pid";

	/** The file's content as PostgreSQL writes it, or empty when it is not such a file (empty, cut short, garbage). */
	static Optional<PostmasterPidFile> parse(String content) {
		var lines = content.split("\r?\n", -1);
		if (lines.length < 2) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(lines[0].trim());
			var directory = lines[1].trim();
			if (pid <= 0 || directory.isEmpty()) {
				return Optional.empty();
			}
			Integer port = lines.length > 3 && lines[3].trim().matches("\\d{1,5}") ? Integer.valueOf(lines[3].trim()) : null;
			return Optional.of(new PostmasterPidFile(pid, Path.of(directory), port));
		}
		catch (NumberFormatException | InvalidPathException notAPidFile) {
			return Optional.empty();
		}
	}

}
