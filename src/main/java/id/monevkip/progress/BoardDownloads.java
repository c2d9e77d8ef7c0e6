package id.monevkip.progress;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes the board's rows as CSV or Excel straight to the response. Labels are looked up before the writing starts,
 * because the body is written on another thread once the controller has returned.
 */
@Component
@RequiredArgsConstructor
class BoardDownloads {

	/** Rows Excel keeps in memory before flushing them to a temporary file. */
	static final int WINDOW = 100;

	static final List<String> COLUMNS = List.of("code", "name", "category", "region", "status", "answered",
			"questions", "percent", "evidence", "activity", "activityBy", "deadline", "overdue", "evidenceNeeded",
			"evidenceMet");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final int[] WIDTHS = { 22, 45, 30, 30, 16, 10, 10, 10, 12, 18, 25, 18, 10, 14, 14 };

	private final MessageSource messages;

	/** UTF-8 with a byte order mark, so that Excel on Windows reads the Indonesian text right. */
	StreamingResponseBody csv(BoardExport export, Locale locale) {
		var labels = labels(locale);
		return out -> {
			var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			var printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
			printer.printRecord(labels.header());
			for (var row : export.rows()) {
				printer.printRecord(text(row.code()), text(row.name()), text(row.categoryName()),
						text(row.regionName()), labels.status(row), row.answered(), row.questions(),
						row.percentAnswered(), row.withEvidence(), minutes(row.lastActivityAt()),
						text(row.lastActivityBy()), minutes(row.deadline()), labels.overdue(row), row.evidenceNeeded(),
						row.evidenceMet());
			}
			printer.flush();
		};
	}

	/** One sheet, streamed: only {@link #WINDOW} rows are in memory at a time, the temporary files are deleted. */
	StreamingResponseBody xlsx(BoardExport export, Locale locale) {
		var labels = labels(locale);
		return out -> {
			var workbook = new SXSSFWorkbook(WINDOW);
			try {
				var bold = workbook.createCellStyle();
				var font = workbook.createFont();
				font.setBold(true);
				bold.setFont(font);
				var date = workbook.createCellStyle();
				date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
				var sheet = workbook.createSheet(labels.sheet());
				var header = sheet.createRow(0);
				for (int i = 0; i < labels.header().size(); i++) {
					var cell = header.createCell(i);
					cell.setCellValue(labels.header().get(i));
					cell.setCellStyle(bold);
					sheet.setColumnWidth(i, WIDTHS[i] * 256);
				}
				int index = 1;
				for (var row : export.rows()) {
					var line = sheet.createRow(index++);
					text(line, 0, row.code());
					text(line, 1, row.name());
					text(line, 2, row.categoryName());
					text(line, 3, row.regionName());
					text(line, 4, labels.status(row));
					line.createCell(5).setCellValue(row.answered());
					line.createCell(6).setCellValue(row.questions());
					line.createCell(7).setCellValue(row.percentAnswered());
					line.createCell(8).setCellValue(row.withEvidence());
					date(line, 9, row.lastActivityAt(), date);
					text(line, 10, row.lastActivityBy());
					date(line, 11, row.deadline(), date);
					text(line, 12, labels.overdue(row));
					line.createCell(13).setCellValue(row.evidenceNeeded());
					line.createCell(14).setCellValue(row.evidenceMet());
				}
				sheet.createFreezePane(0, 1);
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(index - 1, 0), 0, COLUMNS.size() - 1));
				workbook.write(out);
			}
			finally {
				workbook.dispose();
				workbook.close();
			}
		};
	}

	private Labels labels(Locale locale) {
		var header = new ArrayList<String>();
		for (var column : COLUMNS) {
			header.add(messages.getMessage("progress.export.column." + column, null, locale));
		}
		var statuses = new EnumMap<BoardStatus, String>(BoardStatus.class);
		for (var status : BoardStatus.values()) {
			statuses.put(status, messages.getMessage("progress.status." + status, null, locale));
		}
		return new Labels(List.copyOf(header), statuses, messages.getMessage("progress.answer.yes", null, locale),
				messages.getMessage("progress.answer.no", null, locale),
				messages.getMessage("progress.export.sheet", null, locale));
	}

	/**
	 * A name typed by a user that starts like a formula is kept as text with a leading apostrophe, so that opening
	 * the CSV never runs it.
	 */
	private static String text(@Nullable String value) {
		if (value == null) {
			return "";
		}
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	private static String minutes(@Nullable LocalDateTime value) {
		return value == null ? "" : value.format(MINUTES);
	}

	/** Excel never evaluates a string cell, so names go in as they are. */
	private static void text(Row row, int column, @Nullable String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static void date(Row row, int column, @Nullable LocalDateTime value, CellStyle style) {
		if (value != null) {
			var cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private record Labels(List<String> header, Map<BoardStatus, String> statuses, String yes, String no,
			String sheet) {

		String status(BoardRow row) {
			return statuses.get(row.status());
		}

		String overdue(BoardRow row) {
			return row.overdue() ? yes : no;
		}

	}

}
