package id.monevkip.questionnaire;

import java.util.List;
import java.util.Optional;

import id.monevkip.questionnaire.builder.Instrument;
import id.monevkip.questionnaire.builder.InstrumentRepository;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about instruments: which one a category answers in a cycle, and its content. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class QuestionnaireManagement {

	private final InstrumentRepository instruments;

	/** The published instrument a body of this category answers in this cycle, if there is one. */
	public Optional<InstrumentView> instrumentFor(long cycleId, long categoryId) {
		return instruments.findByCycleIdAndStatus(cycleId, InstrumentStatus.PUBLISHED)
			.stream()
			.filter(i -> i.getCategoryIds().contains(categoryId))
			.findFirst()
			.map(Instrument::toView);
	}

	public InstrumentView instrument(long instrumentId) {
		return instruments.findById(instrumentId)
			.map(Instrument::toView)
			.orElseThrow(() -> new NotFoundException("Instrument " + instrumentId));
	}

	/** All versions of all instruments of a cycle, village instruments last. */
	public List<InstrumentView> instruments(long cycleId) {
		return instruments.findByCycleIdOrderByVillageAscTitleAscVersionNumberAsc(cycleId)
			.stream()
			.map(Instrument::toView)
			.toList();
	}

}
