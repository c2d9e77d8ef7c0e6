package id.monevkip.notification;

/** What became of one mail to one recipient. */
public enum MailStatus {

	/** Handed to the SMTP server. */
	SENT,

	/** No SMTP server is configured: the whole mail was written to the application log instead. */
	LOGGED,

	/** The SMTP server or the address refused it; the error is recorded. */
	FAILED

}
