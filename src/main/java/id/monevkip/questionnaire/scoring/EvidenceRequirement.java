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

}
