package id.monevkip.questionnaire.transfer;

/** The file formats an instrument travels in, recognised by content rather than by name. */
public enum FileKind {

	JSON, EXCEL;

	static final long MAX_BYTES = 5L * 1024 * 1024;

	/** @throws ImportRefused for an empty, too large or unrecognised file */
	static FileKind of(byte[] bytes) {
		if (bytes.length == 0) {
			throw new ImportRefused(ImportProblem.at("", "transfer.error.empty"));
		}
		if (bytes.length > MAX_BYTES) {
			throw new ImportRefused(ImportProblem.at("", "transfer.error.tooLarge", 5));
		}
		if (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			return EXCEL;
		}
		for (byte b : bytes) {
			if (b == '{' || b == '[') {
				return JSON;
			}
			if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
				break;
			}
		}
		throw new ImportRefused(ImportProblem.at("", "transfer.error.unknownFormat"));
	}

}
