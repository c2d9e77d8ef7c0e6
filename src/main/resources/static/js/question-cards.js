// The questionnaire page follows each answer without a reload: when an autosave says an answer now claims something
// without its evidence, that card's evidence form unfolds; and the aspect's progress line (answered, evidence
// complete) is counted again from the cards. The server marks each card with what it knows (data-answered on the
// saved line, data-evidence-needed / data-evidence-met on the attachments); without script the page shows the same
// figures as of its last load.
(function () {
	'use strict';

	var line = document.querySelector('[data-progress-line]');

	function format(template, values) {
		return template.replace(/\{(\d)\}/g, function (all, i) { return values[Number(i)]; });
	}

	function count(selector) {
		return document.querySelectorAll(selector).length;
	}

	function recount() {
		if (!line) {
			return;
		}
		var questions = Number(line.dataset.questions);
		var answered = count('.save-status[data-answered=true]');
		var needed = count('[data-evidence-needed=true]');
		var met = count('[data-evidence-met=true]');
		var percent = questions === 0 ? 0 : Math.round(answered * 100 / questions);
		var bar = line.querySelector('.progress');
		bar.setAttribute('aria-valuenow', String(percent));
		bar.setAttribute('aria-label', format(line.dataset.msgAnswered, [answered, questions]));
		bar.querySelector('.progress-bar').style.width = percent + '%';
		line.querySelector('[data-progress-answered]').textContent = format(line.dataset.msgAnswered, [answered, questions]);
		var evidence = line.querySelector('[data-progress-evidence]');
		evidence.hidden = needed === 0;
		evidence.textContent = format(line.dataset.msgEvidence, [met, needed]);
	}

	function unfoldWhereEvidenceIsMissing(scope) {
		scope.querySelectorAll('.evidence-missing').forEach(function (missing) {
			var card = missing.closest('.question-card');
			var add = card && card.querySelector('details.add-evidence');
			if (add && !add.open) {
				add.open = true;
			}
		});
	}

	document.body.addEventListener('htmx:afterSettle', function (event) {
		var target = event.detail && event.detail.target;
		var card = target && target.closest ? target.closest('.question-card') : null;
		unfoldWhereEvidenceIsMissing(card || document);
		recount();
	});
	// out-of-band swaps (the attachments after an autosave) settle without a target of their own
	document.body.addEventListener('htmx:oobAfterSwap', function () {
		recount();
	});
})();
