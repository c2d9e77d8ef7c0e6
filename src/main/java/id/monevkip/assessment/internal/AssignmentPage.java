package id.monevkip.assessment.internal;

import java.util.List;

import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.PersonView;
import org.springframework.data.domain.Page;

/** One page of a cycle's participants with who verifies and who judges each, and the people one may pick. */
public record AssignmentPage(long cycleId, String cycleTitle, Page<Row> rows, List<PersonView> verifiers,
		List<PersonView> judges, List<CategoryView> categories) {

	/** A participant and the people assigned to it. */
	public record Row(BodyView body, List<Assigned> verifiers, List<Assigned> judges) {
	}

	/** A person assigned to the row's body. */
	public record Assigned(long accountId, String name) {
	}

}
