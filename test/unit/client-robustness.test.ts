/**
 * Page scripts that must not fail: a malformed URL fragment never throws (issue 17.7), and the
 * update banner's « Recharger » works in every open tab, including after another tab has already
 * activated the new version (issue 17.8).
 */
import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/scripts/anchors';
import { applyUpdate } from '../../src/scripts/sw-register';

describe('fragmentId', () => {
  it('decodes a well-formed fragment', () => {
    expect(fragmentId('#champ-f-employeur-siret')).toBe('champ-f-employeur-siret');
    expect(fragmentId('#%C3%A9tape')).toBe('étape');
  });
  it('takes a malformed fragment as it is, without throwing', () => {
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('#%')).toBe('%');
    expect(fragmentId('')).toBe('');
  });
});

describe('applyUpdate', () => {
  function fakes(state: string) {
    const posted: unknown[] = [];
    const listeners: (() => void)[] = [];
    let reloads = 0;
    const waiting = { state, postMessage: (m: unknown) => void posted.push(m) };
    const container = { addEventListener: (_t: 'controllerchange', cb: () => void) => void listeners.push(cb) };
    return { waiting, container, posted, listeners, reload: () => void reloads++, reloads: () => reloads };
  }

  it('the first tab: asks the waiting worker to take over, reloads when it controls', () => {
    const f = fakes('installed');
    applyUpdate(f.waiting, f.container, f.reload);
    expect(f.posted).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(f.reloads()).toBe(0);
    f.listeners.forEach((cb) => cb());
    expect(f.reloads()).toBe(1);
  });

  it('another tab, after the first one activated the new version: reloads at once', () => {
    for (const state of ['activating', 'activated']) {
      const f = fakes(state);
      applyUpdate(f.waiting, f.container, f.reload);
      expect(f.reloads(), state).toBe(1);
    }
  });
});
