package id.monevkip.assessment.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessorProfileRepository extends JpaRepository<AssessorProfile, Long> {

	List<AssessorProfile> findByAccountIdIn(Collection<Long> accountIds);

}
