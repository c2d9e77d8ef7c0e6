package id.monevkip.cycle.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleFixtures;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.Stage;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static id.monevkip.cycle.CycleFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class CycleFormControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CycleFixtures fixtures;

	@Autowired
	CycleRepository cycles;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		admin = fixtures.admin();
	}

	/** A valid form for a 2031 cycle of the fixture organiser; tests change what they need. */
	Map<String, String> form() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("year", "2031");
		form.put("title", "Monev Form " + fixtures.tag);
		form.put("organiserCode", fixtures.organiserCode());
		String[][] windows = { { "REGISTRATION", "2031-03-01T08:00", "2031-03-31T16:00" },
				{ "SAQ", "2031-04-01T08:00", "2031-05-15T23:59" },
				{ "VERIFICATION", "2031-05-16T08:00", "2031-06-30T16:00" },
				{ "AWARD", "2031-12-01T19:00", "2031-12-01T23:00" } };
		for (int i = 0; i < windows.length; i++) {
			form.put("windows[" + i + "].stage", windows[i][0]);
			form.put("windows[" + i + "].opensAt", windows[i][1]);
			form.put("windows[" + i + "].closesAt", windows[i][2]);
		}
		form.put("saqWeight", "80");
		form.put("presentationWeight", "0");
		form.put("visitationWeight", "20");
		form.put("websiteWeight", "0");
		form.put("shortlistTop", "5");
		form.put("shortlistCombination", "ANY");
		form.put("nonShortlisted", "VERIFIED_SAQ");
		String[][] bands = { { "INFORMATIF", "90", "100" }, { "MENUJU_INFORMATIF", "80", "90" },
				{ "CUKUP_INFORMATIF", "60", "80" }, { "KURANG_INFORMATIF", "40", "60" },
				{ "TIDAK_INFORMATIF", "0", "40" } };
		for (int i = 0; i < bands.length; i++) {
			form.put("bands[" + i + "].code", bands[i][0]);
			form.put("bands[" + i + "].lower", bands[i][1]);
			form.put("bands[" + i + "].upper", bands[i][2]);
		}
		form.put("scale", "2");
		form.put("roundingMode", "HALF_UP");
		form.put("tieBreak1", "VERIFIED_SAQ");
		form.put("tieBreak2", "EARLIER_SUBMISSION");
		form.put("version", "0");
		return form;
	}

	MvcTestResult post(String uri, Map<String, String> form, Locale locale) {
		var request = mvc.post().uri(uri).with(user(admin)).with(csrf()).param("lang", locale.getLanguage());
		form.forEach(request::param);
		return request.exchange();
	}

	MvcTestResult post(Map<String, String> form) {
		return post("/admin/cycles", form, Locale.forLanguageTag("id"));
	}

	boolean saved() {
		return cycles.findByOrganiserBodyIdAndYear(fixtures.organiserId(), 2031).isPresent();
	}

	@Test
	void createsACycleWithWindowsInWita() {
		var result = post(form());

		assertThat(result).hasStatus3xxRedirection();
		var cycle = cycles.findByOrganiserBodyIdAndYear(fixtures.organiserId(), 2031).orElseThrow();
		assertThat(cycle.getAssessedYear()).isEqualTo(2030);
		assertThat(cycle.window(Stage.SAQ).orElseThrow().getOpensAt()).isEqualTo(wita("2031-04-01T08:00"));
		assertThat(cycle.getWindows()).hasSize(4);
		assertThat(cycle.policy().weightOf(id.monevkip.cycle.ScoreStage.VISITATION)).isEqualByComparingTo("20");
		assertThat(cycle.policy().shortlist().topPerCategory()).isEqualTo(5);
		assertThat(cycle.policy().tieBreaks()).hasSize(2);
		assertThat(result).redirectedUrl().isEqualTo("/admin/cycles/" + cycle.getId());
	}

	@Test
	void weightsTotallingNinetyAreRefusedInBothLanguagesNamingTheTotal() {
		var form = form();
		form.put("visitationWeight", "10");

		var indonesian = post(form);
		var english = post("/admin/cycles", form, Locale.ENGLISH);

		assertThat(indonesian).hasStatusOk().hasViewName("admin/cycles/edit");
		assertThat(indonesian).model().extractingBindingResult("form").hasFieldErrors("saqWeight");
		assertThat(indonesian).bodyText().contains("Jumlah bobot harus 100, sekarang 90.");
		assertThat(english).bodyText().contains("The weights must total 100; they now total 90.");
		assertThat(saved()).isFalse();
	}

	@Test
	void bandsWithAGapAreRefused() {
		var form = form();
		form.put("bands[1].lower", "85");

		var result = post(form);

		assertThat(result).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("bands");
		assertThat(result).bodyText().contains("Ada celah antara Cukup Informatif dan Menuju Informatif");
		assertThat(saved()).isFalse();
	}

	@Test
	void windowsOutOfOrderAreRefused() {
		var form = form();
		form.put("windows[2].opensAt", "2031-03-15T08:00");

		var result = post(form);

		assertThat(result).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("windows");
		assertThat(result).bodyText().contains("Tahap Verifikasi tidak boleh dibuka sebelum tahap Pengisian SAQ dibuka.");
		assertThat(saved()).isFalse();
	}

	@Test
	void unreadableDatesAndNumbersBecomeFieldErrors() {
		var form = form();
		form.put("windows[1].opensAt", "besok pagi");
		form.put("saqWeight", "delapan puluh");

		var result = post(form);

		assertThat(result).hasStatusOk().hasViewName("admin/cycles/edit");
		assertThat(result).model()
			.extractingBindingResult("form")
			.hasFieldErrors("windows[1].opensAt", "saqWeight");
		assertThat(result).bodyText().contains("Isi tanggal dan jam yang benar.");
		assertThat(saved()).isFalse();
	}

	@Test
	void aHalfFilledWindowIsRefused() {
		var form = form();
		form.remove("windows[2].closesAt");

		var result = post(form);

		assertThat(result).hasStatusOk().bodyText().contains("Isi waktu buka dan waktu tutup");
		assertThat(saved()).isFalse();
	}

	@Test
	void editsACycleBeforeTheSaqOpens() {
		var cycle = fixtures.cycle(2040);
		var form = form();
		form.put("year", "2040");
		form.put("title", "Diubah " + fixtures.tag);
		form.put("version", String.valueOf(cycle.getVersion()));

		var result = post("/admin/cycles/" + cycle.getId(), form, Locale.forLanguageTag("id"));

		assertThat(result).hasStatus3xxRedirection();
		var changed = fixtures.reload(cycle.getId());
		assertThat(changed.getTitle()).isEqualTo("Diubah " + fixtures.tag);
		assertThat(changed.getYear()).isEqualTo(2040);
		assertThat(changed.window(Stage.SAQ).orElseThrow().getOpensAt()).isEqualTo(wita("2031-04-01T08:00"));
	}

	@Test
	void editAfterTheSaqOpenedIsRefusedAndNothingChanges() {
		var cycle = fixtures.runningCycle(2041);
		var form = form();
		form.put("title", "Diubah " + fixtures.tag);
		form.put("version", String.valueOf(cycle.getVersion()));

		var page = mvc.get().uri("/admin/cycles/" + cycle.getId() + "/edit").with(user(admin)).exchange();
		var result = post("/admin/cycles/" + cycle.getId(), form, Locale.forLanguageTag("id"));

		assertThat(page).hasStatusOk().bodyText().contains("Halaman ini hanya untuk dibaca.");
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Siklus ini tidak bisa diubah lagi karena pengisian SAQ sudah dibuka.");
		var unchanged = fixtures.reload(cycle.getId());
		assertThat(unchanged.getTitle()).isEqualTo(cycle.getTitle());
		assertThat(unchanged.getWindows()).hasSize(2);
		assertThat(unchanged.getVersion()).isEqualTo(cycle.getVersion());
		assertThat(unchanged.policy().weightOf(id.monevkip.cycle.ScoreStage.SAQ))
			.isEqualByComparingTo(new BigDecimal("80"));
	}

	@Test
	void theNewCycleFormOffersTheFiveDefaultBands() {
		var page = mvc.get().uri("/admin/cycles/new").with(user(admin)).exchange();

		assertThat(page).hasStatusOk().bodyText().contains("Menuju Informatif", "Tidak Informatif", "WITA");
	}

	@Test
	void aHandEditedChoiceIsABadRequestNotAnError() {
		var form = form();
		form.put("roundingMode", "CEILING_OF_MARS");

		var result = post(form);

		assertThat(result).hasStatus(400);
		assertThat(saved()).isFalse();
	}

}
