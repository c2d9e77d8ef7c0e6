package id.monevkip.directory.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import id.monevkip.directory.body.BodyCategory;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.directory.body.Region;
import id.monevkip.directory.imports.ImportBodyValidator.BodyRow;
import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a bodies CSV against the directory and writes its valid rows through the same entity methods
 * as the admin pages: the constructor and {@code placeUnder} for new bodies, {@code apply} and a move of
 * the subtree for changed ones. Unchanged bodies are never touched, so a re-import changes nothing.
 */
@Component
@RequiredArgsConstructor
class ImportBodies {

	/** PostgreSQL's driver limits bind parameters per statement, so long lists are queried in slices. */
	static final int SLICE = 1_000;

	private final ImportLookupRepository lookups;

	private final PublicBodyRepository bodies;

	private final EntityManager entityManager;

	@Transactional(readOnly = true)
	ImportReport check(CsvTable table) {
		return ImportBodyValidator.validate(table, load(table)).report();
	}

	@Transactional
	ImportReport apply(CsvTable table, Instant now) {
		Directory directory = load(table);
		var outcome = ImportBodyValidator.validate(table, directory);
		outcome.changes().forEach(row -> write(directory, row, now));
		return outcome.report();
	}

	private void write(Directory directory, BodyRow row, Instant now) {
		var details = new PublicBody.Details(row.name(), directory.categories.get(row.categoryCode()),
				row.regionCode() == null ? null : directory.regions.get(row.regionCode()), row.ppidType(),
				row.website(), row.email(), row.phone(), row.address());
		PublicBody parent = row.parentCode() == null ? null : directory.bodies.get(row.parentCode());
		PublicBody body = directory.bodies.get(row.code());
		if (body == null) {
			body = bodies.save(new PublicBody(row.code(), details, now));
			body.placeUnder(parent);
			directory.bodies.put(body.getCode(), body);
		}
		else if (!body.sameAs(details, parent)) {
			body.apply(details, now);
			if (!Objects.equals(idOf(body.getParent()), idOf(parent))) {
				move(directory, body, parent);
			}
		}
	}

	/**
	 * Re-roots the subtree in the database, then reloads the bodies of this import that lay below it:
	 * their paths in memory are stale, and a later row may move or re-parent them again.
	 */
	private void move(Directory directory, PublicBody body, @Nullable PublicBody parent) {
		String oldPrefix = body.placeUnder(parent);
		bodies.flush();
		bodies.movePaths(oldPrefix, body.ownPath());
		directory.bodies.values()
			.stream()
			.filter(b -> b != body && b.getPath().startsWith(oldPrefix))
			.forEach(entityManager::refresh);
	}

	private static @Nullable Long idOf(@Nullable PublicBody body) {
		return body == null ? null : body.getId();
	}

	/** Every body the file names, their ancestors (for cycle checks), the categories and the regions named. */
	private Directory load(CsvTable table) {
		var directory = new Directory();
		lookups.findAllCategories().forEach(c -> directory.categories.put(c.getCode(), c));
		if (!table.ok()) {
			return directory;
		}
		Set<String> codes = new HashSet<>();
		Set<String> regionCodes = new HashSet<>();
		for (CsvTable.Row row : table.rows()) {
			Stream.of(row.get("kode"), row.get("induk"))
				.filter(Objects::nonNull)
				.forEach(code -> codes.add(code.toUpperCase(Locale.ROOT)));
			if (row.get("wilayah") != null) {
				regionCodes.add(row.get("wilayah"));
			}
		}
		List<PublicBody> found = sliced(codes, lookups::findBodiesByCodeIn);
		Set<Long> loaded = new HashSet<>(found.stream().map(PublicBody::getId).toList());
		Set<Long> ancestors = new HashSet<>();
		found.forEach(b -> Stream.of(b.getPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
			.filter(id -> !loaded.contains(id)).forEach(ancestors::add));
		List<PublicBody> all = new ArrayList<>(found);
		all.addAll(sliced(ancestors, lookups::findBodiesByIdIn));
		for (PublicBody body : all) {
			directory.bodies.put(body.getCode(), body);
			if (body.getRegion() != null) {
				directory.regions.put(body.getRegion().getCode(), body.getRegion());
			}
		}
		sliced(regionCodes, lookups::findRegionsByCodeIn).forEach(r -> directory.regions.put(r.getCode(), r));
		return directory;
	}

	static <T, R> List<R> sliced(Collection<T> keys, Function<List<T>, List<R>> query) {
		List<T> all = List.copyOf(keys);
		List<R> result = new ArrayList<>();
		for (int from = 0; from < all.size(); from += SLICE) {
			result.addAll(query.apply(all.subList(from, Math.min(all.size(), from + SLICE))));
		}
		return result;
	}

	/** The loaded part of the directory, answering the validator's questions. */
	private static final class Directory implements ImportBodyValidator.Lookups {

		final Map<String, BodyCategory> categories = new HashMap<>();

		final Map<String, Region> regions = new HashMap<>();

		final Map<String, PublicBody> bodies = new HashMap<>();

		@Override
		public boolean categoryExists(String code) {
			return categories.containsKey(code);
		}

		@Override
		public boolean categoryActive(String code) {
			return categories.containsKey(code) && categories.get(code).isActive();
		}

		@Override
		public boolean regionExists(String code) {
			return regions.containsKey(code);
		}

		@Override
		public @Nullable BodyRow stored(String code) {
			PublicBody body = bodies.get(code);
			if (body == null || body.getId() == null) {
				return null;
			}
			var region = body.getRegion();
			var parent = body.getParent();
			return new BodyRow(body.getCode(), body.getName(), body.getCategory().getCode(),
					region == null ? null : region.getCode(), parent == null ? null : parent.getCode(),
					body.getPpidType(), body.getWebsite(), body.getEmail(), body.getPhone(), body.getAddress());
		}

	}

}
