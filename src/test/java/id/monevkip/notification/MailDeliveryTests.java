package id.monevkip.notification;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MailDeliveryTests {

	static final MailRenderer.RenderedMail MAIL = new MailRenderer.RenderedMail("Tanda terima pengiriman SAQ",
			"Yth. Siti Rahmah,\n\nJawaban sudah kami terima.");

	@Test
	void writesTheWholeMailToTheLogWhenNoServerIsConfigured(CapturedOutput output) {
		var delivery = new MailDelivery(null, NotificationProperties.DEFAULT_FROM);

		var outcome = delivery.deliver("ppid@uji.test", MAIL);

		assertThat(outcome).isEqualTo(new MailDelivery.Outcome(MailStatus.LOGGED, null));
		assertThat(output.getOut()).contains("INFO")
			.contains("To: ppid@uji.test")
			.contains("Subject: Tanda terima pengiriman SAQ")
			.contains("Jawaban sudah kami terima.");
	}

	@Test
	void recordsAnUnreachableServerAsFailedWithoutThrowing() throws IOException {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(closedPort());
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		var delivery = new MailDelivery(sender, NotificationProperties.DEFAULT_FROM);

		var outcome = delivery.deliver("ppid@uji.test", MAIL);

		assertThat(outcome.status()).isEqualTo(MailStatus.FAILED);
		assertThat(outcome.error()).isNotBlank();
	}

	/** A port that was free a moment ago and that nobody listens on now. */
	static int closedPort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
