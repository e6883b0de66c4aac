import { defineElement } from '@kindred/core';
import { KinEmpathyPrompt } from './src/empathy-prompt.js';

defineElement('kin-empathy-prompt', KinEmpathyPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'kin-empathy-prompt': KinEmpathyPrompt;
  }
}
