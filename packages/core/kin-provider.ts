import { defineElement } from './src/define.js';
import { KinProvider } from './src/provider.js';

defineElement('kin-provider', KinProvider);

declare global {
  interface HTMLElementTagNameMap {
    'kin-provider': KinProvider;
  }
}
