package id.monevkip.evidence.link;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AddressPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1",
			"169.254.169.254", "0.0.0.0", "224.0.0.1", "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1",
			"::ffff:10.0.0.1", "::127.0.0.1" })
	void internalAddressesAreRefusedByDefault(String address) throws Exception {
		assertThat(AddressPolicy.publicOnly().permits(InetAddress.getByName(address))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "103.10.20.30", "172.32.0.1", "172.15.255.255", "2001:4860:4860::8888" })
	void publicAddressesArePermitted(String address) throws Exception {
		assertThat(AddressPolicy.publicOnly().permits(InetAddress.getByName(address))).isTrue();
	}

	@Test
	void allowingLoopbackOnlyStillRefusesPrivateAndMetadataAddresses() throws Exception {
		var policy = new AddressPolicy(Set.of(AddressPolicy.Kind.LOOPBACK));

		assertThat(policy.permits(InetAddress.getByName("127.0.0.1"))).isTrue();
		assertThat(policy.permits(InetAddress.getByName("10.0.0.1"))).isFalse();
		assertThat(policy.permits(InetAddress.getByName("169.254.169.254"))).isFalse();
	}

	@Test
	void theTestSettingAllowsEverything() throws Exception {
		var properties = new LinkCheckProperties(Duration.ofSeconds(1), 5, true, "test");

		assertThat(AddressPolicy.of(properties).permits(InetAddress.getByName("10.0.0.1"))).isTrue();
		assertThat(AddressPolicy.of(LinkCheckProperties.defaults()).permits(InetAddress.getByName("10.0.0.1"))).isFalse();
	}

}
