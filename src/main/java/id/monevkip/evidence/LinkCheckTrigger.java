package id.monevkip.evidence;

/** Why a link was checked, so that an assessor reading the history knows which check was the one at sending. */
public enum LinkCheckTrigger {

	/** In the background, right after the link was added. */
	ADDED,
	/** Someone pressed "Periksa" on the link. */
	REQUESTED,
	/** The check-and-send page or sending itself. */
	SENDING

}
