package id.monevkip.shared.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import id.monevkip.shared.embedded.LeftoverPostmaster.Clean;
import id.monevkip.shared.embedded.LeftoverPostmaster.StaleLockFile;
import id.monevkip.shared.embedded.LeftoverPostmaster.StillRunning;
import id.monevkip.shared.embedded.LeftoverPostmaster.Unsure;
import id.monevkip.shared.embedded.Processes.RunningProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoverPostmasterTests {

	static final Path DATA = Path.of("/srv/monev/data/postgres");

	static final String BINARY = "/tmp/embedded-pg/PG-16c5707c/bin/postgres";

	static String pidFile(long pid) {
		return pid + "\n" + DATA + "\n1796668014\n39481\n/tmp\nlocalhost\n  2156081         9\nready   \n";
	}

	static RunningProcess postmaster(long pid, Path cwd) {
		return new RunningProcess(pid, 1, BINARY, List.of("-D", cwd.toString(), "-p", "39481", "-F"), cwd);
	}

	static RunningProcess backend(long pid, long parent, Path cwd) {
		return new RunningProcess(pid, parent, BINARY, List.of(), cwd);
	}

	@Test
	void readsPidDirectoryAndPortOfAPostmasterPidFile() {
		var parsed = PostmasterPidFile.parse(pidFile(8607)).orElseThrow();
		assertThat(parsed.pid()).isEqualTo(8607);
		assertThat(parsed.dataDirectory()).isEqualTo(DATA);
		assertThat(parsed.port()).isEqualTo(39481);
	}

	@Test
	void aFileCutShortAfterTheDirectoryHasNoPort() {
		assertThat(PostmasterPidFile.parse("8607\n/srv/monev/data/postgres\n").orElseThrow().port()).isNull();
	}

	@Test
	void emptyOrGarbledFilesAreNotPidFiles() {
		assertThat(PostmasterPidFile.parse("")).isEmpty();
		assertThat(PostmasterPidFile.parse("8607")).isEmpty();
		assertThat(PostmasterPidFile.parse("not a pid\n/srv\n")).isEmpty();
		assertThat(PostmasterPidFile.parse("-4\n/srv\n")).isEmpty();
		assertThat(PostmasterPidFile.parse("12\n\n")).isEmpty();
	}

	@Test
	void noPidFileMeansACleanStop() {
		assertThat(LeftoverPostmaster.inspect(DATA, null, table())).isInstanceOf(Clean.class);
	}

	@Test
	void thePostgresNamedInTheFileStillServingThisDirectoryIsStillRunning() {
		var finding = LeftoverPostmaster.inspect(DATA, pidFile(8607), table(postmaster(8607, DATA), backend(8610, 8607, DATA)));
		assertThat(finding).isEqualTo(new StillRunning(8607));
		assertThat(finding.describe(DATA)).isEqualTo(
				"Found PostgreSQL (pid 8607) still running on /srv/monev/data/postgres from an earlier run that did not stop cleanly");
	}

	@Test
	void withoutAReadableWorkingDirectoryTheCommandLinesDataDirectoryDecides() {
		var process = new RunningProcess(8607, 1, BINARY, List.of("-D", DATA.toString(), "-p", "1"), null);
		assertThat(LeftoverPostmaster.inspect(DATA, pidFile(8607), table(process))).isEqualTo(new StillRunning(8607));
	}

	@Test
	void aDeadProcessLeavesAStaleFile() {
		var finding = LeftoverPostmaster.inspect(DATA, pidFile(8607), table());
		assertThat(finding).isEqualTo(new StaleLockFile(8607L, "process 8607 is no longer running"));
		assertThat(finding.describe(DATA)).contains("postmaster.pid left on /srv/monev/data/postgres", "no PostgreSQL is running there");
	}

	@Test
	void aProcessIdNowUsedByAnotherProgramLeavesAStaleFile() {
		var shell = new RunningProcess(8607, 1, "/usr/bin/bash", List.of("-l"), Path.of("/root"));
		assertThat(LeftoverPostmaster.inspect(DATA, pidFile(8607), table(shell)))
			.isEqualTo(new StaleLockFile(8607L, "process 8607 is now another program"));
	}

	@Test
	void aPostgresOfAnotherInstallationIsLeftAlone() {
		var other = postmaster(8607, Path.of("/var/lib/postgresql/17/main"));
		assertThat(LeftoverPostmaster.inspect(DATA, pidFile(8607), table(other)))
			.isEqualTo(new StaleLockFile(8607L, "process 8607 is now another program"));
	}

	@Test
	void aPostgresWhoseDirectoryCannotBeReadIsNeitherStoppedNorItsFileRemoved() {
		var unknown = new RunningProcess(8607, 1, BINARY, List.of(), null);
		assertThat(LeftoverPostmaster.inspect(DATA, pidFile(8607), table(unknown))).isEqualTo(new Unsure(8607));
	}

	@Test
	void aServerOnThisDirectoryUnderAnotherIdIsFoundBeforeTheFileIsCalledStale() {
		var processes = table(postmaster(9001, DATA), backend(9002, 9001, DATA), backend(9003, 9001, DATA));
		assertThat(LeftoverPostmaster.inspect(DATA, pidFile(8607), processes)).isEqualTo(new StillRunning(9001));
		assertThat(LeftoverPostmaster.inspect(DATA, "", processes)).isEqualTo(new StillRunning(9001));
	}

	@Test
	void aGarbledFileWithNoServerIsStale() {
		assertThat(LeftoverPostmaster.inspect(DATA, "\0\0\0", table(postmaster(77, Path.of("/elsewhere")))))
			.isEqualTo(new StaleLockFile(null, "the file is empty or unreadable"));
	}

	@Test
	void knowsPostgresByItsProgramName() {
		assertThat(new RunningProcess(1, 0, "/usr/lib/postgresql/17/bin/postgres", List.of(), null).isPostgres()).isTrue();
		assertThat(new RunningProcess(1, 0, "/opt/pg/bin/postmaster", List.of(), null).isPostgres()).isTrue();
		assertThat(new RunningProcess(1, 0, "/usr/bin/postgres-exporter", List.of(), null).isPostgres()).isFalse();
		assertThat(new RunningProcess(1, 0, null, List.of(), null).isPostgres()).isFalse();
		assertThat(new RunningProcess(1, 0, BINARY, List.of("-D/x"), null).dataDirectoryArgument()).contains("/x");
		assertThat(new RunningProcess(1, 0, BINARY, List.of("--pgdata=/y"), null).dataDirectoryArgument()).contains("/y");
	}

	static Processes table(RunningProcess... processes) {
		return new Processes() {

			@Override
			public Optional<RunningProcess> find(long pid) {
				return List.of(processes).stream().filter(process -> process.pid() == pid).findFirst();
			}

			@Override
			public List<RunningProcess> all() {
				return List.of(processes);
			}

		};
	}

}
