package id.monevkip.questionnaire.transfer;

import java.util.Set;

import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.questionnaire.builder.InstrumentSettings;
import id.monevkip.shared.BusinessException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of whole instruments. An import reads and checks the entire file first and creates one
 * new draft only when nothing is wrong, so a refused file leaves no trace.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class TransferService {

	private final QuestionnaireManagement questionnaires;

	private final InstrumentService instruments;

	@Transactional(readOnly = true)
	public byte[] exportJson(long instrumentId) {
		return InstrumentJson.write(InstrumentDocument.of(questionnaires.instrument(instrumentId)));
	}

	@Transactional(readOnly = true)
	public byte[] exportExcel(long instrumentId) {
		return InstrumentExcel.write(InstrumentDocument.of(questionnaires.instrument(instrumentId)));
	}

	/**
	 * A new draft in the cycle from a JSON or Excel file (recognised by content).
	 * @throws ImportRefused listing every problem of the file; nothing is saved
	 */
	public long importFile(long cycleId, Set<Long> categoryIds, byte[] bytes) {
		var document = switch (FileKind.of(bytes)) {
			case JSON -> InstrumentJson.read(bytes);
			case EXCEL -> InstrumentExcel.read(bytes);
		};
		try {
			return instruments.createFilled(cycleId, new InstrumentSettings(document.title(), document.village(), categoryIds),
					instrument -> document.indicators().forEach(indicator -> {
						var target = instrument.addIndicator(indicator.content());
						indicator.questions().forEach(q -> instrument.addQuestionTo(target, q));
					}));
		}
		catch (BusinessException refused) {
			throw new ImportRefused(ImportProblem.at(refused.field() == null ? "" : refused.field(),
					refused.messageKey(), refused.arguments()));
		}
	}

}
