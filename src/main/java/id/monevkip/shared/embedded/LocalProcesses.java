package id.monevkip.shared.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * This machine's processes, through {@link ProcessHandle}. The working directory is read from Linux's
 * {@code /proc/<pid>/cwd}; elsewhere the data directory given on the command line has to do.
 */
final class LocalProcesses implements Processes {

	@Override
	public Optional<RunningProcess> find(long pid) {
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(LocalProcesses::describe);
	}

	@Override
	public List<RunningProcess> all() {
		try (var processes = ProcessHandle.allProcesses()) {
			return processes.filter(ProcessHandle::isAlive).map(LocalProcesses::describe).toList();
		}
	}

	private static RunningProcess describe(ProcessHandle process) {
		var info = process.info();
		long parent = process.parent().map(ProcessHandle::pid).orElse(0L);
		var arguments = info.arguments().map(Arrays::asList).orElse(List.of());
		return new RunningProcess(process.pid(), parent, info.command().orElse(null), arguments,
				workingDirectory(process.pid()));
	}

	private static @Nullable Path workingDirectory(long pid) {
		var link = Path.of("/proc", Long.toString(pid), "cwd");
		try {
			return Files.isSymbolicLink(link) ? link.toRealPath() : null;
		}
		catch (IOException | SecurityException unreadable) {
			return null;
		}
	}

}
