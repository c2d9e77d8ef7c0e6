package id.monevkip.ranking.tokoh;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A nomination as the pages show it, with its documents. */
record NominationView(long id, long cycleId, String name, String position, String institution, String rationale,
		String nominatedByName, Instant createdAt, @Nullable String selectionReason, @Nullable String selectedByName,
		@Nullable Instant selectedAt, List<DocumentView> documents) {

	record DocumentView(long id, String fileName, String mediaType, long size) {
	}

	static NominationView of(Nomination n, List<TokohDocument> documents) {
		return new NominationView(n.getId(), n.getCycleId(), n.getName(), n.getPosition(), n.getInstitution(),
				n.getRationale(), n.getNominatedByName(), n.getCreatedAt(), n.getSelectionReason(),
				n.getSelectedByName(), n.getSelectedAt(), documents.stream()
					.map(d -> new DocumentView(d.getId(), d.getFileName(), d.getMediaType(), d.getSize()))
					.toList());
	}

	public boolean selected() {
		return selectionReason != null;
	}

}
