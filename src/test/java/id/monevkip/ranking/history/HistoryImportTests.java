package id.monevkip.ranking.history;

import java.nio.charset.StandardCharsets;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Final results of earlier years come in from CSV, all or nothing, marked as imported, bands derived when absent. */
@IntegrationTest
class HistoryImportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser admin;

	PublicBody first;

	PublicBody second;

	@BeforeEach
	void twoBodies() {
		admin = fixtures.admin();
		first = fixtures.body("BUMD", null, null);
		second = fixtures.body("BLUD", null, null);
	}

	@Test
	void aValidFileIsSavedMarkedAsImportedWithBandsGivenOrDerivedAndReplacedWhenImportedAgain() {
		var csv = "tahun;kode_badan;kategori;nilai_akhir;kualifikasi\n"
				+ "2022;" + first.getCode() + ";BUMD;91,5;\n"
				+ "2022;" + second.getCode() + ";;55.25;Kurang Informatif\n"
				+ "2023;" + first.getCode() + ";;79.99;\n";

		assertThat(upload("hasil-2022.csv", csv)).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "ranking.history.saved");
		assertThat(row(2022, first)).containsEntry("band", "INFORMATIF").containsEntry("band_derived", true)
			.containsEntry("source_name", "hasil-2022.csv");
		assertThat(((Number) row(2022, first).get("final_score")).doubleValue()).isEqualTo(91.5);
		assertThat(row(2022, second)).containsEntry("band", "KURANG_INFORMATIF").containsEntry("band_derived", false)
			.containsEntry("category_id", second.getCategory().getId());
		assertThat(row(2023, first)).containsEntry("band", "CUKUP_INFORMATIF");

		upload("koreksi.csv", "tahun,kode_badan,nilai_akhir\n2022," + first.getCode() + ",88\n");
		assertThat(row(2022, first)).containsEntry("band", "MENUJU_INFORMATIF").containsEntry("source_name", "koreksi.csv");
		assertThat(jdbc.queryForObject("select count(*) from historical_result where body_id = ?", Long.class,
				first.getId())).isEqualTo(2);
		assertThat(mvc.get().uri("/admin/results-history").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Tahun yang sudah diimpor", "2022", "2023");
	}

	@Test
	void unknownBodiesAndScoresOutside0To100AreNamedByLineAndNothingIsSaved() {
		var csv = "tahun,kode_badan,nilai_akhir,kualifikasi\n"
				+ "2021," + first.getCode() + ",70,\n"
				+ "2021,TIDAK-ADA-" + first.getCode() + ",60,\n"
				+ "2021," + second.getCode() + ",100.5,\n"
				+ "1999," + second.getCode() + ",80,Sangat Baik\n"
				+ "2021," + first.getCode() + ",71,\n";

		var result = upload("salah.csv", csv);

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Berkas salah.csv tidak diimpor; tidak ada yang disimpan.")
			.contains("Baris 3: Badan publik dengan kode TIDAK-ADA-" + first.getCode() + " tidak ada di direktori.")
			.contains("Baris 4: Nilai akhir 100.5 di luar 0 sampai 100.")
			.contains("Baris 5: Tahun &quot;1999&quot; tidak dikenal; isi tahun dari 2000 sampai ")
			.contains("Baris 5: Kualifikasi &quot;Sangat Baik&quot; tidak dikenal")
			.contains("Baris 6: Tahun dan badan publik yang sama sudah ada di baris 2.");
		assertThat(jdbc.queryForObject("select count(*) from historical_result where body_id in (?, ?)", Long.class,
				first.getId(), second.getId())).isZero();
	}

	@Test
	void aFileWithoutTheRequiredColumnsOrNotInUtf8IsRefused() {
		assertThat(upload("kolom.csv", "tahun,kode\n2022,X\n")).hasStatusOk()
			.bodyText()
			.contains("Kolom kode_badan tidak ada di baris judul.", "Kolom nilai_akhir tidak ada di baris judul.");
		var latin1 = ("tahun,kode_badan,nilai_akhir\n2022," + first.getCode() + ",70 \u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(mvc.post().uri("/admin/results-history")
			.multipart()
			.file(new MockMultipartFile("file", "latin.csv", "text/csv", latin1))
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Berkas bukan teks UTF-8.");
	}

	@Test
	void onlyAdminsImport() {
		var commissioner = fixtures.person(Role.COMMISSIONER, "Komisioner Impor", null);
		assertThat(mvc.get().uri("/admin/results-history").with(user(commissioner))).hasStatus(HttpStatus.FORBIDDEN);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult upload(String name, String csv) {
		return mvc.post()
			.uri("/admin/results-history")
			.multipart()
			.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(admin))
			.with(csrf())
			.exchange();
	}

	private java.util.Map<String, Object> row(int year, PublicBody body) {
		return jdbc.queryForMap("select * from historical_result where year = ? and body_id = ?", year, body.getId());
	}

}
