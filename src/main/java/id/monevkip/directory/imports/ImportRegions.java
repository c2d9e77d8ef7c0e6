package id.monevkip.directory.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import id.monevkip.directory.body.FieldRules;
import id.monevkip.directory.body.Region;
import id.monevkip.directory.body.RegionRepository;
import id.monevkip.directory.imports.ImportRegionValidator.RegionRow;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a regions CSV against the directory and writes its valid rows: new regions under their parent
 * (stored, or created a few rows earlier by the same import), renamed ones through {@link Region#rename}.
 * Unchanged regions are never touched, so a re-import changes nothing.
 */
@Component
@RequiredArgsConstructor
class ImportRegions {

	private final ImportLookupRepository lookups;

	private final RegionRepository regions;

	@Transactional(readOnly = true)
	ImportReport check(CsvTable table) {
		return ImportRegionValidator.validate(table, load(table)).report();
	}

	@Transactional
	ImportReport apply(CsvTable table) {
		Directory directory = load(table);
		var outcome = ImportRegionValidator.validate(table, directory);
		for (RegionRow row : outcome.changes()) {
			Region region = directory.regions.get(row.code());
			if (region == null) {
				Region parent = row.parentCode() == null ? null : directory.regions.get(row.parentCode());
				directory.regions.put(row.code(), regions.save(new Region(row.code(), row.name(), parent)));
			}
			else {
				region.rename(row.name());
			}
		}
		return outcome.report();
	}

	/** Every region the file names and every parent its codes imply, in a few queries. */
	private Directory load(CsvTable table) {
		var directory = new Directory();
		if (!table.ok()) {
			return directory;
		}
		Set<String> codes = new HashSet<>();
		for (CsvTable.Row row : table.rows()) {
			String code = row.get("kode");
			if (code != null && code.length() <= FieldRules.REGION_CODE_MAX) {
				codes.add(code);
				int dot = code.lastIndexOf('.');
				if (dot > 0) {
					codes.add(code.substring(0, dot));
				}
			}
		}
		ImportBodies.sliced(codes, lookups::findRegionsByCodeIn).forEach(r -> directory.regions.put(r.getCode(), r));
		return directory;
	}

	/** The loaded regions, answering the validator's questions. */
	private static final class Directory implements ImportRegionValidator.Lookups {

		final Map<String, Region> regions = new HashMap<>();

		@Override
		public @Nullable String storedName(String code) {
			Region region = regions.get(code);
			return region == null ? null : region.getName();
		}

	}

}
