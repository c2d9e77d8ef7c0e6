package id.monevkip.questionnaire.builder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.InstrumentStatus;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The builder's rules around the instrument entity: categories must fit the instrument's kind, a category has
 * at most one published instrument per cycle, and nothing is published or withdrawn once the cycle's SAQ
 * window has opened (respondents may already be answering).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class InstrumentService {

	private final InstrumentRepository instruments;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final Clock clock;

	public long create(long cycleId, InstrumentSettings settings) {
		cycles.cycle(cycleId);
		checkCategories(settings);
		return instruments.save(new Instrument(cycleId, settings.title(), settings.village(), settings.categoryIds(),
				clock.instant())).getId();
	}

	public void changeSettings(long id, InstrumentSettings settings) {
		checkCategories(settings);
		load(id).changeSettings(settings.title(), settings.village(), settings.categoryIds());
	}

	public void delete(long id) {
		var instrument = load(id);
		if (instrument.getStatus() != InstrumentStatus.DRAFT) {
			throw new BusinessException(null, "instrument.error.notDraft");
		}
		instruments.delete(instrument);
	}

	public void addIndicator(long id, IndicatorContent content) {
		check(QuestionRules.problems(content));
		load(id).addIndicator(content);
	}

	public void changeIndicator(long id, long indicatorId, IndicatorContent content) {
		check(QuestionRules.problems(content));
		load(id).changeIndicator(indicatorId, content);
	}

	public void removeIndicator(long id, long indicatorId) {
		load(id).removeIndicator(indicatorId);
	}

	public void moveIndicator(long id, long indicatorId, boolean up) {
		load(id).moveIndicator(indicatorId, up);
	}

	public void addQuestion(long id, long indicatorId, QuestionContent content) {
		check(QuestionRules.problems(content));
		load(id).addQuestion(indicatorId, content);
	}

	public void changeQuestion(long id, long questionId, QuestionContent content) {
		check(QuestionRules.problems(content));
		load(id).changeQuestion(questionId, content);
	}

	public void removeQuestion(long id, long questionId) {
		load(id).removeQuestion(questionId);
	}

	public void moveQuestion(long id, long questionId, boolean up) {
		load(id).moveQuestion(questionId, up);
	}

	/** Publishes a draft, retiring the version it replaces; refused once the cycle's SAQ has opened. */
	public void publish(long id) {
		var instrument = load(id);
		if (cycles.saqHasOpened(instrument.getCycleId())) {
			throw new BusinessException(null, "instrument.error.saqOpened");
		}
		publishChecked(instrument);
	}

	/**
	 * Publishes the shipped default instruments while seeding a demo installation, whose cycles may already be
	 * past their SAQ opening. Never reachable from a page: an instrument that respondents might be answering is
	 * otherwise never published or changed after the SAQ opened.
	 */
	public void publishAsSeed(long id) {
		publishChecked(load(id));
	}

	private void publishChecked(Instrument instrument) {
		var names = categoryNames();
		List<Problem> conflicts = new ArrayList<>();
		List<Instrument> replaced = new ArrayList<>();
		for (var other : instruments.findByCycleIdAndStatus(instrument.getCycleId(), InstrumentStatus.PUBLISHED)) {
			if (other.getCategoryIds().stream().noneMatch(instrument.getCategoryIds()::contains)) {
				continue;
			}
			if (other.getId().equals(instrument.getPreviousVersionId())) {
				replaced.add(other);
			}
			else {
				other.getCategoryIds()
					.stream()
					.filter(instrument.getCategoryIds()::contains)
					.forEach(c -> conflicts.add(new Problem("categoryIds", "instrument.error.categoryTaken",
							names.getOrDefault(c, String.valueOf(c)), other.getTitle())));
			}
		}
		if (!conflicts.isEmpty()) {
			throw new InstrumentRuleException(conflicts);
		}
		replaced.forEach(Instrument::retire);
		instrument.publish(clock.instant());
	}

	public void unpublish(long id) {
		var instrument = load(id);
		if (cycles.saqHasOpened(instrument.getCycleId())) {
			throw new BusinessException(null, "instrument.error.saqOpened");
		}
		instrument.unpublish();
	}

	/** A new draft version of a published instrument; it can replace it only before the SAQ opens. */
	public long newVersion(long id) {
		return instruments.save(load(id).newVersion(clock.instant())).getId();
	}

	/** A first-version draft copy in the given cycle (copy from an earlier cycle). */
	public long copyToCycle(long id, long targetCycleId) {
		cycles.cycle(targetCycleId);
		return instruments.save(load(id).copyInto(targetCycleId, clock.instant())).getId();
	}

	/** Copies the instruments respondents used in one cycle (its published ones) into another as drafts. */
	public int copyCycle(long sourceCycleId, long targetCycleId) {
		var published = instruments.findByCycleIdAndStatus(sourceCycleId, InstrumentStatus.PUBLISHED);
		published.forEach(i -> instruments.save(i.copyInto(targetCycleId, clock.instant())));
		return published.size();
	}

	/**
	 * A new draft filled by the caller (an importer that has validated its file completely); saved only if
	 * filling it raises nothing.
	 */
	public long createFilled(long cycleId, InstrumentSettings settings, Consumer<Instrument> filler) {
		cycles.cycle(cycleId);
		checkCategories(settings);
		var instrument = new Instrument(cycleId, settings.title(), settings.village(), settings.categoryIds(),
				clock.instant());
		filler.accept(instrument);
		return instruments.save(instrument).getId();
	}

	Instrument load(long id) {
		return instruments.findById(id).orElseThrow(() -> new NotFoundException("Instrument " + id));
	}

	private void checkCategories(InstrumentSettings settings) {
		var byId = directory.categories().stream().collect(Collectors.toMap(CategoryView::id, Function.identity()));
		for (long categoryId : settings.categoryIds()) {
			var category = byId.get(categoryId);
			if (category == null) {
				throw new BusinessException("categoryIds", "instrument.error.unknownCategory");
			}
			if (category.village() != settings.village()) {
				throw new BusinessException("categoryIds", "instrument.error.categoryKind", category.name());
			}
		}
	}

	private Map<Long, String> categoryNames() {
		return directory.categories().stream().collect(Collectors.toMap(CategoryView::id, CategoryView::name));
	}

	private static void check(List<Problem> problems) {
		if (!problems.isEmpty()) {
			var first = problems.get(0);
			throw new BusinessException(first.where(), first.messageKey(), first.arguments().toArray());
		}
	}

}
