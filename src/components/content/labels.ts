/** The content components' strings: a section of the French table (`src/i18n/fr.ts`). */
export { frContent as CONTENT_LABELS } from '../../i18n/fr';
