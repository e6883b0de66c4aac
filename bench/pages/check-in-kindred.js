export { createMemoryClient } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/check-in-card/kin-check-in-card.js';
