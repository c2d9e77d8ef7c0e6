package id.monevkip.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.monevkip.shared.embedded.InstanceLock;
import id.monevkip.shared.embedded.PostmasterRecovery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: when no {@code spring.datasource.url} is configured the application starts a
 * real PostgreSQL 17 itself, keeping its data under {@code ${app.data-dir}/postgres} so that it survives
 * restarts, crashes included.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@Conditional(RuntimeMode.EmbeddedDatabase.class)
class EmbeddedDatabaseConfiguration {

	/** Crash recovery replays the write-ahead log before the server accepts connections; give a large one time. */
	private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);

	/** Held while the application runs, so that a second start on the same directory is refused, not let loose. */
	@Bean(destroyMethod = "close")
	InstanceLock embeddedInstanceLock(AppProperties properties) throws IOException {
		return InstanceLock.acquire(dataDirectory(properties).getParent());
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(InstanceLock lock, AppProperties properties) throws IOException {
		Path dataDirectory = dataDirectory(properties);
		Files.createDirectories(dataDirectory);
		new PostmasterRecovery().prepare(dataDirectory);
		log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			// zonky's defaults are for throw-away test databases: it starts postgres with -F (fsync off) and sets
			// synchronous_commit=off, so a crash loses saves already acknowledged. Each setting here becomes a
			// "-c key=value" after -F, and the later option wins.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "50")
			.setPGStartupWait(STARTUP_WAIT)
			.setRegisterShutdownHook(false) // closed by Spring after the DataSource, not before it
			.start();
	}

	private static Path dataDirectory(AppProperties properties) {
		return properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl("postgres", "postgres");
			}

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

		};
	}

}
