package id.monevkip.ranking.tokoh;

import java.util.ArrayList;
import java.util.List;

import id.monevkip.shared.BusinessException;
import org.jspecify.annotations.Nullable;

/** The rubric as typed: rows of name and weight as text (so "abc" gets a message), blank rows ignored. */
record RubricForm(@Nullable List<Line> lines) {

	record Line(@Nullable String name, @Nullable String weight) {
	}

	static RubricForm of(List<TokohRubric.CriterionView> criteria) {
		var lines = new ArrayList<Line>();
		criteria.forEach(c -> lines.add(new Line(c.name(), String.valueOf(c.weight()))));
		while (lines.size() < TokohRubric.MAX_CRITERIA) {
			lines.add(new Line(null, null));
		}
		return new RubricForm(lines);
	}

	List<TokohRubric.Row> toRows() {
		var rows = new ArrayList<TokohRubric.Row>();
		var all = lines == null ? List.<Line>of() : lines;
		for (int i = 0; i < all.size(); i++) {
			var line = all.get(i);
			if (line == null || (blank(line.name()) && blank(line.weight()))) {
				continue;
			}
			if (blank(line.name()) || line.name().length() > 200) {
				throw new BusinessException("lines[" + i + "].name", "tokoh.rubric.name.missing");
			}
			try {
				rows.add(new TokohRubric.Row(line.name(), Integer.parseInt(blank(line.weight()) ? "" : line.weight().strip())));
			}
			catch (NumberFormatException ex) {
				throw new BusinessException("lines[" + i + "].weight", "tokoh.rubric.weight", line.name());
			}
		}
		return rows;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
