package id.monevkip.ranking.awards;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A special award as the commissioner types it. */
record SpecialAwardForm(@Nullable String title, @Nullable Long bodyId, @Nullable String citation) {

	static final int MAX_TITLE = 200;

	static final int MAX_CITATION = 1000;

	static SpecialAwardForm empty() {
		return new SpecialAwardForm(null, null, null);
	}

	List<FormProblem> problems() {
		List<FormProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FormProblem("title", "awards.special.titleRequired"));
		}
		else if (title.strip().length() > MAX_TITLE) {
			problems.add(new FormProblem("title", "awards.special.titleTooLong", String.valueOf(MAX_TITLE)));
		}
		if (bodyId == null) {
			problems.add(new FormProblem("bodyId", "awards.special.bodyRequired"));
		}
		if (citation == null || citation.isBlank()) {
			problems.add(new FormProblem("citation", "awards.special.citationRequired"));
		}
		else if (citation.strip().length() > MAX_CITATION) {
			problems.add(new FormProblem("citation", "awards.special.citationTooLong", String.valueOf(MAX_CITATION)));
		}
		return problems;
	}

}
