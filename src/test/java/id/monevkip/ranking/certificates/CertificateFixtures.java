package id.monevkip.ranking.certificates;

import org.springframework.stereotype.Component;

/** Issues a body's certificate of the decree in force for tests outside this package, returning its code. */
@Component
public class CertificateFixtures {

	private final Certificates certificates;

	CertificateFixtures(Certificates certificates) {
		this.certificates = certificates;
	}

	public String issue(long cycleId, long bodyId) {
		return certificates.issue(cycleId, null, bodyId).get(0).getCode();
	}

}
