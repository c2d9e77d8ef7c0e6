package id.monevkip.questionnaire.transfer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.builder.QuestionContent;
import id.monevkip.questionnaire.builder.RowText;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/** One question row of an indicator sheet, in the column order of {@link InstrumentExcel#COLUMNS}. */
record ExcelQuestionRow(ExcelCells cells, Sheet sheet, int row) {

	@Nullable QuestionContent read() {
		int before = cells.problems().size();
		String code = cells.text(sheet, row, 0, true);
		String text = cells.text(sheet, row, 1, true);
		var answerType = enumValue(4, AnswerType.class);
		BigDecimal weight = cells.number(sheet, row, 5, true, BigDecimal.ZERO);
		var evidence = enumValue(6, EvidenceRequirement.class);
		boolean allOrNothing = cells.bool(sheet, row, 7);
		BigDecimal maxFileMb = cells.number(sheet, row, 8, false, BigDecimal.valueOf(QuestionContent.DEFAULT_MAX_FILE_MB));
		List<QuestionView.Option> options = List.of();
		List<QuestionView.Element> elements = List.of();
		List<QuestionView.Threshold> thresholds = List.of();
		try {
			options = RowText.options(cells.text(sheet, row, 9, false));
			elements = RowText.elements(cells.text(sheet, row, 10, false));
			thresholds = RowText.thresholds(cells.text(sheet, row, 11, false));
		}
		catch (RowText.Unreadable unreadable) {
			cells.problems().add(ImportProblem.atRow(sheet.getSheetName(), row + 1, unreadable.messageKey()));
		}
		if (cells.problems().size() > before || answerType == null || evidence == null) {
			return null;
		}
		return new QuestionContent(code, text, cells.text(sheet, row, 2, false), cells.text(sheet, row, 3, false),
				answerType, weight, evidence, allOrNothing, maxFileMb.intValue(), options, elements, thresholds);
	}

	private <E extends Enum<E>> @Nullable E enumValue(int column, Class<E> type) {
		String value = cells.text(sheet, row, column, true);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException unknown) {
			cells.problems().add(ImportProblem.atRow(sheet.getSheetName(), row + 1, "transfer.error.unknownValue", value,
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
			return null;
		}
	}

}
