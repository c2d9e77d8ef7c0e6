package id.monevkip.notification;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailLogRepository extends JpaRepository<MailLogEntry, Long> {

	List<MailLogEntry> findByBodyIdOrderByCreatedAtDescIdDesc(long bodyId, Limit limit);

	List<MailLogEntry> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

}
