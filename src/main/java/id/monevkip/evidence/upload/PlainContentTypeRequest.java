package id.monevkip.evidence.upload;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Shows the tus library a PATCH's {@code Content-Type} without parameters: the library compares the whole header
 * with {@code application/offset+octet-stream}, while a character-encoding filter in front of it (Spring Boot's,
 * in the mock container) or a proxy may have added {@code ;charset=UTF-8} to an otherwise right request.
 */
public class PlainContentTypeRequest extends HttpServletRequestWrapper {

	private static final String OFFSET_STREAM = "application/offset+octet-stream";

	public PlainContentTypeRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public @Nullable String getHeader(String name) {
		var value = super.getHeader(name);
		if (value != null && "content-type".equals(name.toLowerCase(Locale.ROOT))) {
			var semicolon = value.indexOf(';');
			var type = (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
			if (OFFSET_STREAM.equalsIgnoreCase(type)) {
				return OFFSET_STREAM;
			}
		}
		return value;
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		var value = getHeader(name);
		return "content-type".equals(name.toLowerCase(Locale.ROOT)) && value != null
				? Collections.enumeration(List.of(value)) : super.getHeaders(name);
	}

}
