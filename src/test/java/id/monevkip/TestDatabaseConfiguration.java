package id.monevkip;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place tests get their PostgreSQL from, chosen once per JVM: {@code TEST_DB_URL} if set (see
 * src/test/resources/application.properties), else a Testcontainers PostgreSQL 17 when Docker answers,
 * else an embedded PostgreSQL 17. Never H2.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	enum Mode {

		EXTERNAL, TESTCONTAINERS, EMBEDDED

	}

	static final Mode MODE = System.getenv("TEST_DB_URL") != null ? Mode.EXTERNAL
			: DockerClientFactory.instance().isDockerAvailable() ? Mode.TESTCONTAINERS : Mode.EMBEDDED;

	@Bean
	@ServiceConnection
	@Conditional(UseTestcontainers.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean(destroyMethod = "close")
	@Conditional(UseEmbedded.class)
	EmbeddedPostgres testEmbeddedPostgres() throws IOException {
		// Spring closes it after the DataSource; zonky's own shutdown hook would stop it first and leave
		// the pool waiting 30 s for a dead server when the JVM exits.
		return EmbeddedPostgres.builder()
			// A throw-away test database may lose its last commits in a crash, so it trades durability for speed.
			// Said here on purpose: the application's own embedded database (EmbeddedDatabaseConfiguration) turns
			// all three on, and these must never be the default outside tests.
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			.setRegisterShutdownHook(false)
			.start();
	}

	@Bean
	@Conditional(UseEmbedded.class)
	JdbcConnectionDetails testEmbeddedConnectionDetails(EmbeddedPostgres postgres) {
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

	static class UseTestcontainers implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return MODE == Mode.TESTCONTAINERS;
		}

	}

	static class UseEmbedded implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return MODE == Mode.EMBEDDED;
		}

	}

}
