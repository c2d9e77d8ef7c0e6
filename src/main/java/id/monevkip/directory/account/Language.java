package id.monevkip.directory.account;

import java.util.Locale;
import java.util.Optional;

/** The two languages an invitation can be mailed in; the tag is what forms send and the database keeps. */
enum Language {

	ID, EN;

	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	Locale locale() {
		return Locale.forLanguageTag(tag());
	}

	/** English for an English page, Bahasa Indonesia for anything else (the application's default). */
	static Language of(Locale locale) {
		return "en".equals(locale.getLanguage()) ? EN : ID;
	}

	/** @return empty for anything but exactly {@code id} or {@code en} */
	static Optional<Language> parse(String tag) {
		for (var language : values()) {
			if (language.tag().equals(tag)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
