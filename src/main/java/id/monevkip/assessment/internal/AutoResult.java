package id.monevkip.assessment.internal;

import java.util.List;

/** What "assign all unassigned" did: how many bodies got someone, and the bodies every person is conflicted with. */
public record AutoResult(int assigned, List<String> unassignable) {

}
