package id.monevkip.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Without an SMTP server (no JavaMailSender bean) every recipient still gets a log row, saying LOGGED. */
class MailOffTests {

	@Test
	@SuppressWarnings("unchecked")
	void recordsEveryRecipientAsLogged() {
		var renderer = mock(MailRenderer.class);
		var repository = mock(MailLogRepository.class);
		var mail = OutgoingMail.of("SUBMISSION_RECEIPT", List.of("a@uji.test", "b@uji.test"), OutgoingMail.INDONESIAN,
				"submission-receipt", Map.of(), List.of("Dinas Uji")).aboutBody(42L).triggeredBy(7L);
		when(renderer.render(mail)).thenReturn(new MailRenderer.RenderedMail("Tanda terima", "Teks"));
		when(repository.saveAll(any(List.class))).thenAnswer(call -> {
			List<MailLogEntry> saved = call.getArgument(0);
			saved.forEach(entry -> ReflectionTestUtils.setField(entry, "id", (long) saved.indexOf(entry) + 1));
			return saved;
		});
		var clock = Clock.fixed(Instant.parse("2026-11-27T06:05:00Z"), ZoneOffset.UTC);
		var notifications = new NotificationManagement(renderer,
				new MailDelivery(null, NotificationProperties.DEFAULT_FROM), repository, clock);

		var entries = notifications.send(mail);

		assertThat(entries).extracting(MailLogView::recipient).containsExactly("a@uji.test", "b@uji.test");
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.status()).isEqualTo(MailStatus.LOGGED);
			assertThat(entry.error()).isNull();
			assertThat(entry.subject()).isEqualTo("Tanda terima");
			assertThat(entry.kind()).isEqualTo("SUBMISSION_RECEIPT");
			assertThat(entry.bodyId()).isEqualTo(42L);
			assertThat(entry.triggeredBy()).isEqualTo(7L);
			assertThat(entry.createdAt()).isEqualTo(clock.instant());
		});
	}

}
