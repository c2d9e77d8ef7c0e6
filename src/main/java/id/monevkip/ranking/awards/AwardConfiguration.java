package id.monevkip.ranking.awards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins configure the award categories of a cycle until its results decree is issued. A body category belongs to at
 * most one award category of a cycle; every problem is reported and nothing is saved.
 */
@Service
@RequiredArgsConstructor
class AwardConfiguration {

	private final AwardStore store;

	private final AwardLock lock;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	@Transactional(readOnly = true)
	List<AwardCategoryView> categories(long cycleId) {
		cycles.cycle(cycleId);
		return store.categories(cycleId);
	}

	AwardCategoryView category(long cycleId, long awardId) {
		return store.category(cycleId, awardId).orElseThrow(() -> new NotFoundException("Award " + awardId));
	}

	/** Adds (awardId null) or changes an award category; the problems, empty when saved. */
	@Transactional
	List<FormProblem> save(long cycleId, @Nullable Long awardId, AwardForm form) {
		lock.requireOpen(cycleId);
		if (awardId != null) {
			category(cycleId, awardId);
		}
		var problems = new ArrayList<>(form.problems());
		problems.addAll(mappingProblems(cycleId, awardId, form));
		if (!problems.isEmpty()) {
			return problems;
		}
		long id;
		if (awardId == null) {
			id = store.insert(cycleId, form.cleanName(), form.winnersCount(), form.topK(), form.order());
		}
		else {
			id = awardId;
			store.update(id, form.cleanName(), form.winnersCount(), form.topK(), form.order());
		}
		store.replaceMembers(cycleId, id, form.categories());
		return List.of();
	}

	@Transactional
	void delete(long cycleId, long awardId) {
		lock.requireOpen(cycleId);
		category(cycleId, awardId);
		store.delete(awardId);
	}

	/** Unknown body categories, a body category another award category already takes, a name used twice. */
	private List<FormProblem> mappingProblems(long cycleId, @Nullable Long awardId, AwardForm form) {
		Map<Long, String> names = new HashMap<>();
		directory.categories().forEach((CategoryView c) -> names.put(c.id(), c.name()));
		List<FormProblem> problems = new ArrayList<>();
		for (long categoryId : form.categories()) {
			if (!names.containsKey(categoryId)) {
				problems.add(new FormProblem("bodyCategoryIds", "awards.config.categoryUnknown"));
			}
		}
		for (var other : store.categories(cycleId)) {
			if (awardId != null && other.id() == awardId) {
				continue;
			}
			if (other.name().equalsIgnoreCase(form.cleanName())) {
				problems.add(new FormProblem("name", "awards.config.nameTaken", other.name()));
			}
			for (long categoryId : form.categories()) {
				if (other.bodyCategoryIds().contains(categoryId)) {
					problems.add(new FormProblem("bodyCategoryIds", "awards.config.categoryTaken", names.get(categoryId),
							other.name()));
				}
			}
		}
		return problems;
	}

}
