package id.monevkip.shared;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import id.monevkip.shared.embedded.InstanceLock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default as the application starts it (not the tests' own database): its data lives under
 * app.data-dir, it is durable, and it starts over what a crash left behind. The kill -9 of a whole running
 * application is {@code CrashRecoveryTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabasePersistenceTests {

	@TempDir
	Path dataDir;

	private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	@Test
	void dataSurvivesARestart() throws Exception {
		try (var first = start(); var connection = connect(first.postgres())) {
			connection.createStatement().execute("create table kept (note text); insert into kept values ('tetap ada')");
		}
		assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
		try (var second = start();
				var connection = connect(second.postgres());
				var rows = connection.createStatement().executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("tetap ada");
		}
	}

	@Test
	void serverRunsWithFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
		try (var running = start(); var connection = connect(running.postgres())) {
			assertThat(show(connection, "fsync")).isEqualTo("on");
			assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(show(connection, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void startsOverAPostmasterPidWhoseProcessIsNowAnotherProgram(CapturedOutput output) throws Exception {
		try (var first = start()) {
			// the server is stopped cleanly here
		}
		// After a reboot or a container restart the old server's process id often belongs to some other program;
		// PostgreSQL alone then refuses to start ("lock file already exists").
		var unrelated = new ProcessBuilder("sleep", "120").start();
		try {
			Files.writeString(dataDir.resolve("postgres/postmaster.pid"), unrelated.pid() + "\n"
					+ dataDir.resolve("postgres").toRealPath() + "\n1796668014\n5432\n/tmp\nlocalhost\n  2156081  9\nready   \n");
			try (var second = start(); var connection = connect(second.postgres())) {
				assertThat(show(connection, "fsync")).isEqualTo("on");
			}
			assertThat(output).contains("Found a postmaster.pid left on", "process " + unrelated.pid() + " is now another program",
					"removing the file so that PostgreSQL can start");
			assertThat(unrelated.isAlive()).as("the unrelated program is left alone").isTrue();
		}
		finally {
			unrelated.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void startsOverAPostmasterPidWhoseProcessIsGone(CapturedOutput output) throws Exception {
		try (var first = start()) {
			// stopped cleanly
		}
		var gone = new ProcessBuilder("true").start();
		gone.waitFor(10, TimeUnit.SECONDS);
		Files.writeString(dataDir.resolve("postgres/postmaster.pid"), gone.pid() + "\n" + dataDir.resolve("postgres") + "\n");
		try (var second = start(); var connection = connect(second.postgres())) {
			assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
		}
		assertThat(output).contains("process " + gone.pid() + " is no longer running");
	}

	@Test
	void refusesASecondApplicationOnTheSameDataDirectory() throws Exception {
		var properties = properties();
		try (var first = start()) {
			assertThatThrownBy(() -> configuration.embeddedInstanceLock(properties))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("already running on the data directory");
			try (var connection = connect(first.postgres())) {
				assertThat(show(connection, "fsync")).as("the running one is untouched").isEqualTo("on");
			}
		}
	}

	private Running start() throws IOException {
		var properties = properties();
		var lock = configuration.embeddedInstanceLock(properties);
		try {
			return new Running(lock, configuration.embeddedPostgres(lock, properties));
		}
		catch (IOException | RuntimeException failed) {
			lock.close();
			throw failed;
		}
	}

	private AppProperties properties() {
		return new AppProperties(dataDir, null, new AppProperties.Admin(null, null), true, "http://localhost:8080");
	}

	private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
		return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
	}

	private static String show(Connection connection, String setting) throws SQLException {
		try (var rows = connection.createStatement().executeQuery("show " + setting)) {
			rows.next();
			return rows.getString(1);
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
