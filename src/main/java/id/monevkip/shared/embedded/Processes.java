package id.monevkip.shared.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The operating system's process table, as far as finding a PostgreSQL server on a data directory needs it. */
interface Processes {

	/** The live process with this id, or empty when no such process runs. */
	Optional<RunningProcess> find(long pid);

	/** Every live process this user may look at. */
	List<RunningProcess> all();

	/**
	 * One live process.
	 *
	 * @param pid its id
	 * @param parentPid its parent's id (0 when unknown)
	 * @param command the program's path, when the system tells it
	 * @param arguments the command line after the program
	 * @param workingDirectory the directory it runs in (PostgreSQL changes into its data directory), when readable
	 */
	record RunningProcess(long pid, long parentPid, @Nullable String command, List<String> arguments,
			@Nullable Path workingDirectory) {

		/** Whether the program is PostgreSQL's server ({@code postgres}, or the old name {@code postmaster}). */
		boolean isPostgres() {
			if (command == null) {
				return false;
			}
			var name = Path.of(command).getFileName();
			return name != null && (name.toString().equals("postgres") || name.toString().equals("postmaster"));
		}

		/** The data directory given on the command line ({@code -D dir}, {@code -Ddir} or {@code --pgdata=dir}). */
		Optional<String> dataDirectoryArgument() {
			for (int i = 0; i < arguments.size(); i++) {
				var argument = arguments.get(i);
				if (argument.equals("-D") && i + 1 < arguments.size()) {
					return Optional.of(arguments.get(i + 1));
				}
				if (argument.startsWith("-D") && argument.length() > 2) {
					return Optional.of(argument.substring(2));
				}
				if (argument.startsWith("--pgdata=")) {
					return Optional.of(argument.substring("--pgdata=".length()));
				}
			}
			return Optional.empty();
		}

	}

}
