package id.monevkip;

import id.monevkip.shared.DataDirectoryCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * e-Monev KIP: the annual Monitoring dan Evaluasi Keterbukaan Informasi Publik of an Information
 * Commission, from the first announcement to the award night.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class Application {

	public static void main(String[] args) {
		if (DataDirectoryCommand.isCommand(args)) {
			System.exit(DataDirectoryCommand.run(args)); // backup or restore instead of the application
		}
		SpringApplication.run(Application.class, args);
	}

}
