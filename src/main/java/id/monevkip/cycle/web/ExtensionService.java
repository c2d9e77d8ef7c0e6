package id.monevkip.cycle.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.internal.Extension;
import id.monevkip.cycle.internal.ExtensionRepository;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Granting later closing times and the history of every grant. */
@Service
@RequiredArgsConstructor
@Transactional
class ExtensionService {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final CycleRepository cycles;

	private final ExtensionRepository extensions;

	private final DirectoryManagement directory;

	private final Clock clock;

	@Transactional(readOnly = true)
	List<ExtensionRow> history(long cycleId) {
		var grants = extensions.findByCycleIdOrderByGrantedAtDescIdDesc(cycleId);
		var bodyIds = new HashSet<Long>();
		grants.stream().map(Extension::getBodyId).filter(Objects::nonNull).forEach(bodyIds::add);
		Map<Long, BodyView> bodies = directory.bodies(bodyIds)
			.stream()
			.collect(Collectors.toMap(BodyView::id, Function.identity()));
		Map<Long, String> categories = directory.categories()
			.stream()
			.collect(Collectors.toMap(CategoryView::id, CategoryView::name));
		return grants.stream().map(e -> {
			boolean forBody = e.getBodyId() != null;
			String target = forBody ? bodies.containsKey(e.getBodyId()) ? bodies.get(e.getBodyId()).name() : ""
					: categories.getOrDefault(e.getCategoryId(), "");
			return new ExtensionRow(e.getStage(), forBody, target, e.getClosesAt().atZone(Wita.ZONE), e.getReason(),
					e.getGrantedByName(), e.getGrantedAt().atZone(Wita.ZONE));
		}).toList();
	}

	/** @throws BusinessException when the stage has no window, the target is unknown or the time is not later */
	void grant(long cycleId, ExtensionForm form, CurrentUser grantor) {
		Cycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("Cycle " + cycleId));
		var window = cycle.window(form.stage())
			.orElseThrow(() -> new BusinessException("stage", "extensions.error.noWindow"));
		var closesAt = FormText.toDateTime(form.closesAt()).atZone(Wita.ZONE).toInstant();
		if (!closesAt.isAfter(window.getClosesAt())) {
			throw new BusinessException("closesAt", "extensions.error.notLater",
					SHOWN.format(window.getClosesAt().atZone(Wita.ZONE)));
		}
		Extension.Target target;
		if (form.bodyCode() != null) {
			var body = directory.bodyByCode(form.bodyCode().toUpperCase(Locale.ROOT))
				.orElseThrow(() -> new BusinessException("bodyCode", "participants.error.unknownBody", form.bodyCode()));
			target = new Extension.Target(null, body.id());
		}
		else {
			var category = directory.categories()
				.stream()
				.filter(c -> c.id() == form.categoryId())
				.findFirst()
				.orElseThrow(() -> new BusinessException("categoryId", "extensions.error.unknownCategory"));
			target = new Extension.Target(category.id(), null);
		}
		extensions.save(new Extension(cycleId, form.stage(), target, closesAt, form.reason(), grantor.accountId(),
				grantor.displayName(), clock.instant()));
	}

}
