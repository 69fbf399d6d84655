/**
 * Copy to the clipboard with a fallback for browsers without the async Clipboard API (or when
 * it is refused): a hidden textarea and `execCommand('copy')`. Returns whether it worked.
 */

/** Minimal environment the copy needs (injected for tests). */
export interface ClipboardEnv {
  /** `navigator.clipboard.writeText`, when available. */
  writeText?: (s: string) => Promise<void>;
  /** Legacy fallback copying `s`; returns success. */
  legacyCopy?: (s: string) => boolean;
}

/** Copies `text`; resolves to `true` on success. Never throws. */
export async function copyText(text: string, env: ClipboardEnv): Promise<boolean> {
  if (env.writeText) {
    try {
      await env.writeText(text);
      return true;
    } catch {
      /* fall through to the legacy path */
    }
  }
  try {
    return env.legacyCopy ? env.legacyCopy(text) : false;
  } catch {
    return false;
  }
}
