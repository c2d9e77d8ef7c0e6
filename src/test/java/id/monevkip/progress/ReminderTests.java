package id.monevkip.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.notification.MailLogView;
import id.monevkip.notification.MailStatus;
import id.monevkip.notification.NotificationManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.SubmissionWork;
import id.monevkip.submission.internal.SubmitService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Reminders: by hand to the unsent bodies of the board's filter or to one body of the subtree, never outside it,
 * never with a broken template; automatically once per body a few days before its deadline.
 */
@IntegrationTest
class ReminderTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	SubmitService submit;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	Reminders reminders;

	@Autowired
	CycleManagement cycles;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	PublicBody root;

	CurrentUser coordinator;

	PublicBody idle;

	CurrentUser idleRespondent;

	PublicBody other;

	CurrentUser otherRespondent;

	PublicBody lonely;

	PublicBody sent;

	CurrentUser sentRespondent;

	PublicBody outside;

	CurrentUser outsideRespondent;

	@BeforeEach
	void subtree() {
		root = fixtures.participant("PEMKAB_PEMKOT");
		coordinator = fixtures.account(root, Role.COORDINATOR, "Koordinator Uji");
		idle = fixtures.childOf(root, "PD_KABKOTA");
		idleRespondent = fixtures.respondent(idle, "Ani Pengingat");
		other = fixtures.childOf(root, "PD_KABKOTA");
		otherRespondent = fixtures.respondent(other, "Dedi Pengingat");
		lonely = fixtures.childOf(root, "PD_KABKOTA");
		sent = fixtures.childOf(root, "DESA");
		sentRespondent = fixtures.respondent(sent, "Budi Pengingat");
		var workspace = work.open(sentRespondent);
		work.fillAll(sentRespondent, workspace);
		assertThat(submit.submit(sentRespondent, workspace.id()).sealed()).isTrue();
		outside = fixtures.participant("PD_KABKOTA");
		outsideRespondent = fixtures.respondent(outside, "Citra Luar");
	}

	@Test
	void manualReminderMailsExactlyTheUnsentBodiesOfTheFilterAndLogsThem() throws Exception {
		var result = mvc.post()
			.uri("/coordinator/progress/reminders")
			.param("status", "NOT_STARTED")
			.param("category", "PD_KABKOTA")
			.param("q", "Badan Uji")
			.param("subject", "Ingat SAQ {badan}")
			.param("text", "Yth. {badan}, batas {batas}. Buka {tautan}")
			.with(user(coordinator))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().flash().containsEntry("message", "progress.reminder.sent");
		// idle and other are mailed; lonely has no respondent; root is of another category; sent has sent
		assertThat((Object[]) result.getMvcResult().getFlashMap().get("messageArgs")).containsExactly(2, 2, 1);
		var mail = onlyMailTo(idleRespondent.email());
		assertThat(mail.getSubject()).isEqualTo("Ingat SAQ " + idle.getName());
		assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n"))
			.contains("Yth. " + idle.getName() + ", batas ")
			.contains(" WITA. Buka http://localhost:8080/respondent")
			.doesNotContain("{badan}", "{batas}", "{tautan}", "??");
		assertThat(onlyMailTo(otherRespondent.email()).getSubject()).isEqualTo("Ingat SAQ " + other.getName());
		assertThat(mailsTo(sentRespondent.email())).isZero();
		assertThat(mailsTo(outsideRespondent.email())).isZero();
		assertThat(notifications.logForBody(idle.getId())).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(Reminders.MANUAL);
			assertThat(entry.recipient()).isEqualTo(idleRespondent.email());
			assertThat(entry.triggeredBy()).isEqualTo(coordinator.accountId());
			assertThat(entry.status()).isEqualTo(MailStatus.SENT);
		});
		assertThat(notifications.logForBody(sent.getId())).extracting(MailLogView::kind)
			.doesNotContain(Reminders.MANUAL);
		assertThat(notifications.logForBody(outside.getId())).isEmpty();
	}

	@Test
	void boardOffersTheReminderWithTheCountAndTheDefaultTextInTheUsersLanguage() {
		assertThat(mvc.get().uri("/coordinator/progress").with(user(coordinator)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Kirim pengingat ke yang belum mengirim (4 badan)", "Pengingat: SAQ {badan} belum dikirim");
		assertThat(mvc.get().uri("/coordinator/progress?lang=en").with(user(coordinator)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Send a reminder to those who have not sent (4 bodies)",
					"Reminder: the SAQ of {badan} has not been sent");
	}

	@Test
	void reminderToOneBodyIsLoggedOnItsPageWithWhoSentIt() throws Exception {
		var result = mvc.post()
			.uri("/coordinator/progress/bodies/{id}/reminders", idle.getId())
			.param("subject", "Pengingat {badan}")
			.param("text", "Mohon kirim sebelum {batas}.")
			.with(user(coordinator))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/coordinator/progress/bodies/" + idle.getId());
		assertThat(onlyMailTo(idleRespondent.email()).getSubject()).isEqualTo("Pengingat " + idle.getName());
		assertThat(mailsTo(otherRespondent.email())).isZero();
		assertThat(mvc.get().uri("/coordinator/progress/bodies/{id}", idle.getId()).with(user(coordinator)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Surel yang dikirim ke badan ini", idleRespondent.email(), "Koordinator Uji", "Terkirim");
	}

	@Test
	void bodyOutsideTheSubtreeIsNotFoundAndNobodyIsMailed() throws Exception {
		var result = mvc.post()
			.uri("/coordinator/progress/bodies/{id}/reminders", outside.getId())
			.param("subject", "Pengingat {badan}")
			.param("text", "Mohon kirim.")
			.with(user(coordinator))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mailsTo(outsideRespondent.email())).isZero();
		assertThat(notifications.logForBody(outside.getId())).isEmpty();
		assertThat(mvc.post()
			.uri("/coordinator/progress/bodies/{id}/reminders", Long.MAX_VALUE)
			.param("subject", "x")
			.param("text", "y")
			.with(user(coordinator))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void brokenPlaceholdersAreFieldErrorsAndNothingIsSent() throws Exception {
		assertThat(mvc.post()
			.uri("/coordinator/progress/reminders")
			.param("subject", "Pengingat {badan}")
			.param("text", "Yth. {nama}, mohon kirim.")
			.with(user(coordinator))
			.with(csrf())
			.exchange()).hasStatusOk().bodyText().contains("Penanda {nama} tidak dikenal", "Yth. {nama}, mohon kirim.");
		assertThat(mvc.post()
			.uri("/coordinator/progress/bodies/{id}/reminders", idle.getId())
			.param("subject", "Pengingat {badan")
			.param("text", "Mohon kirim.")
			.with(user(coordinator))
			.with(csrf())
			.exchange()).hasStatusOk().bodyText().contains("tanpa pasangan");
		assertThat(mvc.post()
			.uri("/coordinator/progress/reminders")
			.param("subject", "")
			.param("text", "Mohon kirim }")
			.with(user(coordinator))
			.with(csrf())
			.exchange()).hasStatusOk().bodyText().contains("Wajib diisi");

		assertThat(mailsTo(idleRespondent.email())).isZero();
		assertThat(mailsTo(otherRespondent.email())).isZero();
		assertThat(notifications.logForBody(idle.getId())).isEmpty();
	}

	@Test
	void placeholderCheckNamesTheCulprit() {
		ReminderText.check("text", "{badan} {batas} {tautan} tanpa penanda lain");
		assertThat(ReminderText.fill("{badan} sampai {batas}",
				java.util.Map.of("badan", "Dinas A", "batas", "31-07-2026 16:00 WITA", "tautan", "x")))
			.isEqualTo("Dinas A sampai 31-07-2026 16:00 WITA");
		for (var broken : List.of("{nama}", "{badan", "badan}", "{{badan}}", "{}")) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> ReminderText.check("text", broken))
				.isInstanceOf(id.monevkip.shared.BusinessException.class);
		}
	}

	@Test
	void automaticReminderReachesAnEligibleBodyOnceEvenWhenRunConcurrentlyAndAgain() throws Exception {
		var body = ownCycleBody(2);
		var respondent = fixtures.respondent(body, "Eka Otomatis");
		long cycleId = cycles.currentFor(body.getId()).orElseThrow().id();

		var pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> run = () -> reminders.remind(cycleId);
			var runs = pool.invokeAll(List.of(run, run));
			int mailed = 0;
			for (var f : runs) {
				mailed += f.get();
			}
			assertThat(mailed).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(reminders.remind(cycleId)).isZero();

		assertThat(jdbc.queryForObject("select count(*) from reminder_sent where cycle_id = ? and body_id = ?",
				Long.class, cycleId, body.getId())).isEqualTo(1);
		var mail = onlyMailTo(respondent.email());
		assertThat(mail.getSubject()).isEqualTo("Pengingat: SAQ " + body.getName() + " belum dikirim");
		assertThat(GreenMailUtil.getBody(mail)).contains("/respondent").doesNotContain("{batas}");
		assertThat(notifications.logForBody(body.getId())).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(Reminders.AUTOMATIC);
			assertThat(entry.triggeredBy()).isNull();
		});
	}

	@Test
	void automaticReminderSkipsABodyThatHasSent() throws Exception {
		var body = ownCycleBody(2);
		var respondent = fixtures.respondent(body, "Fajar Terkirim");
		var workspace = work.open(respondent);
		work.fillAll(respondent, workspace);
		assertThat(submit.submit(respondent, workspace.id()).sealed()).isTrue();
		long cycleId = cycles.currentFor(body.getId()).orElseThrow().id();

		assertThat(reminders.remind(cycleId)).isZero();

		assertThat(mailsTo(respondent.email())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from reminder_sent where body_id = ?", Long.class,
				body.getId())).isZero();
	}

	@Test
	void automaticReminderWaitsForABodyWhoseDeadlineIsFurtherAway() throws Exception {
		var body = ownCycleBody(10);
		var respondent = fixtures.respondent(body, "Gita Nanti");
		long cycleId = cycles.currentFor(body.getId()).orElseThrow().id();

		assertThat(reminders.remind(cycleId)).isZero();

		assertThat(mailsTo(respondent.email())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from reminder_sent where body_id = ?", Long.class,
				body.getId())).isZero();
	}

	/** A body alone in a cycle of its own whose SAQ opened ten days ago and closes in the given number of days. */
	private PublicBody ownCycleBody(int closesInDays) {
		var now = clock.instant();
		int k = closesInDays;
		List<StageWindow> windows = new ArrayList<>();
		windows.add(new StageWindow(Stage.REGISTRATION, days(now, -40), days(now, -20)));
		windows.add(new StageWindow(Stage.SAQ, days(now, -10), days(now, k)));
		windows.add(new StageWindow(Stage.VERIFICATION, days(now, k + 1), days(now, k + 30)));
		windows.add(new StageWindow(Stage.REVISION, days(now, k + 31), days(now, k + 40)));
		windows.add(new StageWindow(Stage.OBJECTION, days(now, k + 41), days(now, k + 47)));
		windows.add(new StageWindow(Stage.PRESENTATION, days(now, k + 48), days(now, k + 55)));
		windows.add(new StageWindow(Stage.VISITATION, days(now, k + 56), days(now, k + 70)));
		windows.add(new StageWindow(Stage.DETERMINATION, days(now, k + 71), days(now, k + 77)));
		windows.add(new StageWindow(Stage.AWARD, days(now, k + 78), days(now, k + 78).plus(Duration.ofHours(4))));
		return fixtures.participantInOwnCycle("BUMD", 2001, windows);
	}

	private static Instant days(Instant now, int days) {
		return SubmissionFixtures.days(now, days);
	}

	private MimeMessage onlyMailTo(String address) throws Exception {
		var found = received(address);
		assertThat(found).as("mails to %s", address).hasSize(1);
		return found.get(0);
	}

	private int mailsTo(String address) throws Exception {
		return received(address).size();
	}

	/**
	 * Mails to this address other than the receipt of a sent SAQ. Reminders by hand are queued and mailed after the
	 * request; once the queue is empty every mail has been handed to GreenMail, so what has not arrived was never sent.
	 */
	private List<MimeMessage> received(String address) throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"select count(*) from event_publication where event_type like '%ReminderQueued'", Long.class) == 0);
		var found = new ArrayList<MimeMessage>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			var to = message.getRecipients(Message.RecipientType.TO);
			if (to != null && to.length == 1 && to[0].toString().equals(address)
					&& !message.getSubject().startsWith("Tanda terima")) {
				found.add(message);
			}
		}
		return found;
	}

}
