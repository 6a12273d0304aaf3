/**
 * The route-walk module, loaded only when a walk is wanted (the tool, a
 * route's "Walk this route", or a link naming a walk): finding each stop's
 * sentence is work, and code, the first view does without.
 */
import { tracked } from '../tracked';

type WalkModule = typeof import('./routeWalk');

let walkModule: (Promise<WalkModule> & { status?: string; value?: WalkModule }) | null = null;

export function loadWalks(): Promise<WalkModule> {
  walkModule ??= tracked(import('./routeWalk'));
  return walkModule;
}

/** The module if it has arrived, else null. */
export function loadedWalks(): WalkModule | null {
  return walkModule?.status === 'fulfilled' ? walkModule.value! : null;
}
