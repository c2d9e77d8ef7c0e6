package id.monevkip.shared;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import id.monevkip.shared.embedded.DataDirectoryArchive;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The operator's backup and restore of an embedded installation, run instead of the application:
 * {@code java -jar e-monev-kip.jar backup <file.tar.gz>} and {@code ... restore <file.tar.gz>}, with the same
 * settings as the application ({@code APP_DATA_DIR}, {@code --app.data-dir=...}). Only the settings are loaded,
 * not the application, so it runs while the application is stopped, which it must be.
 */
@Slf4j
public final class DataDirectoryCommand {

	private static final Set<String> COMMANDS = Set.of("backup", "restore");

	private DataDirectoryCommand() {
	}

	/** Whether the program arguments ask for a backup or restore rather than for the application. */
	public static boolean isCommand(String... args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** @return the exit status: 0 done, 1 refused or failed (the log says why), 2 wrong arguments */
	public static int run(String... args) {
		if (args.length < 2 || args[1].startsWith("--")) {
			log.error("Usage: backup <file.tar.gz> | restore <file.tar.gz>  [--app.data-dir=<directory>]");
			return 2;
		}
		var settings = new SpringApplication(Settings.class);
		settings.setWebApplicationType(WebApplicationType.NONE);
		settings.setBannerMode(Banner.Mode.OFF);
		settings.setLogStartupInfo(false);
		try (var context = settings.run(Arrays.copyOfRange(args, 2, args.length))) {
			if (!RuntimeMode.isEmbedded(context.getEnvironment())) {
				log.error("A database server is configured (spring.datasource.url): back it up with that server's "
						+ "own tools (pg_dump, pg_restore) and APP_DATA_DIR's files with any file backup");
				return 1;
			}
			var dataDir = context.getBean(AppProperties.class).dataDir().toAbsolutePath().normalize();
			warnAboutEvidenceElsewhere(context.getEnvironment().getProperty("app.evidence.location"), dataDir);
			var archive = new DataDirectoryArchive(Clock.systemDefaultZone());
			var file = Path.of(args[1]);
			if (args[0].equals("backup")) {
				archive.backup(dataDir, file);
			}
			else {
				archive.restore(file, dataDir);
			}
			return 0;
		}
		catch (IllegalStateException | IOException refused) {
			log.error("{} refused: {}", args[0], refused.getMessage());
			return 1;
		}
	}

	private static void warnAboutEvidenceElsewhere(@Nullable String location, Path dataDir) {
		if (location != null && !location.isBlank() && !Path.of(location).toAbsolutePath().normalize().startsWith(dataDir)) {
			log.warn("Evidence files are kept outside the data directory, in {} (APP_EVIDENCE_LOCATION): they are not "
					+ "in this archive; back that directory up at the same time", location);
		}
	}

	/** Binds the application's settings and nothing else (no @Configuration: the application's scan passes it by). */
	@EnableConfigurationProperties(AppProperties.class)
	static class Settings {

	}

}
