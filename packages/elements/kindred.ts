// Registers the provider and every element.
import '@kindred/core/kin-provider.js';
import '@kindred/kudos-reactions/kin-kudos-reactions.js';
import '@kindred/report-button/kin-report-button.js';
import '@kindred/report-button/kin-report-dialog.js';
import '@kindred/check-in-card/kin-check-in-card.js';
import '@kindred/empathy-prompt/kin-empathy-prompt.js';
