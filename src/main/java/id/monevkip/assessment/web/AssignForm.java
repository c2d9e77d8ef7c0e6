package id.monevkip.assessment.web;

import id.monevkip.assessment.AssignmentRole;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A person to put on (or take off) a body in a role, with the list's filters so that the admin comes back to the
 * same page. Fields may hold nothing (a select left empty) until validated.
 */
record AssignForm(@NotNull(message = "{assessment.validation.body}") @Nullable Long bodyId,
		@NotNull(message = "{assessment.validation.person}") @Nullable Long accountId,
		@NotNull(message = "{assessment.validation.role}") @Nullable AssignmentRole role, @Nullable Long category,
		@Nullable AssignmentRole without, @Nullable Integer page) {

}
