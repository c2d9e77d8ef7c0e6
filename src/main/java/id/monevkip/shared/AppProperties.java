package id.monevkip.shared;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application itself.
 *
 * @param dataDir where the embedded database, evidence files and imports live
 * @param demo load the demo data set on first start; unset means "only with the embedded database"
 * @param admin the first administrator, created when no administrator exists yet
 * @param demoLoginHints show the demo accounts on the login page (only ever while demo data is loaded)
 * @param publicUrl the address people reach the application at, for links in emails
 */
@ConfigurationProperties("app")
public record AppProperties(@DefaultValue("./data") Path dataDir, @Nullable Boolean demo, @DefaultValue Admin admin,
		@DefaultValue("true") boolean demoLoginHints, @DefaultValue("http://localhost:8080") String publicUrl) {

	public record Admin(@Nullable String email, @Nullable String password) {

		public boolean isSet() {
			return email != null && !email.isBlank() && password != null && !password.isBlank();
		}

	}

}
