package id.monevkip.evidence.file;

import id.monevkip.shared.AppProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvidenceStorageConfiguration {

	@Bean
	EvidenceStorage evidenceStorage(EvidenceProperties properties, AppProperties app) {
		return new LocalDiskEvidenceStorage(properties.locationOr(app.dataDir()), properties.maxFileSize().toBytes());
	}

}
