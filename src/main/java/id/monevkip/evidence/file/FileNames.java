package id.monevkip.evidence.file;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** File names from users' devices are only metadata: no path, no control characters, at most 255 characters. */
public final class FileNames {

	private static final int MAX = 255;

	private FileNames() {
	}

	public static String sanitise(@Nullable String name) {
		if (name == null) {
			return "file";
		}
		var base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		var clean = base.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
		if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
			return "file";
		}
		if (clean.length() > MAX) {
			var dot = clean.lastIndexOf('.');
			var extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
			clean = clean.substring(0, MAX - extension.length()) + extension;
		}
		return clean;
	}

	/** The extension in lower case without the dot, or an empty string. */
	public static String extension(String name) {
		var dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
