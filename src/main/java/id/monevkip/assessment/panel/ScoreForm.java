package id.monevkip.assessment.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.shared.BusinessException;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A judge's scores as typed: one row per criterion (its code and the score as text, so that "85,5" or "abc" gets a
 * clear message rather than a type error) and a note.
 */
record ScoreForm(@Nullable List<Mark> marks,
		@Size(max = 2000, message = "{panels.validation.note}") @Nullable String note) {

	record Mark(@Nullable String code, @Nullable String score) {
	}

	static ScoreForm from(SheetView sheet) {
		var marks = new ArrayList<Mark>();
		for (var criterion : sheet.rubric().criteria()) {
			var score = sheet.scores().get(criterion.code());
			marks.add(new Mark(criterion.code(), score == null ? null : score.toString()));
		}
		return new ScoreForm(marks, sheet.note());
	}

	/** Scores by criterion code; an empty row means "not scored yet". */
	Map<String, Integer> toScores() {
		var result = new LinkedHashMap<String, Integer>();
		var rows = marks == null ? List.<Mark>of() : marks;
		for (int i = 0; i < rows.size(); i++) {
			var mark = rows.get(i);
			if (mark == null || mark.code() == null) {
				continue;
			}
			if (mark.score() == null || mark.score().isBlank()) {
				result.put(mark.code(), null);
				continue;
			}
			try {
				result.put(mark.code(), Integer.valueOf(mark.score().strip()));
			}
			catch (NumberFormatException ex) {
				throw new BusinessException("marks[" + i + "].score", "panels.score.notWhole", mark.score());
			}
		}
		return result;
	}

	/** The form field of a criterion the service named as {@code scores[CODE]}. */
	String fieldOf(String serviceField) {
		var rows = marks == null ? List.<Mark>of() : marks;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) != null && serviceField.equals("scores[" + rows.get(i).code() + "]")) {
				return "marks[" + i + "].score";
			}
		}
		return serviceField.startsWith("scores") ? "marks" : serviceField;
	}

}
