package id.monevkip.assessment.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Base64;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.internal.AssignmentService;
import id.monevkip.assessment.panel.PanelFixtures;
import id.monevkip.assessment.panel.PanelStage;
import id.monevkip.assessment.panel.RubricService;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Sessions: admins schedule them; the body's judges and verifiers and commissioners read them; minutes and photos
 * once held; photos checked by content and shown only to those who may see the session (404 for anyone else).
 */
@IntegrationTest
class SessionTests {

	/** A 1×1 PNG. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PanelFixtures fixtures;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	AssignmentService assignments;

	@Autowired
	SessionService sessions;

	@Autowired
	AppProperties properties;

	long cycleId;

	PublicBody body;

	CurrentUser judge;

	CurrentUser admin;

	@BeforeEach
	void bodyWithAJudge() {
		cycleId = fixtures.cycle(true);
		body = fixtures.participant(cycleId);
		judge = fixtures.judge(cycleId, body, "Juri Sesi");
		admin = fixtures.admin();
	}

	@Test
	void anAdminSchedulesASessionThatTheJudgeFindsInItsList() {
		var result = mvc.post()
			.uri("/admin/cycles/{id}/sessions", cycleId)
			.param("bodyId", String.valueOf(body.getId()))
			.param("kind", "PRESENTATION")
			.param("startsAt", "2030-08-05T09:00")
			.param("place", "Ruang Rapat KI Kaltim")
			.param("attendees", "Kepala Dinas")
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		var rows = sessions.list(cycleId, judge);
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.bodyId()).isEqualTo(body.getId());
			assertThat(row.startsAt().toLocalDateTime()).isEqualTo(LocalDateTime.of(2030, 8, 5, 9, 0));
			assertThat(row.startsAt().getZone().getId()).isEqualTo("Asia/Makassar");
		});
		assertThat(mvc.get().uri("/assessment/cycles/{id}/sessions", cycleId).with(user(judge))).hasStatusOk()
			.bodyText()
			.contains("09:00 WITA", body.getName(), "Ruang Rapat KI Kaltim");
		assertThat(mvc.get().uri("/admin/cycles/{id}/sessions", cycleId).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Ruang Rapat KI Kaltim");
	}

	@Test
	void aSessionNeedsABodyWithAJudgeAndAPlace() {
		var other = fixtures.participant(cycleId);
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/sessions", cycleId)
			.param("bodyId", String.valueOf(other.getId()))
			.param("kind", "VISITATION")
			.param("startsAt", "2030-08-05T09:00")
			.param("place", "Kantor")
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("belum memiliki juri pada siklus ini");
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/sessions", cycleId)
			.param("bodyId", String.valueOf(body.getId()))
			.param("kind", "VISITATION")
			.param("startsAt", "besok pagi")
			.param("place", "")
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Isi tanggal dan jam mulai", "Isi tempat sesi");
		assertThat(sessions.list(cycleId, admin)).isEmpty();
	}

	@Test
	void onlyAdminsCommissionersAndTheBodysPeopleSeeASessionAndItsPhotos() throws Exception {
		var id = held();
		var photo = upload(id, judge, "foto.png", PNG);
		assertThat(photo).hasStatus(HttpStatus.FOUND);
		var photoId = sessions.session(id, admin).photos().get(0).id();
		var verifier = assessment.person(Role.ASSESSOR, "Verifikator Sesi", null);
		assignments.assign(cycleId, body.getId(), verifier.accountId(), AssignmentRole.VERIFIER, admin);
		var commissioner = fixtures.person(Role.COMMISSIONER, "Komisioner Sesi");
		for (var allowed : new CurrentUser[] { admin, commissioner, judge, verifier }) {
			assertThat(mvc.get().uri("/assessment/sessions/{id}", id).with(user(allowed))).hasStatusOk();
			assertThat(mvc.get().uri("/assessment/sessions/{id}/photos/{p}", id, photoId).with(user(allowed)))
				.hasStatusOk()
				.hasContentType("image/png");
		}
		var otherJudge = fixtures.person(Role.JUROR, "Juri Luar");
		var otherAssessor = fixtures.person(Role.ASSESSOR, "Penilai Luar");
		for (var stranger : new CurrentUser[] { otherJudge, otherAssessor }) {
			assertThat(mvc.get().uri("/assessment/sessions/{id}", id).with(user(stranger)))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/assessment/sessions/{id}/photos/{p}", id, photoId).with(user(stranger)))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(upload(id, stranger, "foto.png", PNG)).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(sessions.list(cycleId, otherJudge)).isEmpty();
	}

	@Test
	void aPhotoMustReallyBeAnImage() throws Exception {
		var id = held();
		var dir = properties.dataDir().resolve("sessions");
		var before = count(dir);
		var result = upload(id, judge, "bukan-foto.png", "ini hanya teks".getBytes());
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("error", "sessions.photo.refusedType");
		assertThat(sessions.session(id, admin).photos()).isEmpty();
		assertThat(count(dir)).isEqualTo(before);
	}

	@Test
	void judgesWriteTheMinutesOnlyOnceTheSessionHasStarted() {
		var future = sessions.schedule(cycleId, new ScheduleCommand(body.getId(), SessionKind.VISITATION,
				LocalDateTime.now().plusYears(3), "Kantor Dinas", null), admin);
		assertThat(mvc.post()
			.uri("/assessment/sessions/{id}/minutes", future)
			.param("minutes", "Terlalu awal")
			.with(user(judge))
			.with(csrf())).hasStatusOk().bodyText().contains("setelah sesi dimulai");
		assertThat(sessions.session(future, admin).minutes()).isNull();

		var past = held();
		assertThat(mvc.post()
			.uri("/assessment/sessions/{id}/minutes", past)
			.param("attendees", "Kepala Dinas\nSekretaris PPID")
			.param("minutes", "Pimpinan hadir dan memaparkan inovasi layanan.")
			.with(user(judge))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(sessions.session(past, admin).minutes()).isEqualTo("Pimpinan hadir dan memaparkan inovasi layanan.");
		var commissioner = fixtures.person(Role.COMMISSIONER, "Komisioner Baca");
		assertThat(mvc.post()
			.uri("/assessment/sessions/{id}/minutes", past)
			.param("minutes", "Diubah komisioner")
			.with(user(commissioner))
			.with(csrf())).hasStatusOk().bodyText().contains("Hanya admin dan juri atau verifikator");
		assertThat(sessions.session(past, admin).minutes()).isEqualTo("Pimpinan hadir dan memaparkan inovasi layanan.");
	}

	private long held() {
		return sessions.schedule(cycleId, new ScheduleCommand(body.getId(), SessionKind.PRESENTATION,
				LocalDateTime.of(2020, 8, 5, 9, 0), "Ruang Rapat KI Kaltim", null), admin);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult upload(long id, CurrentUser by, String name,
			byte[] bytes) {
		return mvc.post()
			.uri("/assessment/sessions/{id}/photos", id)
			.multipart()
			.file(new MockMultipartFile("photo", name, "image/png", bytes))
			.with(user(by))
			.with(csrf())
			.exchange();
	}

	private static long count(Path dir) throws Exception {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (var files = Files.list(dir)) {
			return files.count();
		}
	}

}
