package id.monevkip.directory.account;

import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The body at the top of a coordinator's subtree: everything a coordinator page shows or changes lies below it. */
@Component
@RequiredArgsConstructor
class CoordinatorScope {

	private final PublicBodyRepository bodies;

	/** @throws NotFoundException for anyone who is not a coordinator with a body */
	PublicBody root(CurrentUser coordinator) {
		Long bodyId = coordinator.bodyId();
		if (!coordinator.has(Role.COORDINATOR) || bodyId == null) {
			throw new NotFoundException("No coordinator body");
		}
		return bodies.findById(bodyId).orElseThrow(() -> new NotFoundException("Body " + bodyId));
	}

}
