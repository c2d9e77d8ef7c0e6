/**
 * Evidence links: a body's URLs with a title, checked on demand and at submit so that a respondent sees
 * broken links before submitting. Internal to the evidence module; other modules use {@link id.monevkip.evidence.EvidenceLinks}.
 */
@NullMarked
package id.monevkip.evidence.link;

import org.jspecify.annotations.NullMarked;
