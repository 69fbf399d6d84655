/**
 * The dossier session as the islands see it: the types live with the store
 * (`lib/store/page-types.ts`); `page-session.ts` gives the page's one session.
 */
export type { DossierItem, DossierManager, DossierSession, SessionNotice, SessionStatus } from '../lib/store/page-types';
