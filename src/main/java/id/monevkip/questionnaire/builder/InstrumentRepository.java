package id.monevkip.questionnaire.builder;

import java.util.List;

import id.monevkip.questionnaire.InstrumentStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstrumentRepository extends JpaRepository<Instrument, Long> {

	List<Instrument> findByCycleIdOrderByVillageAscTitleAscVersionNumberAsc(long cycleId);

	List<Instrument> findByCycleIdAndStatus(long cycleId, InstrumentStatus status);

}
