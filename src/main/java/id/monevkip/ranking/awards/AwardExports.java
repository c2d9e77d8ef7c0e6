package id.monevkip.ranking.awards;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.monevkip.assessment.DecreeView;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A category's ranking as Excel (streamed, 100 rows in memory) and as PDF (OpenPDF, built-in Helvetica): the
 * printable results of the award night.
 */
@Component
@RequiredArgsConstructor
class AwardExports {

	static final List<String> COLUMNS = List.of("rank", "code", "body", "category", "regency", "finalScore", "band",
			"winner");

	private static final int[] WIDTHS = { 10, 20, 50, 32, 28, 12, 22, 12 };

	private final MessageSource messages;

	void xlsx(String cycleTitle, AwardTable table, Locale locale, OutputStream out) throws IOException {
		var workbook = new SXSSFWorkbook(100);
		try {
			var bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			var decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			var sheet = workbook.createSheet(sheetName(table.award().name()));
			sheet.createRow(0).createCell(0).setCellValue(cycleTitle + " — " + table.award().name());
			var header = sheet.createRow(1);
			for (int i = 0; i < COLUMNS.size(); i++) {
				var cell = header.createCell(i);
				cell.setCellValue(message("awards.export.column." + COLUMNS.get(i), locale));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			int index = 2;
			for (var line : table.lines()) {
				var row = sheet.createRow(index++);
				row.createCell(0).setCellValue(line.rank());
				row.createCell(1).setCellValue(line.bodyCode());
				row.createCell(2).setCellValue(line.bodyName());
				row.createCell(3).setCellValue(line.categoryName());
				row.createCell(4).setCellValue(line.regencyName() == null ? "" : line.regencyName());
				var score = row.createCell(5);
				score.setCellValue(line.finalScore().doubleValue());
				score.setCellStyle(decimal);
				row.createCell(6).setCellValue(band(line.band(), locale));
				row.createCell(7).setCellValue(line.winner() ? message("awards.export.yes", locale) : "");
			}
			sheet.createFreezePane(0, 2);
			sheet.setAutoFilter(new CellRangeAddress(1, Math.max(index - 1, 1), 0, COLUMNS.size() - 1));
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	void pdf(String cycleTitle, AwardTable table, @Nullable DecreeView decree, Locale locale, OutputStream out) {
		var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.open();
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
		Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
		document.add(new Paragraph(table.award().name(), title));
		document.add(new Paragraph(cycleTitle, small));
		if (decree != null) {
			document.add(new Paragraph(messages.getMessage("awards.export.decree",
					new Object[] { decree.number(),
						decree.date().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)),
						String.valueOf(decree.version()) }, locale), small));
		}
		document.add(new Paragraph(" ", small));
		var pdfTable = new PdfPTable(new float[] { 9, 12, 32, 20, 17, 9, 15, 9 });
		pdfTable.setWidthPercentage(100);
		pdfTable.setHeaderRows(1);
		for (var column : COLUMNS) {
			pdfTable.addCell(new PdfPCell(new Phrase(message("awards.export.column." + column, locale), bold)));
		}
		var format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		for (var line : table.lines()) {
			Font font = line.winner() ? bold : small;
			pdfTable.addCell(right(Integer.toString(line.rank()), font));
			pdfTable.addCell(new Phrase(line.bodyCode(), font));
			pdfTable.addCell(new Phrase(line.bodyName(), font));
			pdfTable.addCell(new Phrase(line.categoryName(), font));
			pdfTable.addCell(new Phrase(line.regencyName() == null ? "–" : line.regencyName(), font));
			pdfTable.addCell(right(format.format(line.finalScore()), font));
			pdfTable.addCell(new Phrase(band(line.band(), locale), font));
			pdfTable.addCell(new Phrase(line.winner() ? message("awards.export.yes", locale) : "", font));
		}
		document.add(pdfTable);
		document.close();
	}

	String fileName(String cycleTitle, AwardTable table, String extension) {
		String name = (cycleTitle + "-" + table.award().name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return name.replaceAll("^-|-$", "") + "." + extension;
	}

	private static PdfPCell right(String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	private String band(String code, Locale locale) {
		return messages.getMessage("band." + code, null, code, locale);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
	private static String sheetName(String name) {
		String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return clean.isEmpty() ? "Peringkat" : clean.substring(0, Math.min(31, clean.length()));
	}

}
