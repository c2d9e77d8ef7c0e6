package id.monevkip;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP server of the one test context: GreenMail on a free port, started before the context is
 * refreshed so that {@code spring.mail.*} can point at it and Boot configures its real JavaMailSender. The
 * server is a bean ({@code GreenMail}) for tests to read received mail from. The context is shared, so a test
 * finds its own mail by a unique recipient address, never by counting.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String USER = "monev";

	public static final String PASSWORD = "kotak-surat-uji";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.setUser(USER, PASSWORD);
		greenMail.start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testMailServer",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", greenMail.getSmtp().getPort(),
							"spring.mail.username", USER, "spring.mail.password", PASSWORD)));
		context.getBeanFactory().registerSingleton("greenMail", greenMail);
		context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {

			@Override
			public void onApplicationEvent(ContextClosedEvent event) {
				greenMail.stop();
			}

		});
	}

}
