package id.monevkip.evidence;

/** Outcome of one link check. */
public enum LinkStatus {

	/** Answered 2xx, possibly after redirects. */
	OK,
	/** Answered 4xx or 5xx, or could not be reached at all. */
	BROKEN,
	/** Points (possibly after a redirect) at an internal network address. */
	REFUSED,
	/** No answer within the timeout. */
	TIMEOUT,
	TOO_MANY_REDIRECTS,
	/** Not an http or https address. */
	INVALID

}
