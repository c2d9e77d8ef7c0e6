package id.monevkip.assessment.session;

/** What a session is: a presentation (uji publik), a visit to the body, or an audience with its head. */
public enum SessionKind {

	PRESENTATION, VISITATION, AUDIENSI

}
