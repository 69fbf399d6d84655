/** The page's single dossier session (memory for now; persistent once storage is wired). */
import { createMemorySession, type DossierSession } from './session';

let session: DossierSession | undefined;

/** The session shared by every island of this page. */
export function getSession(): DossierSession {
  session ??= createMemorySession();
  return session;
}
