package id.monevkip.directory.body;

import java.util.EnumSet;
import java.util.List;

import id.monevkip.directory.PpidType;
import id.monevkip.directory.RegionLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The options of the selects and suggestion lists on the body pages. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class BodyChoices {

	/** One option: what the form sends and what people read. */
	record Choice(String value, String label) {
	}

	/** The options of the search form above the body lists. */
	record FilterChoices(List<Choice> categories, List<Choice> regions, List<PpidType> ppidTypes,
			List<BodyFilter.Status> statuses) {
	}

	/** The options of the body form; regions and parents are suggestions for code fields. */
	record FormChoices(List<Choice> categories, List<Choice> regions, List<Choice> parents, List<PpidType> ppidTypes) {
	}

	private static final List<RegionLevel> LISTED_LEVELS = List.of(RegionLevel.PROVINCE, RegionLevel.REGENCY,
			RegionLevel.DISTRICT);

	private final BodyCategoryRepository categories;

	private final RegionRepository regions;

	private final PublicBodyRepository bodies;

	/** Every category, retired ones too: old bodies may still be filed under them. */
	FilterChoices forFilters() {
		var all = categories.findAllByOrderBySortOrderAscNameAsc().stream().map(BodyChoices::choice).toList();
		return new FilterChoices(all, regions(), List.of(PpidType.values()), List.of(BodyFilter.Status.values()));
	}

	/** A body may keep a category retired since it was filed; new choices are active categories only. */
	FormChoices forForm(@Nullable Long currentCategoryId) {
		return new FormChoices(categoriesFor(currentCategoryId), regions(), parents(), List.of(PpidType.values()));
	}

	private List<Choice> categoriesFor(@Nullable Long currentCategoryId) {
		return categories.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.filter(c -> c.isActive() || c.getId().equals(currentCategoryId))
			.map(BodyChoices::choice)
			.toList();
	}

	/**
	 * Provinces, regencies and districts as "64.02 — Kab. Kutai Kartanegara". Villages are left out: there
	 * are thousands, and filtering by a district already finds its villages' bodies.
	 */
	private List<Choice> regions() {
		return regions.findByLevelInOrderByCode(LISTED_LEVELS)
			.stream()
			.map(r -> new Choice(r.getCode(), r.getCode() + " \u2014 " + r.getName()))
			.toList();
	}

	/** Bodies that other bodies sit under (PPID Utama and Pelaksana), suggested by code while typing. */
	private List<Choice> parents() {
		var spec = BodySpecifications.ofTypes(EnumSet.of(PpidType.UTAMA, PpidType.PELAKSANA))
			.and(BodySpecifications.withStatus(BodyFilter.Status.ACTIVE));
		return bodies.findAll(spec, Sort.by("code")).stream().map(b -> new Choice(b.getCode(), b.getName())).toList();
	}

	private static Choice choice(BodyCategory category) {
		return new Choice(String.valueOf(category.getId()), category.getName());
	}

}
