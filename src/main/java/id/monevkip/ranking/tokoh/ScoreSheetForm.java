package id.monevkip.ranking.tokoh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.shared.BusinessException;
import org.jspecify.annotations.Nullable;

/** A juror's scores as typed: one row per criterion (code and score as text, so "85,5" gets a clear message). */
record ScoreSheetForm(@Nullable List<Mark> marks) {

	record Mark(@Nullable String code, @Nullable String score) {
	}

	static ScoreSheetForm of(JurorSheet sheet) {
		var marks = new ArrayList<Mark>();
		for (var criterion : sheet.criteria()) {
			var score = sheet.scores().get(criterion.code());
			marks.add(new Mark(criterion.code(), score == null ? null : score.toString()));
		}
		return new ScoreSheetForm(marks);
	}

	Map<String, @Nullable Integer> toScores() {
		var result = new HashMap<String, @Nullable Integer>();
		var rows = marks == null ? List.<Mark>of() : marks;
		for (int i = 0; i < rows.size(); i++) {
			var mark = rows.get(i);
			if (mark == null || mark.code() == null || mark.score() == null || mark.score().isBlank()) {
				continue;
			}
			try {
				result.put(mark.code(), Integer.valueOf(mark.score().strip()));
			}
			catch (NumberFormatException ex) {
				throw new BusinessException("marks[" + i + "].score", "tokoh.score.notWhole", mark.score());
			}
		}
		return result;
	}

	/** The form field of a criterion the service named as {@code scores[CODE]}; else the whole form. */
	@Nullable
	String fieldOf(String serviceField) {
		var rows = marks == null ? List.<Mark>of() : marks;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) != null && serviceField.equals("scores[" + rows.get(i).code() + "]")) {
				return "marks[" + i + "].score";
			}
		}
		return serviceField.startsWith("marks") ? serviceField : null;
	}

}
