package id.monevkip.submission.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import id.monevkip.questionnaire.IndicatorView;

/**
 * Where one library item (a file or a link) can go in one step: every question that may still be changed and whose
 * evidence requirement counts that kind, grouped by indicator in the instrument's order. A question "needs" the item
 * when it still lacks that kind of evidence and its answer does not already say there is nothing to back
 * ("Tidak"); those are the ones "pilih semua" ticks.
 */
public record EvidenceReuse(boolean file, long itemId, String itemName, List<Group> groups) {

	static EvidenceReuse of(Workspace workspace, Collection<QuestionState> states, boolean file, long itemId,
			String itemName) {
		var groups = new ArrayList<Group>();
		for (var indicator : workspace.instrument().indicators()) {
			var targets = new ArrayList<Target>();
			for (var state : states) {
				if (workspace.indicatorOf(state.question().id()).id() != indicator.id() || !state.editable()) {
					continue;
				}
				var requirement = state.question().evidenceRequirement();
				if (!(file ? requirement.acceptsFiles() : requirement.acceptsLinks())) {
					continue;
				}
				boolean attached = state.evidence()
					.stream()
					.anyMatch(a -> file ? a.fileAttached() && a.file().id() == itemId
							: !a.fileAttached() && a.link().id() == itemId);
				boolean needed = !attached && requirement.lacks(file, state.hasFile(), state.hasLink())
						&& !(state.answered() && !state.claims());
				targets.add(new Target(state, attached, needed));
			}
			if (!targets.isEmpty()) {
				groups.add(new Group(indicator, targets));
			}
		}
		return new EvidenceReuse(file, itemId, itemName, groups);
	}

	/** Whether the item may go to this question (so that a crafted post cannot attach it elsewhere). */
	public boolean offers(long questionId) {
		return groups.stream().flatMap(g -> g.targets().stream()).anyMatch(t -> t.state().question().id() == questionId);
	}

	public int neededCount() {
		return (int) groups.stream().flatMap(g -> g.targets().stream()).filter(Target::needed).count();
	}

	/** One indicator's questions the item can go to. */
	public record Group(IndicatorView indicator, List<Target> targets) {

		public int neededCount() {
			return (int) targets.stream().filter(Target::needed).count();
		}

	}

	/** A question the item can go to: attached already, or not, and whether it still needs it. */
	public record Target(QuestionState state, boolean attached, boolean needed) {
	}

}
