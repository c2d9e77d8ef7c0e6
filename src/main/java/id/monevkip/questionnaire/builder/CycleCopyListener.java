package id.monevkip.questionnaire.builder;

import id.monevkip.cycle.CycleCopied;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A copied cycle starts with drafts of the instruments the earlier cycle published, ready for this year. */
@Slf4j
@Component
@RequiredArgsConstructor
class CycleCopyListener {

	private final InstrumentService instruments;

	@ApplicationModuleListener
	void on(CycleCopied event) {
		int copied = instruments.copyCycle(event.sourceCycleId(), event.newCycleId());
		log.info("Copied {} instrument(s) of cycle {} into cycle {} as drafts", copied, event.sourceCycleId(),
				event.newCycleId());
	}

}
