package id.monevkip.questionnaire.builder;

import java.util.Set;

/** Title, kind (village or not) and the categories an instrument applies to. */
public record InstrumentSettings(String title, boolean village, Set<Long> categoryIds) {

	public InstrumentSettings {
		categoryIds = Set.copyOf(categoryIds);
	}

}
