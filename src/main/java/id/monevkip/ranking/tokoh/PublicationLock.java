package id.monevkip.ranking.tokoh;

import id.monevkip.ranking.publication.Publications;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Whether a cycle's results are published: from then on the tokoh award of that cycle cannot change. */
@Component
@RequiredArgsConstructor
class PublicationLock {

	private final Publications publications;

	boolean isPublished(long cycleId) {
		return publications.isPublished(cycleId);
	}

}
