package id.monevkip.progress;

/**
 * What a manual reminder did.
 *
 * @param bodies bodies that were mailed
 * @param recipients mails sent (one per respondent account)
 * @param withoutRespondent bodies that have no active respondent account, so nobody was mailed for them
 */
record ReminderResult(int bodies, int recipients, int withoutRespondent) {

}
