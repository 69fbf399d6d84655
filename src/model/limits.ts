/**
 * The one set of size limits of a dossier, enforced at input (the fields' `maxlength`, the checks'
 * messages, the list refusing a 101st entry), at export and at import — so that every dossier the
 * form can produce is exported and imported back unchanged.
 */

/** Longest value of a text field, in characters (UTF-16 code units, as `maxlength` counts). */
export const MAX_FIELD_LENGTH = 2000;
/** Most entries in one list (CES, MDT, PCR). */
export const MAX_LIST_ENTRIES = 100;
/** Most dossiers kept in one browser, and in one export or import file. */
export const MAX_DOSSIERS = 200;
/** Largest import file, in bytes: above the export of one dossier at every limit (about 20 Mo). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
