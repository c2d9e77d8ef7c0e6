package id.monevkip.assessment.results;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a result table as typed in the address bar; values that are not understood are dropped (and
 * {@code ignored} set) instead of answering 400.
 */
public record ResultFilter(@Nullable Long categoryId, @Nullable String band, int page, boolean ignored) {

	public static ResultFilter of(@Nullable String category, @Nullable String band, @Nullable String page) {
		boolean ignored = false;
		Long categoryId = null;
		if (category != null && !category.isBlank()) {
			try {
				categoryId = Long.valueOf(category.strip());
			}
			catch (NumberFormatException ex) {
				ignored = true;
			}
		}
		String code = band == null || band.isBlank() ? null : band.strip().toUpperCase(Locale.ROOT);
		if (code != null && !code.matches("[A-Z_]{1,40}")) {
			code = null;
			ignored = true;
		}
		int number = 0;
		if (page != null && !page.isBlank()) {
			try {
				number = Math.max(0, Integer.parseInt(page.strip()));
			}
			catch (NumberFormatException ex) {
				ignored = true;
			}
		}
		return new ResultFilter(categoryId, code, number, ignored);
	}

}
