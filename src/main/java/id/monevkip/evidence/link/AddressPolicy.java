package id.monevkip.evidence.link;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which resolved addresses the link checker may connect to. Public addresses always; the internal kinds
 * only when allowed, so that a submitted URL cannot make the server reach its own network or the cloud
 * metadata service (169.254.169.254).
 */
public record AddressPolicy(Set<Kind> allowed) {

	/** The kinds of address that are refused unless allowed. */
	public enum Kind {
		LOOPBACK, PRIVATE, LINK_LOCAL, ANY_LOCAL, MULTICAST
	}

	public AddressPolicy {
		allowed = Set.copyOf(allowed);
	}

	public static AddressPolicy publicOnly() {
		return new AddressPolicy(Set.of());
	}

	public static AddressPolicy allowingEverything() {
		return new AddressPolicy(EnumSet.allOf(Kind.class));
	}

	static AddressPolicy of(LinkCheckProperties properties) {
		return properties.allowPrivateAddresses() ? allowingEverything() : publicOnly();
	}

	public boolean permits(InetAddress address) {
		var kind = kindOf(address);
		return kind == null || allowed.contains(kind);
	}

	/** The internal kind of the address, or {@code null} for a public one. */
	static @Nullable Kind kindOf(InetAddress address) {
		if (address.isAnyLocalAddress()) {
			return Kind.ANY_LOCAL;
		}
		if (address.isLoopbackAddress()) {
			return Kind.LOOPBACK;
		}
		if (address.isLinkLocalAddress()) {
			return Kind.LINK_LOCAL;
		}
		if (address.isMulticastAddress()) {
			return Kind.MULTICAST;
		}
		if (address.isSiteLocalAddress()) {
			return Kind.PRIVATE;
		}
		if (address instanceof Inet6Address v6) {
			var bytes = v6.getAddress();
			// Unique local addresses fc00::/7 are IPv6's private networks; Java does not flag them as site-local.
			if ((bytes[0] & 0xfe) == 0xfc) {
				return Kind.PRIVATE;
			}
			if (v6.isIPv4CompatibleAddress()) {
				try {
					return kindOf(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException impossible) {
					return Kind.PRIVATE;
				}
			}
		}
		return null;
	}

}
