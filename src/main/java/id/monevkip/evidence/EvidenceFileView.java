package id.monevkip.evidence;

import java.time.ZonedDateTime;

/**
 * A file in a body's evidence library.
 *
 * @param uploadedAt in WITA
 */
public record EvidenceFileView(long id, long bodyId, String sha256, String originalName, String contentType,
		long sizeBytes, ZonedDateTime uploadedAt) {

	/** PDFs and images open in the browser; everything else is downloaded. */
	public boolean previewable() {
		return contentType.equals("application/pdf") || contentType.startsWith("image/");
	}

	/** A short label of the format, e.g. PDF, JPG, DOCX. */
	public String formatLabel() {
		return switch (contentType) {
			case "application/pdf" -> "PDF";
			case "image/jpeg" -> "JPG";
			case "image/png" -> "PNG";
			case "image/webp" -> "WEBP";
			case "application/msword" -> "DOC";
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
			case "application/vnd.ms-excel" -> "XLS";
			case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
			case "application/vnd.ms-powerpoint" -> "PPT";
			case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> "PPTX";
			case "application/vnd.oasis.opendocument.text" -> "ODT";
			case "application/vnd.oasis.opendocument.spreadsheet" -> "ODS";
			case "application/vnd.oasis.opendocument.presentation" -> "ODP";
			default -> contentType;
		};
	}

}
