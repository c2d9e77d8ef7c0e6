package id.monevkip.ranking.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ResultPublicationRepository extends ListCrudRepository<ResultPublication, Long> {

	Optional<ResultPublication> findByYear(int year);

	@Query("select p.year from ResultPublication p order by p.year desc")
	List<Integer> years();

}
