package id.monevkip.directory.imports;

import java.util.List;

/**
 * The row-by-row verdict on an import file. File problems (encoding, columns, size) make the whole file
 * unusable; otherwise each data row has a status and, when invalid, its problems.
 *
 * @param fileProblems problems with the file as a whole; when any exist, {@code lines} is empty
 * @param lines one entry per data row, in file order
 */
record ImportReport(List<Problem> fileProblems, List<Line> lines) {

	/** Tables on the pages stop here so that a 20,000-row file still gives a light page. */
	static final int SHOWN_ROWS = 500;

	ImportReport {
		fileProblems = List.copyOf(fileProblems);
		lines = List.copyOf(lines);
	}

	static ImportReport ofFile(List<Problem> fileProblems) {
		return new ImportReport(fileProblems, List.of());
	}

	/**
	 * One reason a file or row was refused.
	 *
	 * @param column the column as written in the file's header, or empty when the whole row or file is meant
	 * @param key the message key of the reason
	 * @param args the arguments of the message
	 */
	record Problem(String column, String key, List<String> args) {

		Problem {
			args = List.copyOf(args);
		}

		static Problem of(String column, String key, Object... args) {
			return new Problem(column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
		}

		/** The arguments as the message source wants them (public: templates call it). */
		public Object[] arguments() {
			return args.toArray();
		}

	}

	/**
	 * @param number the physical line of the row in the file (the header is line 1)
	 * @param label the code or email the row is about, as far as it could be read
	 * @param name the name in the row, for people scanning the report
	 */
	record Line(int number, ImportStatus status, String label, String name, List<Problem> problems) {

		Line {
			problems = List.copyOf(problems);
		}

	}

	/** The statuses in display order (templates cannot reach the enum's static values()). */
	public List<ImportStatus> statuses() {
		return List.of(ImportStatus.values());
	}

	public long count(ImportStatus status) {
		return lines.stream().filter(l -> l.status() == status).count();
	}

	/** Rows an import would create or change. */
	public long importable() {
		return fileProblems.isEmpty() ? count(ImportStatus.NEW) + count(ImportStatus.CHANGED) : 0;
	}

	public long invalidCount() {
		return count(ImportStatus.INVALID);
	}

	public List<Line> invalid() {
		return lines.stream().filter(l -> l.status() == ImportStatus.INVALID).limit(SHOWN_ROWS).toList();
	}

	/** Whether {@link #invalid()} leaves rows out (the page then says so). */
	public boolean invalidTruncated() {
		return count(ImportStatus.INVALID) > SHOWN_ROWS;
	}

	public boolean changesTruncated() {
		return count(ImportStatus.NEW) + count(ImportStatus.CHANGED) > SHOWN_ROWS;
	}

	public List<Line> changes() {
		return lines.stream()
			.filter(l -> l.status() == ImportStatus.NEW || l.status() == ImportStatus.CHANGED)
			.limit(SHOWN_ROWS)
			.toList();
	}

}
