package id.monevkip.questionnaire.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.IndicatorView;
import id.monevkip.questionnaire.InstrumentFixtures;
import id.monevkip.questionnaire.InstrumentView;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.QuestionnaireManagement;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class InstrumentTransferTests {

	@Autowired
	TransferService transfers;

	@Autowired
	QuestionnaireManagement questionnaires;

	@Autowired
	InstrumentFixtures fixtures;

	long cycleId;

	long sourceId;

	Set<Long> categories;

	@BeforeEach
	void setUp() {
		cycleId = fixtures.cycle(false);
		sourceId = fixtures.publishableDraft(cycleId, "BUMD");
		categories = Set.of(fixtures.categoryId("BLUD"));
	}

	@Test
	void jsonRoundTripKeepsTheWholeContent() {
		long copy = transfers.importFile(cycleId, categories, transfers.exportJson(sourceId));

		assertThat(content(questionnaires.instrument(copy))).isEqualTo(content(questionnaires.instrument(sourceId)));
		assertThat(questionnaires.instrument(copy).draft()).isTrue();
	}

	@Test
	void excelRoundTripKeepsTheWholeContent() {
		long copy = transfers.importFile(cycleId, categories, transfers.exportExcel(sourceId));

		assertThat(content(questionnaires.instrument(copy))).isEqualTo(content(questionnaires.instrument(sourceId)));
	}

	@Test
	void malformedJsonIsRefusedWithItsPositionAndNothingIsSaved() {
		int before = questionnaires.instruments(cycleId).size();
		byte[] broken = "{\n  \"format\": \"monev-kip-instrument/1\",\n  \"title\": }".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> transfers.importFile(cycleId, categories, broken))
			.isInstanceOfSatisfying(ImportRefused.class, e -> {
				assertThat(e.problems().get(0).messageKey()).isEqualTo("transfer.error.badJson");
				assertThat(e.problems().get(0).arguments().get(0)).isEqualTo(3);
			});
		assertThat(questionnaires.instruments(cycleId)).hasSize(before);
	}

	@Test
	void invalidJsonContentListsEveryProblemWithItsPathAndNothingIsSaved() {
		int before = questionnaires.instruments(cycleId).size();
		String json = new String(transfers.exportJson(sourceId), StandardCharsets.UTF_8)
			.replace("\"code\" : \"Q2\"", "\"code\" : \"Q1\"")
			.replace("\"answerType\" : \"SINGLE_CHOICE\"", "\"answerType\" : \"PILIHAN\"");

		assertThatThrownBy(() -> transfers.importFile(cycleId, categories, json.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems())
				.extracting(ImportProblem::where, ImportProblem::messageKey)
				.contains(org.assertj.core.groups.Tuple.tuple("$.indicators[0].questions[1].code",
						"question.error.duplicateCode"),
						org.assertj.core.groups.Tuple.tuple("$.indicators[1].questions[0].answerType",
								"transfer.error.unknownValue")));
		assertThat(questionnaires.instruments(cycleId)).hasSize(before);
	}

	@Test
	void excelWithOneBadRowNamesSheetAndRowAndImportsNothing() throws Exception {
		int before = questionnaires.instruments(cycleId).size();
		byte[] bytes;
		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(transfers.exportExcel(sourceId)));
				var out = new ByteArrayOutputStream()) {
			workbook.getSheet("I2").getRow(4).getCell(5).setCellValue("banyak");
			workbook.write(out);
			bytes = out.toByteArray();
		}

		assertThatThrownBy(() -> transfers.importFile(cycleId, categories, bytes))
			.isInstanceOfSatisfying(ImportRefused.class, e -> {
				assertThat(e.problems()).hasSize(1);
				var problem = e.problems().get(0);
				assertThat(problem.where()).isEqualTo("I2");
				assertThat(problem.row()).isEqualTo(5);
				assertThat(problem.messageKey()).isEqualTo("transfer.error.cellNumber");
			});
		assertThat(questionnaires.instruments(cycleId)).hasSize(before);
	}

	@Test
	void refusesEmptyUnknownAndBrokenFiles() {
		assertThatThrownBy(() -> transfers.importFile(cycleId, categories, new byte[0]))
			.isInstanceOfSatisfying(ImportRefused.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("transfer.error.empty"));
		assertThatThrownBy(() -> transfers.importFile(cycleId, categories, "judul,bobot".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRefused.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("transfer.error.unknownFormat"));
		assertThatThrownBy(() -> transfers.importFile(cycleId, categories, new byte[] { 'P', 'K', 3, 4, 1, 2 }))
			.isInstanceOfSatisfying(ImportRefused.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("transfer.error.badExcel"));
		assertThatThrownBy(() -> transfers.importFile(cycleId, categories, new byte[6 * 1024 * 1024]))
			.isInstanceOfSatisfying(ImportRefused.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("transfer.error.tooLarge"));
	}

	/** Everything but ids, cycle, status and dates. */
	static Object content(InstrumentView view) {
		return java.util.List.of(view.title(), view.village(), view.indicators()
			.stream()
			.map(i -> java.util.List.of(i.code(), i.name(), i.weight().stripTrailingZeros(),
					i.questions().stream().map(InstrumentTransferTests::question).toList()))
			.toList());
	}

	static Object question(QuestionView q) {
		return java.util.List.of(q.code(), q.text(), String.valueOf(q.guidance()), String.valueOf(q.evidenceExample()),
				q.answerType(), q.weight().stripTrailingZeros(), q.evidenceRequirement(), q.allOrNothing(), q.maxFileMb(),
				q.options().stream().map(o -> o.code() + o.label() + o.fraction().stripTrailingZeros()).toList(),
				q.elements().stream().map(e -> e.code() + e.label() + e.weight().stripTrailingZeros()).toList(),
				q.thresholds().stream().map(t -> t.minimum().stripTrailingZeros() + "=" + t.fraction().stripTrailingZeros()).toList());
	}

}
