/**
 * The one entry of the form islands, loaded only by pages that have an island: starts Alpine
 * (CSP build: no `unsafe-eval`) and registers each component once with `Alpine.data`, with its
 * dependencies injected.
 */
import './no-fence';
import Alpine from '@alpinejs/csp';
import type { FormDef } from '../model/types';
import { formIsland } from './form-island';
import { getSession } from './page-session';
import { afterLoad } from './after-load';
import { bindLater } from './bind-later';
import { announce } from '../scripts/announce';
import { pageStrings } from '../scripts/strings';
import type { frIsland } from '../i18n/fr';

/** Reads the JSON form definition Astro embedded in the page. */
function readForm(defId: string): FormDef {
  const el = document.getElementById(defId);
  return JSON.parse(el?.textContent ?? '{}') as FormDef;
}

const session = getSession();
const strings = pageStrings<typeof frIsland>('i18n-island') as typeof frIsland;
// The checks arrive with the dossier, after the page's load (see after-load.ts).
const loadLogic = () => afterLoad().then(() => import('./logic'));
Alpine.data('formIsland', () => formIsland({ session, announce, readForm, strings, loadLogic, bindLater }));
Alpine.start();
