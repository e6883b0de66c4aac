import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kindred/core/kin-provider.js';

const meta: Meta = {
  title: 'Core/Provider',
  component: 'kin-provider',
};
export default meta;

export const Smoke: StoryObj = {
  render: () => html`<kin-provider><p>Hello</p></kin-provider>`,
};
