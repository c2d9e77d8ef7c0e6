package id.monevkip.questionnaire.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.monevkip.questionnaire.builder.IndicatorContent;
import id.monevkip.questionnaire.builder.QuestionContent;
import id.monevkip.questionnaire.builder.RowText;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel format of an instrument: a sheet {@value #META} with the title (B1) and the village flag (B2),
 * then one sheet per indicator named by its code. An indicator sheet holds its code (B1), name (B2) and
 * weight (B3), the column headers in row 4 ({@link #COLUMNS}) and one question per row from row 5.
 * Options, elements and thresholds are written {@code code=label=fraction; ...} as in the builder form.
 */
final class InstrumentExcel {

	static final String META = "_instrumen";

	static final List<String> COLUMNS = List.of("code", "text", "guidance", "evidenceExample", "answerType", "weight",
			"evidenceRequirement", "allOrNothing", "maxFileMb", "options", "elements", "thresholds");

	static final int FIRST_QUESTION_ROW = 4;

	private InstrumentExcel() {
	}

	static byte[] write(InstrumentDocument document) {
		try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet meta = workbook.createSheet(META);
			ExcelCells.put(meta, 0, "title", document.title());
			ExcelCells.put(meta, 1, "village", String.valueOf(document.village()));
			for (var indicator : document.indicators()) {
				Sheet sheet = workbook.createSheet(indicator.content().code());
				ExcelCells.put(sheet, 0, "indicatorCode", indicator.content().code());
				ExcelCells.put(sheet, 1, "indicatorName", indicator.content().name());
				ExcelCells.put(sheet, 2, "indicatorWeight", plain(indicator.content().weight()));
				var header = sheet.createRow(3);
				for (int c = 0; c < COLUMNS.size(); c++) {
					header.createCell(c).setCellValue(COLUMNS.get(c));
					header.getCell(c).setCellStyle(bold);
					// wide columns for the texts people read and edit, narrow ones for codes and numbers
					sheet.setColumnWidth(c, (c == 1 || c == 2 || c == 3 || c >= 9 ? 60 : 14) * 256);
				}
				sheet.createFreezePane(1, FIRST_QUESTION_ROW);
				int r = FIRST_QUESTION_ROW;
				for (var q : indicator.questions()) {
					var row = sheet.createRow(r++);
					String[] values = { q.code(), q.text(), q.guidance(), q.evidenceExample(), q.answerType().name(),
							plain(q.weight()), q.evidenceRequirement().name(), String.valueOf(q.allOrNothing()),
							String.valueOf(q.maxFileMb()), RowText.ofOptions(q.options(), "; "),
							RowText.ofElements(q.elements(), "; "), RowText.ofThresholds(q.thresholds(), "; ") };
					for (int c = 0; c < values.length; c++) {
						if (values[c] != null && !values[c].isEmpty()) {
							row.createCell(c).setCellValue(values[c]);
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @throws ImportRefused listing every problem by sheet and row */
	static InstrumentDocument read(byte[] bytes) {
		Workbook workbook;
		try {
			workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException unreadable) {
			throw new ImportRefused(ImportProblem.at("", "transfer.error.badExcel"));
		}
		try (workbook) {
			return read(workbook);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InstrumentDocument read(Workbook workbook) {
		List<ImportProblem> problems = new ArrayList<>();
		Sheet meta = workbook.getSheet(META);
		if (meta == null) {
			throw new ImportRefused(ImportProblem.at(META, "transfer.error.noMetaSheet", META));
		}
		var cells = new ExcelCells(problems);
		String title = cells.text(meta, 0, 1, true);
		boolean village = cells.bool(meta, 1, 1);
		List<InstrumentDocument.Indicator> indicators = new ArrayList<>();
		Set<String> indicatorCodes = new HashSet<>();
		Set<String> questionCodes = new HashSet<>();
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().equals(META)) {
				continue;
			}
			String name = sheet.getSheetName();
			var content = new IndicatorContent(cells.text(sheet, 0, 1, true), cells.text(sheet, 1, 1, true),
					cells.number(sheet, 2, 1, true, BigDecimal.ZERO));
			DocumentChecks.indicator(content, indicatorCodes,
					p -> ImportProblem.atRow(name, 1, p.messageKey(), p.arguments().toArray()), problems);
			List<QuestionContent> questions = new ArrayList<>();
			for (int r = FIRST_QUESTION_ROW; r <= sheet.getLastRowNum(); r++) {
				if (cells.blankRow(sheet, r)) {
					continue;
				}
				int rowNumber = r + 1;
				var question = new ExcelQuestionRow(cells, sheet, r).read();
				if (question != null) {
					DocumentChecks.question(question, questionCodes,
							p -> ImportProblem.atRow(name, rowNumber, p.messageKey(), p.arguments().toArray()), problems);
					questions.add(question);
				}
			}
			indicators.add(new InstrumentDocument.Indicator(content, questions));
		}
		if (indicators.isEmpty()) {
			problems.add(ImportProblem.at("", "transfer.error.noIndicatorSheet"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRefused(problems);
		}
		return new InstrumentDocument(title, village, indicators);
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
