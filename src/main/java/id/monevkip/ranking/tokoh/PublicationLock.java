package id.monevkip.ranking.tokoh;

import org.springframework.stereotype.Component;

/** Whether a cycle's results are published: from then on the tokoh award of that cycle cannot change. */
@Component
class PublicationLock {

	boolean isPublished(long cycleId) {
		// TODO replace by ranking.publication.Publications.isPublished once it lands on main
		return false;
	}

}
