package id.monevkip.assessment.web;

/** One choice of a select, as fragments/forms :: select expects. */
record Option(String value, String label) {

}
