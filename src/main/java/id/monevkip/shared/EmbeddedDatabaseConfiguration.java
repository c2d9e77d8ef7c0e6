package id.monevkip.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: when no {@code spring.datasource.url} is configured the application starts a
 * real PostgreSQL 17 itself, keeping its data under {@code ${app.data-dir}/postgres} so that it survives
 * restarts.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@Conditional(RuntimeMode.EmbeddedDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(AppProperties properties) throws IOException {
		Path dataDirectory = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
		Files.createDirectories(dataDirectory);
		log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "50")
			.setRegisterShutdownHook(false) // closed by Spring after the DataSource, not before it
			.start();
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
