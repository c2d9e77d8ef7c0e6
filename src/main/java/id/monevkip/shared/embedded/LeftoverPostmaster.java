package id.monevkip.shared.embedded;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.monevkip.shared.embedded.Processes.RunningProcess;
import org.jspecify.annotations.Nullable;

/**
 * Decides, before the embedded PostgreSQL starts, what an earlier run left on its data directory. A JVM killed with
 * {@code kill -9} leaves its PostgreSQL running (re-parented to init) and holding {@code postmaster.pid}; a machine
 * that crashed or a container that restarted leaves a {@code postmaster.pid} whose process id now belongs to nothing
 * or to an unrelated program, and PostgreSQL refuses to start over either. Pure: the process table comes in.
 */
final class LeftoverPostmaster {

	private LeftoverPostmaster() {
	}

	/** What was found; {@link #describe} says it in plain words for the log. */
	sealed interface Finding {

		String describe(Path dataDirectory);

	}

	/** No {@code postmaster.pid}: the last server stopped cleanly (or never ran). */
	record Clean() implements Finding {

		@Override
		public String describe(Path dataDirectory) {
			return "No PostgreSQL from an earlier run on " + dataDirectory;
		}

	}

	/** A PostgreSQL server is still running on this data directory. */
	record StillRunning(long pid) implements Finding {

		@Override
		public String describe(Path dataDirectory) {
			return "Found PostgreSQL (pid " + pid + ") still running on " + dataDirectory
					+ " from an earlier run that did not stop cleanly";
		}

	}

	/** A {@code postmaster.pid} is there but no PostgreSQL runs on this directory: safe to remove. */
	record StaleLockFile(@Nullable Long pid, String why) implements Finding {

		@Override
		public String describe(Path dataDirectory) {
			return "Found a postmaster.pid left on " + dataDirectory + " by an earlier run that did not stop cleanly ("
					+ why + "); no PostgreSQL is running there";
		}

	}

	/**
	 * The process named in {@code postmaster.pid} is a PostgreSQL server, but which directory it serves cannot be
	 * read: it might be another installation's, so nothing is stopped or removed.
	 */
	record Unsure(long pid) implements Finding {

		@Override
		public String describe(Path dataDirectory) {
			return "postmaster.pid on " + dataDirectory + " names process " + pid
					+ ", a PostgreSQL server whose data directory cannot be read; if it is this installation's, stop it "
					+ "(kill -INT " + pid + ") and start again";
		}

	}

	/**
	 * @param dataDirectory the data directory, absolute and with symbolic links resolved
	 * @param pidFileContent the content of its {@code postmaster.pid}, null when there is none
	 */
	static Finding inspect(Path dataDirectory, @Nullable String pidFileContent, Processes processes) {
		if (pidFileContent == null) {
			return new Clean();
		}
		var pidFile = PostmasterPidFile.parse(pidFileContent);
		if (pidFile.isPresent()) {
			long pid = pidFile.get().pid();
			var named = processes.find(pid);
			if (named.isPresent() && named.get().isPostgres()) {
				var serves = serves(named.get(), dataDirectory);
				if (serves.isEmpty()) {
					return new Unsure(pid);
				}
				if (serves.get()) {
					return new StillRunning(pid);
				}
			}
		}
		// Before calling the file stale, make sure no PostgreSQL runs on this directory under another process id:
		// removing the lock file of a live server would let a second one start on the same files.
		var other = postmasterOn(dataDirectory, processes.all());
		if (other.isPresent()) {
			return new StillRunning(other.get());
		}
		if (pidFile.isEmpty()) {
			return new StaleLockFile(null, "the file is empty or unreadable");
		}
		long pid = pidFile.get().pid();
		var why = processes.find(pid).isPresent() ? "process " + pid + " is now another program"
				: "process " + pid + " is no longer running";
		return new StaleLockFile(pid, why);
	}

	/** Whether the process serves this directory; empty when it cannot be told. */
	private static Optional<Boolean> serves(RunningProcess process, Path dataDirectory) {
		if (process.workingDirectory() != null) {
			return Optional.of(process.workingDirectory().equals(dataDirectory));
		}
		return process.dataDirectoryArgument().map(argument -> sameDirectory(argument, dataDirectory));
	}

	private static boolean sameDirectory(String argument, Path dataDirectory) {
		return Path.of(argument).toAbsolutePath().normalize().equals(dataDirectory);
	}

	/** The postmaster among PostgreSQL processes serving the directory: the one whose parent is not one of them. */
	private static Optional<Long> postmasterOn(Path dataDirectory, List<RunningProcess> processes) {
		var serving = processes.stream()
			.filter(RunningProcess::isPostgres)
			.filter(process -> serves(process, dataDirectory).orElse(false))
			.toList();
		Set<Long> ids = serving.stream().map(RunningProcess::pid).collect(Collectors.toSet());
		return serving.stream()
			.filter(process -> !ids.contains(process.parentPid()))
			.map(RunningProcess::pid)
			.min(Comparator.naturalOrder());
	}

}
