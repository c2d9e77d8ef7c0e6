package id.monevkip.ranking.open;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.monevkip.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published year as open data, one line per ranked body: CSV (comma separated, UTF-8, header line) and JSON (the
 * same fields per line plus the band code). Both are written line by line to the response; an unpublished year is
 * 404 like its page. Field names are Indonesian, the language of the data's users; band labels too.
 */
@Controller
@RequiredArgsConstructor
class OpenDataController {

	static final String[] COLUMNS = { "tahun", "kode_badan", "nama_badan", "kategori", "nilai_akhir", "kualifikasi",
			"peringkat", "nomor_sk", "tanggal_sk" };

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OpenResults results;

	private final MessageSource messages;

	@GetMapping("/hasil/{tahun:\\d{4}}.csv")
	void csv(@PathVariable int tahun, HttpServletResponse response) throws IOException {
		var published = published(tahun);
		start(response, "text/csv;charset=UTF-8", tahun, "csv");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
			var decree = published.decree();
			for (var r : published.rows()) {
				csv.printRecord(tahun, r.code(), r.name(), r.categoryName(), r.finalScore().toPlainString(),
						bandLabel(r.band()), r.rank(), decree.number(), decree.date());
			}
		}
	}

	@GetMapping("/hasil/{tahun:\\d{4}}.json")
	void json(@PathVariable int tahun, HttpServletResponse response) throws IOException {
		var published = published(tahun);
		start(response, MediaType.APPLICATION_JSON_VALUE, tahun, "json");
		var decree = published.decree();
		try (var json = JSON.createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeNumberProperty("tahun", tahun);
			json.writeStringProperty("nomor_sk", decree.number());
			json.writeStringProperty("tanggal_sk", decree.date().toString());
			json.writeNumberProperty("versi_sk", decree.version());
			json.writeNumberProperty("jumlah_badan", published.rows().size());
			json.writeArrayPropertyStart("hasil");
			for (var r : published.rows()) {
				json.writeStartObject();
				json.writeNumberProperty("tahun", tahun);
				json.writeStringProperty("kode_badan", r.code());
				json.writeStringProperty("nama_badan", r.name());
				json.writeStringProperty("kategori", r.categoryName());
				json.writeNumberProperty("nilai_akhir", r.finalScore());
				json.writeStringProperty("kualifikasi", bandLabel(r.band()));
				json.writeStringProperty("kode_kualifikasi", r.band());
				json.writeNumberProperty("peringkat", r.rank());
				json.writeStringProperty("nomor_sk", decree.number());
				json.writeStringProperty("tanggal_sk", decree.date().toString());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private PublishedResults published(int year) {
		return results.year(year).orElseThrow(() -> new NotFoundException("Published results of " + year));
	}

	private static void start(HttpServletResponse response, String type, int year, String extension) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("hasil-monev-" + year + "." + extension).build().toString());
	}

	private String bandLabel(String code) {
		return messages.getMessage("band." + code, null, code, INDONESIAN);
	}

}
