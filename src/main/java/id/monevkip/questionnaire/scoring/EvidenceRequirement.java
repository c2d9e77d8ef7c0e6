package id.monevkip.questionnaire.scoring;

/** What supporting evidence (bukti dukung) an answer needs before it can score. */
public enum EvidenceRequirement {

	NONE, FILE, LINK, FILE_OR_LINK, FILE_AND_LINK;

	public boolean isMetBy(boolean hasFile, boolean hasLink) {
		return switch (this) {
			case NONE -> true;
			case FILE -> hasFile;
			case LINK -> hasLink;
			case FILE_OR_LINK -> hasFile || hasLink;
			case FILE_AND_LINK -> hasFile && hasLink;
		};
	}

	/** Whether a file counts as evidence for this requirement (a file may be attached where it does). */
	public boolean acceptsFiles() {
		return this == FILE || this == FILE_OR_LINK || this == FILE_AND_LINK;
	}

	/** Whether a link counts as evidence for this requirement. */
	public boolean acceptsLinks() {
		return this == LINK || this == FILE_OR_LINK || this == FILE_AND_LINK;
	}

	/**
	 * Whether one more file (or link) would still be missing here: the kind counts and the requirement is not met
	 * yet. For a file-and-link question that has its file, only a link is still missing.
	 */
	public boolean lacks(boolean file, boolean hasFile, boolean hasLink) {
		if (isMetBy(hasFile, hasLink) || !(file ? acceptsFiles() : acceptsLinks())) {
			return false;
		}
		return this != FILE_AND_LINK || (file ? !hasFile : !hasLink);
	}

}
