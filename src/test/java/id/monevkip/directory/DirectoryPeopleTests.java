package id.monevkip.directory;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The small reads the assessment module needs: people holding a role, and bodies' lines in the tree. */
@IntegrationTest
class DirectoryPeopleTests {

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AssessmentFixtures fixtures;

	@Test
	void peopleWithRoleListsActiveHoldersWithTheirBodyByName() {
		var body = fixtures.body("PD_KABKOTA", null, null);
		var juror = fixtures.person(Role.JUROR, "Juri Direktori", body);
		var jurors = directory.peopleWithRole(Role.JUROR);
		assertThat(jurors).contains(new PersonView(juror.accountId(), juror.displayName(), body.getId()));
		assertThat(jurors).extracting(PersonView::displayName).isSorted();
		assertThat(directory.peopleWithRole(Role.ASSESSOR)).extracting(PersonView::accountId)
			.doesNotContain(juror.accountId());
	}

	@Test
	void linesRunFromTheRootToTheBody() {
		var root = fixtures.body("PEMKAB_PEMKOT", null, null);
		var child = fixtures.body("PD_KABKOTA", null, root);
		var grandchild = fixtures.body("DESA", null, child);
		var lines = directory.lines(List.of(root.getId(), grandchild.getId(), Long.MAX_VALUE));
		assertThat(lines).containsOnlyKeys(root.getId(), grandchild.getId());
		assertThat(lines.get(root.getId())).containsExactly(root.getId());
		assertThat(lines.get(grandchild.getId())).containsExactly(root.getId(), child.getId(), grandchild.getId());
	}

}
