import { defineElement } from '@kindred/core';
import { KinReportDialog } from './src/report-dialog.js';

defineElement('kin-report-dialog', KinReportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'kin-report-dialog': KinReportDialog;
  }
}
