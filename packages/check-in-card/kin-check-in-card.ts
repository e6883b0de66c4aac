import { defineElement } from '@kindred/core';
import { KinCheckInCard } from './src/check-in-card.js';

defineElement('kin-check-in-card', KinCheckInCard);

declare global {
  interface HTMLElementTagNameMap {
    'kin-check-in-card': KinCheckInCard;
  }
}
