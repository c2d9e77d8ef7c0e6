package id.monevkip.directory.imports;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * Maps character positions of a CSV text to physical line numbers (1-based; CRLF, LF and CR all end a
 * line), so that a report names the line a person sees in a text editor even when quoted cells span
 * several lines or blank lines were skipped.
 */
final class CsvLineIndex {

	private final String text;

	private final int[] starts;

	CsvLineIndex(String text) {
		this.text = text;
		var list = new ArrayList<Integer>();
		list.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				list.add(i + 1);
			}
		}
		this.starts = list.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The line of a record starting at this position; blank lines the parser skipped before it do not count. */
	int lineAt(int position) {
		int p = position;
		while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
			p++;
		}
		int index = Arrays.binarySearch(starts, p);
		return (index >= 0 ? index : -index - 2) + 1;
	}

}
