/** The respondent's pages: home, questionnaire per indicator with autosave, evidence, sending, receipts. */
@NullMarked
package id.monevkip.submission.web;

import org.jspecify.annotations.NullMarked;
