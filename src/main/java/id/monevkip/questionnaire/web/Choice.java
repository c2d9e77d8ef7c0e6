package id.monevkip.questionnaire.web;

/** A value and label for the select fragment. */
record Choice(String value, String label) {
}
