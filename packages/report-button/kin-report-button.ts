import { defineElement } from '@kindred/core';
import { KinReportButton } from './src/report-button.js';
import './kin-report-dialog.js';

defineElement('kin-report-button', KinReportButton);

declare global {
  interface HTMLElementTagNameMap {
    'kin-report-button': KinReportButton;
  }
}
