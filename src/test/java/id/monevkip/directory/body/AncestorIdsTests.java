package id.monevkip.directory.body;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bodies above a body, read from its materialised path: root first, never the body itself. */
@IntegrationTest
class AncestorIdsTests {

	@Autowired
	BodyFixtures fixtures;

	@Autowired
	DirectoryManagement directory;

	@Test
	void listsTheBodiesAboveFromTheRootDown() {
		long root = fixtures.body("PEMKAB", null);
		long middle = fixtures.body("DINAS", fixtures.code("PEMKAB"));
		long leaf = fixtures.body("DESA", fixtures.code("DINAS"));

		assertThat(directory.ancestorIds(leaf)).containsExactly(root, middle);
		assertThat(directory.ancestorIds(middle)).containsExactly(root);
		assertThat(directory.ancestorIds(root)).isEmpty();
	}

	@Test
	void unknownBodyIsNotFound() {
		assertThatThrownBy(() -> directory.ancestorIds(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
	}

}
