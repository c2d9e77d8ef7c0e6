package id.monevkip.ranking.awards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A category's ranking as Excel, PDF and print page, and the ceremony without JavaScript. */
@IntegrationTest
class AwardExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures ranking;

	@Autowired
	AwardFixtures awards;

	@Autowired
	AssessmentFixtures assessment;

	RankingFixtures.FixedCycle cycle;

	long award;

	@BeforeEach
	void rankedCategory() {
		var scored = ranking.scored(List.of(Entry.of("BUMD", "91.25"), Entry.of("BUMD", "80"), Entry.of("BLUD", "80"),
				Entry.of("BLUD", "55.5")), List.of());
		award = awards.award(scored.cycleId(), "BUMD dan BLUD", 2, null, "BUMD", "BLUD");
		cycle = new RankingFixtures.FixedCycle(scored.cycleId(), scored.year(), scored.bodies(),
				ranking.issue(scored.cycleId()));
	}

	@Test
	void excelHoldsTheRankingWithRanksScoresBandsAndWinners() throws IOException {
		var result = mvc.get().uri("/commissioner/cycles/{id}/awards/{a}.xlsx", cycle.cycleId(), award)
			.with(user(awards.commissioner())).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("bumd-dan-blud.xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Peringkat");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Badan publik");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
			var first = sheet.getRow(2);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo(cycle.bodies().get(0).getName());
			assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(91.25);
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Informatif");
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Ya");
			assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(2);
			assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(2);
			assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("Ya");
			assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(4);
			assertThat(sheet.getRow(5).getCell(7).getStringCellValue()).isEmpty();
		}
	}

	@Test
	void pdfReadsBackWithTheBodiesTheirRanksAndTheDecree() throws IOException {
		var result = mvc.get().uri("/admin/cycles/{id}/awards/{a}.pdf", cycle.cycleId(), award)
			.with(user(awards.commissioner())).exchange();
		assertThat(result).hasStatus(403);

		result = mvc.get().uri("/commissioner/cycles/{id}/awards/{a}.pdf", cycle.cycleId(), award)
			.with(user(awards.commissioner())).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("BUMD dan BLUD", cycle.decree().number(), "Peringkat", "Kurang Informatif", "91,25");
			for (var body : cycle.bodies()) {
				assertThat(text).contains(body.getName());
			}
			assertThat(text).containsPattern("(?m)^1 " + cycle.bodies().get(0).getCode())
				.containsPattern("(?m)^2 " + cycle.bodies().get(2).getCode())
				.containsPattern("(?m)^4 " + cycle.bodies().get(3).getCode());
		}
	}

	@Test
	void thePrintPageListsTheRankingForPaper() {
		assertThat(mvc.get().uri("/commissioner/cycles/{id}/awards/{a}/print", cycle.cycleId(), award)
			.with(user(awards.commissioner())))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"print-table\"", cycle.bodies().get(3).getName(), "Ctrl+P");
	}

	@Test
	void theCeremonyShowsOneStepAtATimeWithoutJavaScriptAndEverythingOnRequest() {
		var commissioner = awards.commissioner();
		// 0 opening, 1 category title, 2-4 reveals (rank 2, 2, then 1), 5 closing
		assertThat(mvc.get().uri("/commissioner/cycles/{id}/ceremony?step=4", cycle.cycleId()).with(user(commissioner)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"slide-4\" aria-live=\"polite\" data-step=\"4\"", "5 / 6", "step=3", "step=5",
					"Peringkat 1", cycle.bodies().get(0).getName())
			.contains("data-step=\"3\" hidden=\"hidden\"");
		assertThat(mvc.get().uri("/admin/cycles/{id}/ceremony?all=true", cycle.cycleId()).with(user(assessment.admin())))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("hidden=\"hidden\"")
			.contains(cycle.bodies().get(1).getName(), cycle.bodies().get(2).getName());
	}

}
