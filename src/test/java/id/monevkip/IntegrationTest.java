package id.monevkip;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test context for integration tests: the whole application on a real PostgreSQL with the
 * demo data loaded, served on a random port (for browser tests) and reachable through MockMvc, sending mail
 * to an in-process SMTP server ({@link TestMailServer}). Every test class using it shares one context, so keep
 * it free of per-class configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ContextConfiguration(initializers = TestMailServer.class)
@ActiveProfiles("test")
public @interface IntegrationTest {

}
