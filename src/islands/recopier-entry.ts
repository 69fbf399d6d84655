/**
 * Entry of « Recopier dans PASS »: Alpine (CSP build) with the recopier island. The model, the
 * checks (`summarize`) and the store arrive with `import()`, after the page's load (after-load.ts).
 */
import './no-fence';
import Alpine from '@alpinejs/csp';
import { recopierView, type TicksStore } from './recopier';
import { getManager, getSession } from './page-session';
import { afterLoad } from './after-load';
import { announce } from '../scripts/announce';
import { pageStrings } from '../scripts/strings';
import type { frRecopier } from '../i18n/steps.fr';
import { copyScreens, parseTicks, ticksKey } from '../lib/recopier';

const base = document.documentElement.dataset.base ?? '/';
const strings = pageStrings<typeof frRecopier>('i18n-recopier') as typeof frRecopier;

/** `summarize` (the récapitulatif's walk over the dossier) regrouped as PASS screens. */
async function derive() {
  await afterLoad();
  const { summarize } = await import('../lib/summary');
  const s = { entry: strings.entry, entryIssue: '', fieldIssue: '' };
  return (data: Parameters<typeof summarize>[0]) => copyScreens(summarize(data, s));
}

let ticksStore: Promise<TicksStore> | undefined;
/** The ticks, in the site's store next to the dossiers (erased by « Effacer mes données »). */
function ticks(): Promise<TicksStore> {
  ticksStore ??= afterLoad()
    .then(() => Promise.all([import('../lib/store/localforage-kv'), import('../lib/store/lock')]))
    .then(async ([{ openBrowserKV }, { webLock }]) => {
      const kv = await openBrowserKV();
      const exclusive = webLock(navigator.locks);
      return {
        load: async (id) => parseTicks(await exclusive(() => kv.getItem(ticksKey(id)))),
        // A plain copy: the island's ticks are a reactive proxy, which IndexedDB cannot clone.
        save: (id, t) => exclusive(() => kv.setItem(ticksKey(id), { ...t })),
      };
    });
  return ticksStore;
}

Alpine.data('recopierView', () =>
  recopierView({
    session: getSession(),
    manager: getManager,
    derive,
    ticks,
    announce,
    copyText: (text) => navigator.clipboard.writeText(text),
    strings,
    base,
  }),
);
Alpine.start();
