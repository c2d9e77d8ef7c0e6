package id.monevkip.shared;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data under app.data-dir: what was written before a restart is still there. */
class EmbeddedDatabasePersistenceTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestart() throws Exception {
		var properties = new AppProperties(dataDir, null, new AppProperties.Admin(null, null), true, "http://localhost:8080");
		var configuration = new EmbeddedDatabaseConfiguration();
		try (var first = configuration.embeddedPostgres(properties);
				var connection = DriverManager.getConnection(first.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
			connection.createStatement().execute("create table kept (note text); insert into kept values ('tetap ada')");
		}
		assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
		try (var second = configuration.embeddedPostgres(properties);
				var connection = DriverManager.getConnection(second.getJdbcUrl("postgres", "postgres"), "postgres", "");
				var rows = connection.createStatement().executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("tetap ada");
		}
	}

}
