package id.monevkip.questionnaire.transfer;

import java.util.List;

import id.monevkip.questionnaire.IndicatorView;
import id.monevkip.questionnaire.InstrumentView;
import id.monevkip.questionnaire.builder.IndicatorContent;
import id.monevkip.questionnaire.builder.QuestionContent;

/** The content of an instrument as files carry it: no ids, cycle, status or categories. */
record InstrumentDocument(String title, boolean village, List<Indicator> indicators) {

	record Indicator(IndicatorContent content, List<QuestionContent> questions) {
	}

	static InstrumentDocument of(InstrumentView view) {
		return new InstrumentDocument(view.title(), view.village(),
				view.indicators().stream().map(InstrumentDocument::indicator).toList());
	}

	private static Indicator indicator(IndicatorView view) {
		return new Indicator(new IndicatorContent(view.code(), view.name(), view.weight()),
				view.questions().stream().map(QuestionContent::of).toList());
	}

}
