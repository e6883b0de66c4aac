import { defineElement } from '@kindred/core';
import { KinKudosReactions } from './src/kudos-reactions.js';

defineElement('kin-kudos-reactions', KinKudosReactions);

declare global {
  interface HTMLElementTagNameMap {
    'kin-kudos-reactions': KinKudosReactions;
  }
}
