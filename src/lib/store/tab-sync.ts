/**
 * Two tabs on the same dossier: after each save a tab posts `{ type: 'saved', dossierId, savedAt,
 * tabId }` on a BroadcastChannel; a tab receiving one for the dossier it shows calls
 * `onRemoteChange` (the UI reloads the values when the user is not typing, or warns). Pure: the
 * channel is injected (a fake in tests, `null` where BroadcastChannel does not exist).
 */

/** Name of the guide's BroadcastChannel. */
const CHANNEL_NAME = 'guide-siseri-dossiers';

/** The part of a BroadcastChannel the sync uses. */
export interface ChannelLike {
  /** Sends to the other tabs (not to this one). */
  postMessage(message: unknown): void;
  /** Receives from the other tabs. */
  onmessage: ((event: { data: unknown }) => void) | null;
  /** Closes the channel. */
  close?(): void;
}

/** Another tab saved a dossier. */
export interface SavedMessage {
  /** Kind. */
  type: 'saved';
  /** The dossier saved. */
  dossierId: string;
  /** Its new `savedAt`. */
  savedAt: string;
  /** The sending tab. */
  tabId: string;
}

/** Another tab changed the list of dossiers (created, renamed, deleted, imported). */
export interface IndexMessage {
  /** Kind. */
  type: 'index';
  /** The sending tab. */
  tabId: string;
}

/** Another tab erased every dossier (« Effacer mes données »): stop saving what this tab shows. */
export interface ErasedMessage {
  /** Kind. */
  type: 'erased';
  /** The sending tab. */
  tabId: string;
}

/** Options of `createTabSync`. */
export interface TabSyncOptions {
  /** The channel, or `null` (no sync). */
  channel: ChannelLike | null;
  /** This tab's id (`crypto.randomUUID()`). */
  tabId: string;
  /** Another tab saved the dossier this tab shows. */
  onRemoteChange: (message: SavedMessage) => void;
  /** Another tab changed the list, or saved another dossier (names and dates may have changed). */
  onListChange?: () => void;
  /** Another tab erased everything. */
  onErased?: () => void;
}

/** The sync of one tab. */
export interface TabSync {
  /** The dossier this tab shows (`null`: none). */
  show(dossierId: string | null): void;
  /** Tells the other tabs that this tab saved a dossier. */
  saved(dossierId: string, savedAt: string): void;
  /** Tells the other tabs that this tab changed the list of dossiers. */
  listChanged(): void;
  /** Tells the other tabs that everything was erased. */
  erased(): void;
  /** Handles a message (what the channel's `onmessage` calls; public for tests). */
  receive(data: unknown): void;
  /** Stops listening and closes the channel. */
  close(): void;
}

/** A well-formed message from another tab, or `null`. */
function readMessage(data: unknown, ownTab: string): SavedMessage | IndexMessage | ErasedMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.tabId !== 'string' || m.tabId === ownTab) return null;
  if (m.type === 'index') return { type: 'index', tabId: m.tabId };
  if (m.type === 'erased') return { type: 'erased', tabId: m.tabId };
  if (m.type === 'saved' && typeof m.dossierId === 'string' && typeof m.savedAt === 'string' && !Number.isNaN(Date.parse(m.savedAt))) {
    return { type: 'saved', dossierId: m.dossierId, savedAt: m.savedAt, tabId: m.tabId };
  }
  return null;
}

/** Creates the sync and starts listening on `options.channel`. */
export function createTabSync(options: TabSyncOptions): TabSync {
  const { channel, tabId, onRemoteChange, onListChange = () => undefined, onErased = () => undefined } = options;
  let shown: string | null = null;
  const post = (message: SavedMessage | IndexMessage | ErasedMessage) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel: the other tabs will see the change on their next load.
    }
  };
  const sync: TabSync = {
    show(dossierId) {
      shown = dossierId;
    },
    saved(dossierId, savedAt) {
      post({ type: 'saved', dossierId, savedAt, tabId });
    },
    listChanged() {
      post({ type: 'index', tabId });
    },
    erased() {
      post({ type: 'erased', tabId });
    },
    receive(data) {
      const message = readMessage(data, tabId);
      if (!message) return;
      if (message.type === 'erased') onErased();
      else if (message.type === 'saved' && message.dossierId === shown) onRemoteChange(message);
      else onListChange();
    },
    close() {
      if (channel) {
        channel.onmessage = null;
        channel.close?.();
      }
    },
  };
  if (channel) channel.onmessage = (event) => sync.receive(event.data);
  return sync;
}

/** Opens the guide's BroadcastChannel from `scope` (default: `globalThis`), or `null` where there is none. */
export function openChannel(scope: { BroadcastChannel?: new (name: string) => ChannelLike } = globalThis as object): ChannelLike | null {
  try {
    const Channel = scope.BroadcastChannel;
    return typeof Channel === 'function' ? new Channel(CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}
