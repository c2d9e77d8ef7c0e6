package id.monevkip.progress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.shared.Wita;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.SubmissionWork;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmitService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The board's downloads: every filtered row (no pages) in the user's language, CSV cell by cell and Excel read back
 * with POI, never a body outside the coordinator's subtree, and a bad filter value still downloads.
 */
@IntegrationTest
class ProgressExportTests {

	static final List<String> HEADER_ID = List.of("Kode", "Nama badan publik", "Kategori", "Wilayah", "Status",
			"Terjawab", "Jumlah pertanyaan", "Persen terjawab", "Jawaban berbukti", "Aktivitas terakhir (WITA)",
			"Aktivitas terakhir oleh", "Batas waktu (WITA)", "Terlambat", "Bukti wajib: jawaban yang perlu bukti",
			"Bukti wajib: sudah terpenuhi");

	static final List<String> HEADER_EN = List.of("Code", "Public body name", "Category", "Region", "Status",
			"Answered", "Questions", "Percent answered", "Answers with evidence", "Last activity (WITA)",
			"Last activity by", "Deadline (WITA)", "Overdue", "Required evidence: answers needing it",
			"Required evidence: met");

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmitService submit;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	AccountRepository accounts;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	ProgressBoard boards;

	@Autowired
	Clock clock;

	PublicBody root;

	CurrentUser coordinator;

	PublicBody idle;

	PublicBody filling;

	PublicBody sent;

	@BeforeEach
	void subtreeWithThreeBodies() {
		root = fixtures.participant("PEMKAB_PEMKOT");
		coordinator = fixtures.account(root, Role.COORDINATOR, "Koordinator Uji");
		idle = fixtures.childOf(root, "PD_KABKOTA");
		filling = fixtures.childOf(root, "PD_KABKOTA");
		var rina = fixtures.respondent(filling, "Rina Unduh");
		var workspace = work.open(rina);
		var questions = SubmissionWork.questions(workspace);
		answers.save(rina, workspace.id(), questions.get(0).id(), SubmissionWork.modest(questions.get(0)), null);
		answers.save(rina, workspace.id(), questions.get(1).id(), SubmissionWork.modest(questions.get(1)), null);
		var file = evidence.upload(rina, filling.getId(),
				new EvidenceUpload("sk-unduh.pdf", new ByteArrayResource(SubmissionWork.pdf()))).file();
		answers.attachFile(rina, workspace.id(), questions.get(1).id(), file.id(), false);
		sent = fixtures.childOf(root, "DESA");
		var budi = fixtures.respondent(sent, "=Budi Unduh");
		var sentWorkspace = work.open(budi);
		work.fillAll(budi, sentWorkspace);
		assertThat(submit.submit(budi, sentWorkspace.id()).sealed()).isTrue();
	}

	@Test
	void csvHasABomAHeaderInIndonesianAndEveryRowOfTheSubtreeCellByCell() throws IOException {
		var result = mvc.get().uri("/coordinator/progress/export.csv").with(user(coordinator)).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv").containsIgnoringCase("utf-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment")
			.contains("filename=\"progres-" + fixtures.demoCycle().year() + "-" + today() + ".csv\"");
		var bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		var records = csv(bytes);
		assertThat(records.get(0).toList()).isEqualTo(HEADER_ID);
		var rows = records.subList(1, records.size());
		var board = boardRows("name");
		assertThat(rows).extracting(r -> r.get(0)).containsExactlyElementsOf(board.stream().map(BoardRow::code).toList());

		var half = row(board, filling);
		assertThat(record(rows, filling).toList()).containsExactly(filling.getCode(), filling.getName(),
				category("PD_KABKOTA"), "", "Mengisi", "2", String.valueOf(half.questions()),
				String.valueOf(half.percentAnswered()), "1", half.lastActivityAt().format(MINUTES), "Rina Unduh",
				half.deadline().format(MINUTES), "Tidak", String.valueOf(half.evidenceNeeded()),
				String.valueOf(half.evidenceMet()));
		assertThat(half.questions()).isGreaterThan(2);
		var done = row(board, sent);
		assertThat(record(rows, sent).toList()).containsExactly(sent.getCode(), sent.getName(), category("DESA"), "",
				"Dikirim", String.valueOf(done.questions()), String.valueOf(done.questions()), "100",
				String.valueOf(done.withEvidence()), done.lastActivityAt().format(MINUTES), "'=Budi Unduh",
				done.deadline().format(MINUTES), "Tidak", String.valueOf(done.evidenceNeeded()),
				String.valueOf(done.evidenceMet()));
		assertThat(record(rows, idle).toList()).containsExactly(idle.getCode(), idle.getName(), category("PD_KABKOTA"),
				"", "Belum mulai", "0", "0", "0", "0", "", "", row(board, idle).deadline().format(MINUTES), "Tidak", "0", "0");
	}

	@Test
	void csvHeaderAndWordsFollowTheUsersLanguage() throws IOException {
		var result = mvc.get().uri("/coordinator/progress/export.csv?status=SENT").param("lang", "en")
			.with(user(coordinator)).exchange();

		var records = csv(result.getResponse().getContentAsByteArray());
		assertThat(records.get(0).toList()).isEqualTo(HEADER_EN);
		assertThat(records).hasSize(2);
		assertThat(records.get(1).get(4)).isEqualTo("Sent");
		assertThat(records.get(1).get(12)).isEqualTo("No");
	}

	@Test
	void filtersAndSortApplyToTheDownload() throws IOException {
		var sentOnly = csv(mvc.get().uri("/coordinator/progress/export.csv?status=SENT").with(user(coordinator))
			.exchange().getResponse().getContentAsByteArray());
		assertThat(sentOnly.subList(1, sentOnly.size())).extracting(r -> r.get(0)).containsExactly(sent.getCode());

		var filling = csv(mvc.get().uri("/coordinator/progress/export.csv?category=PD_KABKOTA&q=uji&status=filling")
			.with(user(coordinator)).exchange().getResponse().getContentAsByteArray());
		assertThat(filling.subList(1, filling.size())).extracting(r -> r.get(0)).containsExactly(this.filling.getCode());

		var byAnswered = csv(mvc.get().uri("/coordinator/progress/export.csv?sort=answered&page=3&size=1")
			.with(user(coordinator)).exchange().getResponse().getContentAsByteArray());
		assertThat(byAnswered.subList(1, byAnswered.size())).extracting(r -> r.get(0))
			.containsExactlyElementsOf(boardRows("answered").stream().map(BoardRow::code).toList())
			.hasSize(4)
			.startsWith(sent.getCode(), this.filling.getCode());
	}

	@Test
	void excelIsOneSheetWithABoldFrozenFilteredHeaderNumbersAndDates() throws IOException {
		var result = mvc.get().uri("/coordinator/progress/export.xlsx").with(user(coordinator)).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("filename=\"progres-" + fixtures.demoCycle().year() + "-" + today() + ".xlsx\"");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Progres");
			var header = sheet.getRow(0);
			for (int i = 0; i < HEADER_ID.size(); i++) {
				assertThat(header.getCell(i).getStringCellValue()).isEqualTo(HEADER_ID.get(i));
				assertThat(workbook.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O5");
			assertThat(sheet.getLastRowNum()).isEqualTo(4);

			var board = boardRows("name");
			var half = row(board, filling);
			var line = sheetRow(sheet, filling);
			assertThat(line.getCell(1).getStringCellValue()).isEqualTo(filling.getName());
			assertThat(line.getCell(2).getStringCellValue()).isEqualTo(category("PD_KABKOTA"));
			assertThat(line.getCell(3)).isNull();
			assertThat(line.getCell(4).getStringCellValue()).isEqualTo("Mengisi");
			for (int i = 5; i <= 8; i++) {
				assertThat(line.getCell(i).getCellType()).isEqualTo(CellType.NUMERIC);
			}
			assertThat(line.getCell(5).getNumericCellValue()).isEqualTo(2);
			assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(half.questions());
			assertThat(line.getCell(7).getNumericCellValue()).isEqualTo(half.percentAnswered());
			assertThat(line.getCell(8).getNumericCellValue()).isEqualTo(1);
			assertThat(line.getCell(13).getNumericCellValue()).isEqualTo(half.evidenceNeeded());
			assertThat(line.getCell(14).getNumericCellValue()).isEqualTo(half.evidenceMet());
			assertThat(DateUtil.isCellDateFormatted(line.getCell(9))).isTrue();
			assertThat(line.getCell(9).getLocalDateTimeCellValue().truncatedTo(ChronoUnit.MINUTES))
				.isEqualTo(half.lastActivityAt().truncatedTo(ChronoUnit.MINUTES));
			assertThat(line.getCell(10).getStringCellValue()).isEqualTo("Rina Unduh");
			assertThat(DateUtil.isCellDateFormatted(line.getCell(11))).isTrue();
			assertThat(line.getCell(11).getLocalDateTimeCellValue().truncatedTo(ChronoUnit.MINUTES))
				.isEqualTo(half.deadline().truncatedTo(ChronoUnit.MINUTES));
			assertThat(line.getCell(12).getStringCellValue()).isEqualTo("Tidak");

			var done = sheetRow(sheet, sent);
			assertThat(done.getCell(4).getStringCellValue()).isEqualTo("Dikirim");
			assertThat(done.getCell(7).getNumericCellValue()).isEqualTo(100);
			assertThat(done.getCell(10).getCellType()).isEqualTo(CellType.STRING);
			assertThat(done.getCell(10).getStringCellValue()).isEqualTo("=Budi Unduh");
			var none = sheetRow(sheet, idle);
			assertThat(none.getCell(5).getNumericCellValue()).isZero();
			assertThat(none.getCell(9)).isNull();
		}
	}

	@Test
	void excelTakesTheFiltersToo() throws IOException {
		var result = mvc.get().uri("/coordinator/progress/export.xlsx?status=SENT").with(user(coordinator)).exchange();

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(sent.getCode());
		}
	}

	@Test
	void aCoordinatorsDownloadNeverHoldsAnotherSubtree() throws IOException {
		var kukar = demo("diskominfo@kukar.test");
		var kukarCsv = text(mvc.get().uri("/coordinator/progress/export.csv").with(user(kukar)).exchange());
		assertThat(kukarCsv).contains("PEMKAB-KUKAR").doesNotContain("PEMKAB-KUTIM", root.getCode(), sent.getCode());
		assertThat(text(mvc.get().uri("/coordinator/progress/export.csv?q=KUTIM").with(user(kukar)).exchange()))
			.doesNotContain("PEMKAB-KUTIM");

		var kutim = demo("diskominfo@kutim.test");
		var kutimCsv = text(mvc.get().uri("/coordinator/progress/export.csv").with(user(kutim)).exchange());
		assertThat(kutimCsv).doesNotContain("PEMKAB-KUKAR", "KUKAR-DISKOMINFO", root.getCode());
		var kutimExcel = mvc.get().uri("/coordinator/progress/export.xlsx").with(user(kutim)).exchange();
		try (var workbook = new XSSFWorkbook(
				new ByteArrayInputStream(kutimExcel.getResponse().getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).doesNotContain("KUKAR")
					.isNotEqualTo(root.getCode());
			}
		}

		var mine = text(mvc.get().uri("/coordinator/progress/export.csv").with(user(coordinator)).exchange());
		assertThat(mine).contains(root.getCode(), sent.getCode()).doesNotContain("PEMKAB-KUKAR", "PEMKAB-KUTIM");
	}

	@Test
	void theCommissionDownloadsEveryParticipantAndOnlyFromItsOwnZone() throws IOException {
		var admin = demo("admin@kipkaltim.test");
		assertThat(text(mvc.get().uri("/admin/progress/export.csv?q={q}", sent.getCode()).with(user(admin)).exchange()))
			.contains(sent.getCode());
		var commissioner = demo("komisioner@kipkaltim.test");
		var all = mvc.get().uri("/commissioner/progress/export.xlsx").with(user(commissioner)).exchange();
		assertThat(all).hasStatusOk();
		assertThat(text(mvc.get().uri("/commissioner/progress/export.csv").with(user(commissioner)).exchange()))
			.contains("PEMKAB-KUKAR", "PEMKAB-KUTIM", sent.getCode());
		assertThat(mvc.get().uri("/coordinator/progress/export.csv").with(user(commissioner)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/progress/export.xlsx").with(user(coordinator)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void badFilterValuesAreIgnoredAndStillDownload() throws IOException {
		var query = "?status=NOPE&category=XYZ&sort=weird&overdue=maybe&page=abc&size=-5";
		var csv = mvc.get().uri("/coordinator/progress/export.csv" + query).with(user(coordinator)).exchange();
		assertThat(csv).hasStatusOk();
		var records = csv(csv.getResponse().getContentAsByteArray());
		assertThat(records.subList(1, records.size())).extracting(r -> r.get(0))
			.containsExactlyElementsOf(boardRows("name").stream().map(BoardRow::code).toList());
		var excel = mvc.get().uri("/coordinator/progress/export.xlsx" + query).with(user(coordinator)).exchange();
		assertThat(excel).hasStatusOk();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(4);
		}
		assertThat(mvc.get().uri("/coordinator/progress/export.pdf").with(user(coordinator)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void boardButtonsCarryTheCurrentFilters() {
		assertThat(mvc.get().uri("/coordinator/progress?status=SENT&q=uji&sort=answered&page=1&size=10")
			.with(user(coordinator)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Unduh Excel", "Unduh CSV",
					"href=\"/coordinator/progress/export.xlsx?q=uji&amp;status=SENT&amp;sort=answered\"",
					"href=\"/coordinator/progress/export.csv?q=uji&amp;status=SENT&amp;sort=answered\"");
	}

	private List<BoardRow> boardRows(String sort) {
		return boards.board(coordinator, Zone.COORDINATOR, new ProgressFilter(null, null, null, null, null, sort, null, "100", null))
			.page().getContent();
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		var text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (var parser = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1)))) {
			return parser.getRecords();
		}
	}

	private static String text(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static CSVRecord record(List<CSVRecord> rows, PublicBody body) {
		return rows.stream().filter(r -> r.get(0).equals(body.getCode())).findFirst().orElseThrow();
	}

	private static Row sheetRow(org.apache.poi.ss.usermodel.Sheet sheet, PublicBody body) {
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			if (sheet.getRow(i).getCell(0).getStringCellValue().equals(body.getCode())) {
				return sheet.getRow(i);
			}
		}
		throw new AssertionError("No row for " + body.getCode());
	}

	private static BoardRow row(List<BoardRow> rows, PublicBody body) {
		return rows.stream().filter(r -> r.bodyId() == body.getId()).findFirst().orElseThrow();
	}

	private String category(String code) {
		return directory.categories().stream().filter(c -> c.code().equals(code)).map(CategoryView::name).findFirst()
			.orElseThrow();
	}

	private String today() {
		return LocalDate.ofInstant(clock.instant(), Wita.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	/** A body of the given category in the demo cycle, placed under this test's coordinator body. */

	private CurrentUser demo(String email) {
		var account = accounts.findByEmail(email).orElseThrow();
		var body = account.getPublicBody();
		return new CurrentUser(account.getId(), account.getEmail(), account.getDisplayName(), "{noop}not-used",
				body == null ? null : body.getId(), Set.copyOf(account.getRoles()), true, false, false);
	}

}
