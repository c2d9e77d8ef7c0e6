package id.monevkip.questionnaire.transfer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/** Reads cells as the user typed them, noting a problem with sheet and row instead of failing. */
record ExcelCells(List<ImportProblem> problems) {

	private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

	static void put(Sheet sheet, int row, String label, String value) {
		var r = sheet.createRow(row);
		r.createCell(0).setCellValue(label);
		r.createCell(1).setCellValue(value);
	}

	@Nullable String text(Sheet sheet, int row, int column, boolean required) {
		var r = sheet.getRow(row);
		var cell = r == null ? null : r.getCell(column);
		String value = cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
		if (value.isEmpty()) {
			if (required) {
				problems.add(ImportProblem.atRow(sheet.getSheetName(), row + 1, "transfer.error.cellMissing", column(column)));
			}
			return null;
		}
		return value;
	}

	BigDecimal number(Sheet sheet, int row, int column, boolean required, BigDecimal fallback) {
		String value = text(sheet, row, column, required);
		if (value == null) {
			return fallback;
		}
		try {
			return new BigDecimal(value.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			problems.add(ImportProblem.atRow(sheet.getSheetName(), row + 1, "transfer.error.cellNumber", column(column)));
			return fallback;
		}
	}

	boolean bool(Sheet sheet, int row, int column) {
		String value = text(sheet, row, column, false);
		if (value == null) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "ya", "yes", "1" -> true;
			case "false", "tidak", "no", "0" -> false;
			default -> {
				problems.add(ImportProblem.atRow(sheet.getSheetName(), row + 1, "transfer.error.cellBoolean", column(column)));
				yield false;
			}
		};
	}

	boolean blankRow(Sheet sheet, int row) {
		var r = sheet.getRow(row);
		if (r == null) {
			return true;
		}
		for (var cell : r) {
			if (!FORMATTER.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The column letter users see (A, B, ...). */
	static String column(int column) {
		return String.valueOf((char) ('A' + column));
	}

}
