package id.monevkip.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indonesian and English stay complete: every bundle has the same keys in both languages, no value is
 * empty, and every message key a template names literally exists.
 */
class MessageBundleTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	static Stream<Path> indonesianBundles() throws IOException {
		try (var files = Files.walk(RESOURCES)) {
			return files.filter(p -> p.toString().endsWith(".properties"))
				.filter(p -> p.getFileName().toString().matches("(messages|[a-z-]+)\\.properties"))
				.filter(p -> Files.exists(english(p)))
				.toList()
				.stream();
		}
	}

	static Path english(Path indonesian) {
		return indonesian.resolveSibling(indonesian.getFileName().toString().replace(".properties", "_en.properties"));
	}

	@ParameterizedTest
	@MethodSource("indonesianBundles")
	void everyKeyExistsInBothLanguages(Path indonesian) throws IOException {
		var id = load(indonesian);
		var en = load(english(indonesian));
		assertThat(en.stringPropertyNames()).as("keys of %s vs English", indonesian)
			.containsExactlyInAnyOrderElementsOf(id.stringPropertyNames());
	}

	@ParameterizedTest
	@MethodSource("indonesianBundles")
	void noMessageIsEmpty(Path indonesian) throws IOException {
		for (var bundle : List.of(load(indonesian), load(english(indonesian)))) {
			bundle.forEach((key, value) -> assertThat(value.toString()).as("message %s", key).isNotBlank());
		}
	}

	@Test
	void everyBundleHasAnEnglishTwin() throws IOException {
		try (var files = Files.walk(RESOURCES)) {
			var withoutTwin = files.filter(p -> p.toString().endsWith(".properties"))
				.filter(p -> !p.getFileName().toString().startsWith("application"))
				.filter(p -> !p.getFileName().toString().endsWith("_en.properties"))
				.filter(p -> !Files.exists(english(p)))
				.toList();
			assertThat(withoutTwin).isEmpty();
		}
	}

	/** The first bundle in spring.messages.basename silently wins, so a key defined twice is a hidden bug. */
	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, Path> owners = new HashMap<>();
		Set<String> clashes = new TreeSet<>();
		for (var bundle : indonesianBundles().toList()) {
			for (String key : load(bundle).stringPropertyNames()) {
				Path other = owners.putIfAbsent(key, bundle);
				if (other != null) {
					clashes.add(key + " in " + other.getFileName() + " and " + bundle.getFileName());
				}
			}
		}
		assertThat(clashes).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = new HashSet<>();
		for (var bundle : indonesianBundles().toList()) {
			known.addAll(load(bundle).stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		try (var templates = Files.walk(RESOURCES.resolve("templates"))) {
			// mail templates (.txt) name their words by key too
			for (var template : templates.filter(p -> p.toString().matches(".*\\.(html|txt)")).toList()) {
				var matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(RESOURCES.relativize(template) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static Properties load(Path file) throws IOException {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
