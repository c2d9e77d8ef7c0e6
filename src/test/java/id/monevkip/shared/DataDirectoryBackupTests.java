package id.monevkip.shared;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import id.monevkip.shared.embedded.InstanceLock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's command pair {@code backup <file>} / {@code restore <file>} (as {@code java -jar ... backup} runs
 * it) round-trips an embedded installation: database and files as they were at the backup, nothing else lost.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryBackupTests {

	@TempDir
	Path temp;

	private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	@Test
	void restoreBringsBackTheDatabaseAndTheFilesAsTheyWereAtTheBackup(CapturedOutput output) throws Exception {
		var dataDir = temp.resolve("data");
		var evidence = dataDir.resolve("evidence/ab/cd/abcd-sk-ppid.pdf");
		try (var running = start(dataDir); var connection = connect(running)) {
			execute(connection, "create table answer (note text); insert into answer values ('dijawab sebelum backup')");
		}
		Files.createDirectories(evidence.getParent());
		Files.writeString(evidence, "%PDF-1.7 SK PPID");
		var archive = temp.resolve("backups/monev.tar.gz");

		assertThat(command("backup", archive, dataDir)).isZero();
		assertThat(archive).isRegularFile();
		assertThat(output).contains("Backed up " + dataDir);

		// Life goes on after the backup, then something goes wrong and the operator restores.
		try (var running = start(dataDir); var connection = connect(running)) {
			execute(connection, "insert into answer values ('dijawab sesudah backup')");
		}
		Files.delete(evidence);

		assertThat(command("restore", archive, dataDir)).isZero();

		try (var running = start(dataDir); var connection = connect(running)) {
			assertThat(notes(connection)).containsExactly("dijawab sebelum backup");
		}
		assertThat(evidence).hasContent("%PDF-1.7 SK PPID");
		var before = findBefore(dataDir);
		assertThat(before.resolve("postgres/PG_VERSION")).as("what was replaced is kept, not deleted").exists();
		assertThat(output).contains("Restored " + archive, "what was there before is in " + before);

		// The replaced content is left out of the next backup, which restores as well.
		var second = temp.resolve("backups/monev-2.tar.gz");
		assertThat(command("backup", second, dataDir)).isZero();
		assertThat(command("restore", second, temp.resolve("elsewhere"))).isZero();
		assertThat(temp.resolve("elsewhere/evidence/ab/cd/abcd-sk-ppid.pdf")).hasContent("%PDF-1.7 SK PPID");
		try (var stream = Files.list(temp.resolve("elsewhere"))) {
			assertThat(stream.map(entry -> entry.getFileName().toString())).doesNotContain(before.getParent().getFileName().toString());
		}
		try (var running = start(temp.resolve("elsewhere")); var connection = connect(running)) {
			assertThat(notes(connection)).containsExactly("dijawab sebelum backup");
		}
	}

	@Test
	void aBackupStopsAServerLeftRunningByAKilledApplicationFirst(CapturedOutput output) throws Exception {
		var dataDir = temp.resolve("data");
		var running = start(dataDir);
		try (var connection = connect(running)) {
			execute(connection, "create table answer (note text); insert into answer values ('tersimpan')");
		}
		running.lock().close(); // the application is gone (kill -9); its PostgreSQL keeps running
		try {
			var archive = temp.resolve("monev.tar.gz");
			assertThat(command("backup", archive, dataDir)).isZero();
			assertThat(output).contains("still running on", "Stopped the earlier PostgreSQL");
			assertThat(command("restore", archive, temp.resolve("copy"))).isZero();
			try (var copy = start(temp.resolve("copy")); var connection = connect(copy)) {
				assertThat(notes(connection)).containsExactly("tersimpan");
			}
		}
		finally {
			if (Files.exists(dataDir.resolve("postgres/postmaster.pid"))) {
				running.postgres().close(); // the backup failed before it stopped the server
			}
		}
	}

	@Test
	void bothRefuseWhileTheApplicationRunsAndTouchNothing(CapturedOutput output) throws Exception {
		var dataDir = temp.resolve("data");
		var archive = temp.resolve("monev.tar.gz");
		try (var running = start(dataDir)) {
			// not stopped: a copy of a running server's files is not a consistent database
		}
		assertThat(command("backup", archive, dataDir)).isZero();
		try (var running = start(dataDir); var connection = connect(running)) {
			execute(connection, "create table answer (note text); insert into answer values ('masih dipakai')");
			assertThat(command("backup", temp.resolve("while-running.tar.gz"), dataDir)).isEqualTo(1);
			assertThat(command("restore", archive, dataDir)).isEqualTo(1);
			assertThat(notes(connection)).containsExactly("masih dipakai");
		}
		assertThat(temp.resolve("while-running.tar.gz")).doesNotExist();
		assertThat(output).contains("backup refused: e-Monev KIP is running on " + dataDir, "stop it before a backup",
				"restore refused: e-Monev KIP is running on " + dataDir);
	}

	@Test
	void aFileThatIsNotABackupIsRefusedAndAnExistingBackupIsNeverOverwritten(CapturedOutput output) throws Exception {
		var dataDir = temp.resolve("data");
		try (var running = start(dataDir); var connection = connect(running)) {
			execute(connection, "create table answer (note text); insert into answer values ('tetap')");
		}
		var notABackup = temp.resolve("photos.tar.gz");
		var photos = Files.createDirectories(temp.resolve("photos"));
		Files.writeString(photos.resolve("a.txt"), "bukan backup");
		assertThat(new ProcessBuilder("tar", "-czf", notABackup.toString(), "-C", photos.toString(), ".").start().waitFor())
			.isZero();
		assertThat(command("restore", notABackup, dataDir)).isEqualTo(1);
		assertThat(output).contains("is not a backup of an e-Monev KIP data directory");

		var existing = Files.writeString(temp.resolve("old.tar.gz"), "an older backup");
		assertThat(command("backup", existing, dataDir)).isEqualTo(1);
		assertThat(existing).hasContent("an older backup");
		assertThat(output).contains("exists already");

		assertThat(DataDirectoryCommand.run("backup")).isEqualTo(2);
		try (var running = start(dataDir); var connection = connect(running)) {
			assertThat(notes(connection)).containsExactly("tetap");
		}
	}

	private static int command(String name, Path archive, Path dataDir) {
		return DataDirectoryCommand.run(name, archive.toString(), "--app.data-dir=" + dataDir);
	}

	private static Path findBefore(Path dataDir) throws IOException {
		try (var entries = Files.list(dataDir)) {
			var restores = entries.filter(entry -> entry.getFileName().toString().startsWith("restore-")).toList();
			assertThat(restores).hasSize(1);
			return restores.get(0).resolve("before");
		}
	}

	private Running start(Path dataDir) throws IOException {
		var properties = new AppProperties(dataDir, null, new AppProperties.Admin(null, null), true, "http://localhost:8080");
		var lock = configuration.embeddedInstanceLock(properties);
		try {
			return new Running(lock, configuration.embeddedPostgres(lock, properties));
		}
		catch (IOException | RuntimeException failed) {
			lock.close();
			throw failed;
		}
	}

	private static Connection connect(Running running) throws SQLException {
		return DriverManager.getConnection(running.postgres().getJdbcUrl("postgres", "postgres"), "postgres", "");
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<String> notes(Connection connection) throws SQLException {
		try (var rows = connection.createStatement().executeQuery("select note from answer order by note")) {
			var notes = new ArrayList<String>();
			while (rows.next()) {
				notes.add(rows.getString(1));
			}
			return notes;
		}
	}

	private record Running(InstanceLock lock, EmbeddedPostgres postgres) implements Closeable {

		@Override
		public void close() throws IOException {
			try {
				postgres.close();
			}
			finally {
				lock.close();
			}
		}

	}

}
