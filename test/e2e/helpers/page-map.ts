/** The page map of PRODUCT.md: a public contract, written out here on purpose (not read from the build). */
export const PAGE_MAP = [
  '/', '/avant-de-commencer/',
  '/etapes/acces-pass/', '/etapes/choix-de-la-demarche/', '/etapes/confirmation/', '/etapes/protocole/',
  '/etapes/employeur/', '/etapes/representant-legal/', '/etapes/etablissement/', '/etapes/pieces-justificatives/',
  '/etapes/correspondant-employeur/', '/etapes/medecin-du-travail/', '/etapes/pcr/', '/etapes/travailleurs/',
  '/etapes/signature/', '/etapes/apres-la-creation/',
  '/recapitulatif/', '/faq/', '/glossaire/', '/liens/', '/confidentialite/', '/accessibilite/', '/recopier/', '/recherche/',
];
