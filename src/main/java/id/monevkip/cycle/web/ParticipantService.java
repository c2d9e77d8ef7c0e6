package id.monevkip.cycle.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.internal.Participant;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a cycle. Every way of adding is idempotent: a body already taking part is skipped, so a
 * category or a CSV can be added again after the directory grew.
 */
@Service
@RequiredArgsConstructor
@Transactional
class ParticipantService {

	static final int PAGE_SIZE = 50;

	private final CycleRepository cycles;

	private final ParticipantRepository participants;

	private final DirectoryManagement directory;

	private final Clock clock;

	@Transactional(readOnly = true)
	Page<ParticipantRow> page(long cycleId, @Nullable Long categoryId, int page) {
		requireCycle(cycleId);
		var rows = participants.page(cycleId, categoryId, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<Long, BodyView> bodies = directory.bodies(rows.map(Participant::getBodyId).toList())
			.stream()
			.collect(Collectors.toMap(BodyView::id, Function.identity()));
		Map<Long, String> categoryNames = directory.categories()
			.stream()
			.collect(Collectors.toMap(CategoryView::id, CategoryView::name));
		return rows.map(p -> {
			var body = bodies.get(p.getBodyId());
			return new ParticipantRow(p.getBodyId(), body == null ? "" : body.code(), body == null ? "" : body.name(),
					p.getCategoryId(), categoryNames.getOrDefault(p.getCategoryId(), ""));
		});
	}

	/** Adds every active body of the category, competing in it; returns how many were new. */
	int addCategory(long cycleId, long categoryId) {
		requireCycle(cycleId);
		Set<Long> present = participants.bodyIds(cycleId);
		var now = clock.instant();
		var added = directory.activeBodiesInCategory(categoryId)
			.stream()
			.filter(body -> !present.contains(body.id()))
			.map(body -> new Participant(cycleId, body.id(), categoryId, now))
			.toList();
		participants.saveAll(added);
		return added.size();
	}

	/** Adds one body, in the chosen category or else its own. */
	void addBody(long cycleId, String code, @Nullable Long categoryId) {
		requireCycle(cycleId);
		var body = directory.bodyByCode(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new BusinessException("bodyCode", "participants.error.unknownBody", code));
		if (participants.existsByCycleIdAndBodyId(cycleId, body.id())) {
			throw new BusinessException("bodyCode", "participants.error.already", body.name());
		}
		long category = categoryId != null ? requireCategory(categoryId) : body.categoryId();
		participants.save(new Participant(cycleId, body.id(), category, clock.instant()));
	}

	/** Reads {@code kode_badan,kategori} rows; adds the valid new ones and reports the rest. */
	CsvReport importCsv(long cycleId, InputStream content) {
		requireCycle(cycleId);
		Map<String, Long> categoriesByCode = directory.categories()
			.stream()
			.collect(Collectors.toMap(CategoryView::code, CategoryView::id));
		Set<Long> present = new HashSet<>(participants.bodyIds(cycleId));
		List<CsvReport.Problem> problems = new ArrayList<>();
		List<Participant> added = new ArrayList<>();
		var now = clock.instant();
		for (CSVRecord row : read(content)) {
			String code = value(row, "kode_badan");
			String categoryCode = value(row, "kategori");
			var body = code.isEmpty() ? null : directory.bodyByCode(code).orElse(null);
			Long category = categoryCode.isEmpty() ? (body == null ? null : body.categoryId())
					: categoriesByCode.get(categoryCode);
			String problem = body == null ? "participants.csv.unknownBody"
					: category == null ? "participants.csv.unknownCategory"
							: present.contains(body.id()) ? "participants.csv.already" : null;
			if (problem != null) {
				problems.add(new CsvReport.Problem(row.getRecordNumber() + 1, code, problem));
				continue;
			}
			present.add(body.id());
			added.add(new Participant(cycleId, body.id(), category, now));
		}
		participants.saveAll(added);
		return new CsvReport(added.size(), problems);
	}

	void remove(long cycleId, long bodyId) {
		participants.findByCycleIdAndBodyId(cycleId, bodyId).ifPresent(participants::delete);
	}

	private static List<CSVRecord> read(InputStream content) {
		var format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.get();
		try (Reader reader = withoutByteOrderMark(new InputStreamReader(content, StandardCharsets.UTF_8));
				var parser = format.parse(reader)) {
			if (!parser.getHeaderMap().containsKey("kode_badan")) {
				throw new BusinessException("file", "participants.csv.header");
			}
			return parser.getRecords();
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw new BusinessException("file", "participants.csv.unreadable");
		}
	}

	/** Excel saves "CSV UTF-8" with a byte order mark, which would otherwise stick to the first column name. */
	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		var pushback = new PushbackReader(reader, 1);
		int first = pushback.read();
		if (first != -1 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}

	private static String value(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? row.get(column).strip().toUpperCase(Locale.ROOT) : "";
	}

	private long requireCategory(long categoryId) {
		return directory.categories()
			.stream()
			.filter(c -> c.id() == categoryId)
			.findFirst()
			.map(CategoryView::id)
			.orElseThrow(() -> new NotFoundException("Category " + categoryId));
	}

	private void requireCycle(long cycleId) {
		if (!cycles.existsById(cycleId)) {
			throw new NotFoundException("Cycle " + cycleId);
		}
	}

}
