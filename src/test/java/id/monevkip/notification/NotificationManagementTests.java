package id.monevkip.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.monevkip.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

@IntegrationTest
class NotificationManagementTests {

	static final String FINGERPRINT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	@Autowired
	NotificationManagement notifications;

	@Autowired
	GreenMail greenMail;

	@Test
	void deliversTheReceiptInIndonesian() throws Exception {
		String to = uniqueAddress();
		long bodyId = uniqueBodyId();

		var sent = notifications.send(receipt(List.of(to), OutgoingMail.INDONESIAN, bodyId).triggeredBy(7L));

		var message = awaitMailTo(to);
		assertThat(message.getSubject()).isEqualTo("Tanda terima pengiriman SAQ \u2014 Dinas Kominfo Uji");
		assertThat(message.getFrom()[0].toString()).isEqualTo(NotificationProperties.DEFAULT_FROM);
		assertThat(GreenMailUtil.getBody(message).replace("\r\n", "\n")).contains("Yth. Siti Rahmah,")
			.contains("Jawaban kuesioner penilaian mandiri (SAQ) Dinas Kominfo Uji untuk Monev KIP 2026 sudah kami terima.")
			.contains("Badan publik: Dinas Kominfo Uji")
			.contains("Periode Monev: Monev KIP 2026")
			.contains("Dikirim pada: 27-11-2026 14:05 WITA")
			.contains("Putaran: 2")
			.contains("Jumlah jawaban: 48")
			.contains("Jumlah bukti dukung: 17")
			.contains("Sidik jari jawaban (SHA-256): " + FINGERPRINT)
			.contains("https://monev.example/submissions/5/receipt")
			.doesNotContain("[(", "#{", "??");
		assertThat(sent).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(MailStatus.SENT);
			assertThat(entry.error()).isNull();
			assertThat(entry.kind()).isEqualTo("SUBMISSION_RECEIPT");
			assertThat(entry.bodyId()).isEqualTo(bodyId);
			assertThat(entry.triggeredBy()).isEqualTo(7L);
		});
		assertThat(notifications.logForRecipient(to)).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(MailStatus.SENT);
			assertThat(entry.subject()).isEqualTo("Tanda terima pengiriman SAQ \u2014 Dinas Kominfo Uji");
		});
	}

	@Test
	void deliversTheReceiptInEnglish() throws Exception {
		String to = uniqueAddress();

		notifications.send(receipt(List.of(to), Locale.ENGLISH, uniqueBodyId()));

		var message = awaitMailTo(to);
		assertThat(message.getSubject()).isEqualTo("SAQ submission receipt \u2014 Dinas Kominfo Uji");
		assertThat(GreenMailUtil.getBody(message).replace("\r\n", "\n")).contains("Dear Siti Rahmah,")
			.contains("We have received the self-assessment questionnaire (SAQ) of Dinas Kominfo Uji for Monev KIP 2026.")
			.contains("Public body: Dinas Kominfo Uji")
			.contains("Submitted at: 27-11-2026 14:05 WITA")
			.contains("Round: 2")
			.contains("Number of answers: 48")
			.contains("Number of evidence items: 17")
			.contains("Fingerprint of the answers (SHA-256): " + FINGERPRINT)
			.contains("https://monev.example/submissions/5/receipt")
			.doesNotContain("Yth.", "Jawaban");
		assertThat(notifications.logForRecipient(to)).extracting(MailLogView::status).containsExactly(MailStatus.SENT);
	}

	@Test
	void recordsOneRowPerRecipientNewestFirstForTheBody() throws Exception {
		long bodyId = uniqueBodyId();
		String first = uniqueAddress();
		String second = uniqueAddress();
		String third = uniqueAddress();

		notifications.send(receipt(List.of(first), OutgoingMail.INDONESIAN, bodyId));
		var later = notifications.send(receipt(List.of(second, third), OutgoingMail.INDONESIAN, bodyId));

		assertThat(later).extracting(MailLogView::recipient).containsExactly(second, third);
		var log = notifications.logForBody(bodyId);
		assertThat(log).extracting(MailLogView::recipient).hasSize(3).startsWith(third, second).endsWith(first);
		assertThat(log).extracting(MailLogView::status).containsOnly(MailStatus.SENT);
		for (String to : List.of(first, second, third)) {
			assertThat(awaitMailTo(to).getAllRecipients()).as("each recipient gets a copy of their own").hasSize(1);
		}
	}

	@Test
	void recordsAnAddressTheMailSystemRefusesAsFailedAndStillSendsToTheOthers() throws Exception {
		String good = uniqueAddress();
		String refused = "tidak sah@@" + UUID.randomUUID() + ".test";
		long bodyId = uniqueBodyId();

		assertThatNoException().isThrownBy(
				() -> notifications.send(receipt(List.of(refused, good), OutgoingMail.INDONESIAN, bodyId)));

		assertThat(notifications.logForRecipient(refused)).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
			assertThat(entry.error()).isNotBlank();
		});
		assertThat(notifications.logForRecipient(good)).extracting(MailLogView::status).containsExactly(MailStatus.SENT);
		assertThat(awaitMailTo(good)).isNotNull();
	}

	static OutgoingMail receipt(List<String> to, Locale locale, long bodyId) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("recipientName", "Siti Rahmah");
		model.put("bodyName", "Dinas Kominfo Uji");
		model.put("cycleName", "Monev KIP 2026");
		model.put("submittedAt", "27-11-2026 14:05 WITA");
		model.put("round", 2);
		model.put("answerCount", 48);
		model.put("evidenceCount", 17);
		model.put("fingerprint", FINGERPRINT);
		model.put("receiptUrl", "https://monev.example/submissions/5/receipt");
		return OutgoingMail.of("SUBMISSION_RECEIPT", to, locale, "submission-receipt", model, List.of("Dinas Kominfo Uji"))
			.aboutBody(bodyId);
	}

	static String uniqueAddress() {
		return "ppid-" + UUID.randomUUID().toString().substring(0, 8) + "@uji.test";
	}

	/** No foreign key on mail_log, so an id nobody else uses keeps this test's log to itself. */
	static long uniqueBodyId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
	}

	/** The shared context's server holds every test's mail: look for this test's unique address only. */
	MimeMessage awaitMailTo(String address) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				var recipients = message.getRecipients(Message.RecipientType.TO);
				if (recipients != null && recipients.length == 1 && recipients[0].toString().equals(address)) {
					return message;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No mail to " + address + " arrived");
	}

}
