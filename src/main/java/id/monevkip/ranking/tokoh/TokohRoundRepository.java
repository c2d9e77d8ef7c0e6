package id.monevkip.ranking.tokoh;

import org.springframework.data.jpa.repository.JpaRepository;

interface TokohRoundRepository extends JpaRepository<TokohRound, Long> {
}
