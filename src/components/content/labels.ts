/**
 * French strings of the MDX content components (`src/components/content/`), kept together so their
 * wording is reviewed in one place (candidates to move into `src/i18n/fr.ts`). Typography: ’
 * apostrophe, no-break space (U+00A0) before « : ».
 */
export const CONTENT_LABELS = {
  /** Visible label of each `<Callout>` type. */
  callout: { info: 'Information', attention: 'Attention', astuce: 'Astuce' },
  /** `<Source>`: prefix and the « checked on » wording (the external-link notice is `footer.external` in `src/i18n/fr.ts`). */
  source: {
    prefix: 'Source\u00a0: ',
    /** Shown for addresses that may move (siseri.irsn.fr, docs.siseri.irsn.fr: IRSN → ASNR). */
    mayMove: 'adresse susceptible de changer, vérifiée le ',
    checked: 'consultée le ',
  },
  /** `<Certainty>`: badge text and its explanation, per level (DOMAIN.md tags). */
  certainty: {
    'sûr': { text: 'texte officiel', explanation: 'Information tirée d’un texte ou d’un site officiel' },
    secondaire: { text: 'source secondaire', explanation: 'Information tirée d’une source non officielle, cohérente avec les autres' },
    incertain: { text: 'à vérifier', explanation: 'Information non confirmée par une source officielle' },
  },
  /** `<StepLink>`: « Étape N : titre ». */
  step: (n: number, title: string) => `Étape ${n}\u00a0: ${title}`,
} as const;
