package id.monevkip.ranking.tokoh;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TokohDocumentRepository extends JpaRepository<TokohDocument, Long> {

	List<TokohDocument> findByNominationIdOrderById(long nominationId);

}
