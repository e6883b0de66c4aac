import type { KindredClient, MemorySeed, SupportResource, Viewer } from '@kindred/core';

export const threadSeed: MemorySeed;

export function mountThread(
  container: Element,
  options: { client: KindredClient; viewer: Viewer; resources?: SupportResource[] },
): void;
