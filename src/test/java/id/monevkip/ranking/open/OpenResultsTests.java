package id.monevkip.ranking.open;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.assessment.results.Decrees;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.ranking.RankingFixtures.FixedCycle;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.CurrentUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public result pages and open data, without login: only published years, exactly the decree in force, the
 * search and category filter, the chart's band counts and the CSV and JSON columns and values.
 */
@IntegrationTest
class OpenResultsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures fixtures;

	@Autowired
	Publications publications;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	UserDetailsService users;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	Decrees decrees;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Test
	void anUnpublishedYearIsNotFoundOnItsPageCsvAndJsonAndShowsNoBody() {
		var decreed = fixtures.decreed(List.of(Entry.of("PD_PROVINSI", "91.5"), Entry.of("BUMD", "55.25")));
		String code = decreed.bodies().get(0).getCode();
		String name = decreed.bodies().get(0).getName();
		String year = Integer.toString(decreed.year());

		assertThat(get("/hasil/" + year)).hasStatus(HttpStatus.NOT_FOUND).bodyText()
			.contains("Hasil tahun " + year + " belum diumumkan")
			.doesNotContain(code, name, decreed.decree().number());
		for (String path : List.of("/hasil/" + year + ".csv", "/hasil/" + year + ".json")) {
			assertThat(get(path)).hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain(code, name);
		}
		assertThat(get("/hasil")).hasStatusOk().bodyText().doesNotContain("/hasil/" + year + "\"");
	}

	@Test
	void aPathThatIsNotAYearIsNotFoundRatherThanAnError() {
		for (String path : List.of("/hasil/abcd", "/hasil/20x5", "/hasil/123", "/hasil/20255", "/hasil/abcd.csv",
				"/hasil/2025x.json")) {
			assertThat(get(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void aPublishedYearShowsExactlyTheDecreesRowsWithRankScoreAndBandAndItsChartCounts() {
		var fixed = published(List.of(Entry.of("PD_PROVINSI", "91.5"), Entry.of("PD_PROVINSI", "75"), Entry.of("BUMD", "55.25")));
		// takes part and is scored after the decree: not in the decree, so not public
		var late = assessment.participant(fixed.cycleId(), "PD_PROVINSI", null, null);
		tx.executeWithoutResult(s -> ledger.record(fixed.cycleId(), late.getId(), ScoreStage.SAQ, new BigDecimal("99"),
				"uji", new Actor(null, "Sistem")));
		String year = Integer.toString(fixed.year());

		var page = get("/hasil/" + year);
		assertThat(page).hasStatusOk().bodyText()
			.contains(fixed.decree().number(), "(versi 1)", "3 badan publik dinilai dalam 2 kategori")
			.contains(fixed.bodies().get(0).getName(), "91,50", "Informatif", fixed.bodies().get(1).getName(), "75,00",
					"Cukup Informatif", fixed.bodies().get(2).getName(), "55,25", "Kurang Informatif")
			.contains("href=\"/hasil/" + year + "/badan/" + fixed.bodies().get(0).getCode() + "\"")
			.doesNotContain(late.getName())
			.contains("data-band=\"INFORMATIF\" data-count=\"1\"", "data-band=\"MENUJU_INFORMATIF\" data-count=\"0\"",
					"data-band=\"CUKUP_INFORMATIF\" data-count=\"1\"", "data-band=\"KURANG_INFORMATIF\" data-count=\"1\"",
					"data-band=\"TIDAK_INFORMATIF\" data-count=\"0\"")
			.contains("action=\"/hasil/" + year + "#ranking\"", "href=\"/hasil/" + year + ".csv\"",
					"href=\"/hasil/" + year + ".json\"")
			.doesNotContain("/login");
		assertThat(get("/hasil")).hasStatusOk().bodyText().contains("href=\"/hasil/" + year + "\"");
	}

	@Test
	void theCsvHasTheDocumentedColumnsAndTheFixtureBodysValues() throws Exception {
		var fixed = published(List.of(Entry.of("PD_PROVINSI", "91.5"), Entry.of("PD_PROVINSI", "75"), Entry.of("BUMD", "55.25")));
		var body = fixed.bodies().get(2);

		var answer = get("/hasil/" + fixed.year() + ".csv");
		assertThat(answer).hasStatusOk().hasHeader("Content-Disposition",
				"attachment; filename=\"hasil-monev-" + fixed.year() + ".csv\"");
		assertThat(answer.getResponse().getContentType()).startsWith("text/csv").contains("UTF-8");
		String text = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst()).contains(
				"tahun,kode_badan,nama_badan,kategori,nilai_akhir,kualifikasi,peringkat,nomor_sk,tanggal_sk");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text))
			.getRecords();
		assertThat(records).hasSize(3);
		var line = records.stream().filter(r -> r.get("kode_badan").equals(body.getCode())).findFirst().orElseThrow();
		assertThat(line.toMap()).containsEntry("tahun", Integer.toString(fixed.year()))
			.containsEntry("nama_badan", body.getName())
			.containsEntry("kategori", categoryName(body))
			.containsEntry("nilai_akhir", "55.25")
			.containsEntry("kualifikasi", "Kurang Informatif")
			.containsEntry("peringkat", "1")
			.containsEntry("nomor_sk", fixed.decree().number())
			.containsEntry("tanggal_sk", fixed.decree().date().toString());
	}

	@Test
	void theJsonHasTheDocumentedFieldsAndTheFixtureBodysValues() throws Exception {
		var fixed = published(List.of(Entry.of("PD_PROVINSI", "91.5"), Entry.of("PD_PROVINSI", "75"), Entry.of("BUMD", "55.25")));
		var body = fixed.bodies().get(1);

		var answer = get("/hasil/" + fixed.year() + ".json");
		assertThat(answer).hasStatusOk().hasHeader("Content-Disposition",
				"attachment; filename=\"hasil-monev-" + fixed.year() + ".json\"");
		JsonNode json = JsonMapper.builder().build().readTree(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(json.get("tahun").asInt()).isEqualTo(fixed.year());
		assertThat(json.get("nomor_sk").asString()).isEqualTo(fixed.decree().number());
		assertThat(json.get("hasil")).hasSize(3);
		JsonNode line = null;
		for (JsonNode row : json.get("hasil")) {
			if (row.get("kode_badan").asString().equals(body.getCode())) {
				line = row;
			}
		}
		assertThat(line).isNotNull();
		assertThat(line.get("tahun").asInt()).isEqualTo(fixed.year());
		assertThat(line.get("nama_badan").asString()).isEqualTo(body.getName());
		assertThat(line.get("kategori").asString()).isEqualTo(categoryName(body));
		assertThat(line.get("nilai_akhir").decimalValue()).isEqualByComparingTo(new BigDecimal("75"));
		assertThat(line.get("kualifikasi").asString()).isEqualTo("Cukup Informatif");
		assertThat(line.get("kode_kualifikasi").asString()).isEqualTo("CUKUP_INFORMATIF");
		assertThat(line.get("peringkat").asInt()).isEqualTo(2);
		assertThat(line.get("nomor_sk").asString()).isEqualTo(fixed.decree().number());
		assertThat(line.get("tanggal_sk").asString()).isEqualTo(fixed.decree().date().toString());
	}

	@Test
	void theSearchByNameOrCodeAndTheCategoryFilterNarrowTheRankingOnTheServer() {
		var fixed = published(List.of(Entry.of("PD_PROVINSI", "91.5"), Entry.of("PD_PROVINSI", "75"), Entry.of("BUMD", "55.25")));
		var first = fixed.bodies().get(0);
		var second = fixed.bodies().get(1);
		var bumd = fixed.bodies().get(2);
		String base = "/hasil/" + fixed.year();

		assertThat(get(base + "?q=" + first.getCode().toLowerCase())).hasStatusOk().bodyText()
			.contains("1 badan publik ditemukan", first.getName())
			.doesNotContain(second.getName(), bumd.getName());
		String nameTail = second.getName().substring(second.getName().length() - 6);
		assertThat(get(base + "?q=" + nameTail)).hasStatusOk().bodyText()
			.contains(second.getName())
			.doesNotContain(first.getName(), bumd.getName());
		assertThat(get(base + "?kategori=" + bumd.getCategory().getId())).hasStatusOk().bodyText()
			.contains("1 badan publik ditemukan", bumd.getName())
			.doesNotContain(first.getName(), second.getName());
		assertThat(get(base + "?q=tidak-ada-badan-seperti-ini")).hasStatusOk().bodyText()
			.contains("Tidak ada badan publik yang cocok");
		assertThat(get(base + "?kategori=abc&page=x")).hasStatusOk().bodyText()
			.contains(first.getName(), second.getName(), bumd.getName());
	}

	@Test
	void afterACorrectionThePublicPagesShowTheNewVersion() {
		var fixed = published(List.of(Entry.of("PD_PROVINSI", "91.5"), Entry.of("PD_PROVINSI", "75")));
		String year = Integer.toString(fixed.year());
		assertThat(get("/hasil/" + year)).bodyText().contains("91,50");
		var second = fixed.bodies().get(1);
		tx.executeWithoutResult(s -> ledger.record(fixed.cycleId(), second.getId(), ScoreStage.SAQ, new BigDecimal("95"),
				"koreksi", new Actor(null, "Sistem")));
		var corrected = decrees.correct(fixed.cycleId(), fixed.decree().number() + "-K", LocalDate.now(clock),
				"Salah hitung SAQ", null, new Actor(null, "Komisioner Uji"));

		assertThat(get("/hasil/" + year)).hasStatusOk().bodyText()
			.contains(corrected.number(), "(versi 2)", "Hasil ini telah dikoreksi", "Salah hitung SAQ", "95,00")
			.doesNotContain("75,00");
		assertThat(get("/hasil/" + year + ".csv")).bodyText().contains(corrected.number() + "," + corrected.date())
			.contains(second.getCode() + "," + second.getName() + "," + categoryName(second) + ",95.00,Informatif,1,");
	}

	private FixedCycle published(List<Entry> entries) {
		var fixed = fixtures.decreed(entries);
		publications.publish(fixed.cycleId(), (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test"));
		return fixed;
	}

	private String categoryName(PublicBody body) {
		long id = body.getCategory().getId();
		return directory.categories().stream().filter(c -> c.id() == id).findFirst().orElseThrow().name();
	}

	private MvcTestResult get(String path) {
		return mvc.get().uri(path).exchange();
	}

}
