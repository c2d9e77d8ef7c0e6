package id.monevkip.directory.body;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managed list of body categories. Codes are fixed once created (imports and questionnaires refer to
 * them) and categories are retired rather than deleted, because past cycles still point at them.
 */
@Service
@RequiredArgsConstructor
@Transactional
class CategoryService {

	private final BodyCategoryRepository categories;

	@Transactional(readOnly = true)
	List<CategoryRow> list() {
		Map<Long, Long> counts = categories.countBodies()
			.stream()
			.collect(Collectors.toMap(BodyCategoryRepository.BodyCount::getCategoryId,
					BodyCategoryRepository.BodyCount::getTotal));
		return categories.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.map(c -> CategoryRow.of(c, counts.getOrDefault(c.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	CategoryRow get(long id) {
		return CategoryRow.of(find(id), 0);
	}

	long create(SaveCategory command) {
		String code = FieldRules.normaliseCode(command.code());
		if (!FieldRules.isValidCode(code)) {
			throw new BusinessException("code", "bodies.error.codeFormat");
		}
		if (categories.existsByCode(code)) {
			throw new BusinessException("code", "categories.error.codeTaken", code);
		}
		var category = new BodyCategory(code, command.name(), command.sortOrder(), command.village());
		category.update(command.name(), command.sortOrder(), command.village(), command.active());
		return categories.save(category).getId();
	}

	/** @throws ObjectOptimisticLockingFailureException when someone saved the category after the form was opened */
	void update(long id, SaveCategory command, long expectedVersion) {
		var category = find(id);
		if (category.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(BodyCategory.class, id);
		}
		category.update(command.name(), command.sortOrder(), command.village(), command.active());
	}

	private BodyCategory find(long id) {
		return categories.findById(id).orElseThrow(() -> new NotFoundException("Category " + id));
	}

}
