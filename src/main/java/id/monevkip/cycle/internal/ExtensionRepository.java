package id.monevkip.cycle.internal;

import java.util.List;

import id.monevkip.cycle.Stage;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionRepository extends JpaRepository<Extension, Long> {

	List<Extension> findByCycleIdOrderByGrantedAtDescIdDesc(long cycleId);

	List<Extension> findByCycleIdAndStage(long cycleId, Stage stage);

}
