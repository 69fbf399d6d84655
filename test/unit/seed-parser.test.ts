/**
 * The seed-guide parser (test/fixtures/seed-parser.ts): its rules on small samples, and what it
 * finds in the seed itself — enough known items per category that a broken parser cannot make the
 * coverage test (test/e2e/guide-seed.test.ts) pass by finding nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise, parseSeed, stripMarkdown, visibleText, type SeedCategory } from '../fixtures/seed-parser';

const SEED = readFileSync(new URL('../fixtures/seed-guide.txt', import.meta.url), 'utf8');
const items = parseSeed(SEED);
const byCategory = (c: SeedCategory) => items.filter((i) => i.category === c).map((i) => i.text);

describe('normalise', () => {
  it('unifies apostrophes, spaces, guillemets, escapes, emphasis and case', () => {
    expect(normalise('Nom clé de l’entreprise')).toBe(normalise("Nom clé de l'entreprise"));
    expect(normalise('«\u00a0Suivant\u202f»')).toBe('«suivant»');
    expect(normalise('« **suivant** »')).toBe('«suivant»');
    expect(normalise('Numéro SIRET \\*')).toBe('numéro siret *');
    expect(normalise('Parcourir…')).toBe('parcourir...');
    expect(normalise('Confirmez  les\tdonnées')).toBe('confirmez les données');
    expect(normalise('Cafe\u0301')).toBe('café');
  });
});

describe('stripMarkdown', () => {
  it('keeps the text of links, bold, italics and inline tags; drops footnote calls and input boxes', () => {
    expect(stripMarkdown('« [suivant](#) »')).toBe('« suivant »');
    expect(stripMarkdown('*Vous devez prendre connaissance*')).toBe('Vous devez prendre connaissance');
    expect(stripMarkdown('la 2<sup>ème</sup> proposition')).toBe('la 2ème proposition');
    expect(stripMarkdown('Supprimer <sup>(\\*)</sup>')).toBe('Supprimer');
    expect(stripMarkdown('Aller sur le site : <https://siseri.irsn.fr/>')).toBe('Aller sur le site : https://siseri.irsn.fr/');
    expect(stripMarkdown('code : [ ]   [ ]')).toBe('code :');
  });
});

describe('parseSeed on samples', () => {
  it('splits side-by-side controls and recognises required labels', () => {
    const got = parseSeed('Nom \\*  Prénom \\*\n\nCedex \u00a0Pays \\*\n\nTéléphone portable \\* (1)   Etranger\n');
    expect(got.map((i) => [i.category, i.text])).toEqual([
      ['label', 'Nom'],
      ['label', 'Prénom'],
      ['text', 'Cedex'],
      ['label', 'Pays'],
      ['label', 'Téléphone portable'],
      ['text', 'Etranger'],
    ]);
  });

  it('takes instructions whole, their « » phrases as phrases, and joins an instruction split by hard breaks', () => {
    const got = parseSeed('Saisissez le code,  \n**cochez la case**  \n puis cliquez sur « **Ajouter** »\n');
    expect(got.map((i) => [i.category, i.text])).toEqual([
      ['instruction', 'Saisissez le code, cochez la case puis cliquez sur « Ajouter »'],
      ['phrase', 'Ajouter'],
    ]);
  });

  it('reads pop-up lines after « OK » up to « Rappel : » or a question', () => {
    const got = parseSeed('Cliquez sur « OK »\n\nPremière ligne.  \nSeconde ligne.\n\nRappel : fin\n\nAutre texte\n');
    expect(got.filter((i) => i.category === 'popup').map((i) => i.text)).toEqual(['Première ligne.', 'Seconde ligne.', 'Rappel : fin']);
    expect(got.at(-1)).toMatchObject({ category: 'text', text: 'Autre texte' });
  });

  it('treats link texts and names clicked elsewhere as buttons, and splits a file picker from its file', () => {
    const got = parseSeed('[Précédent](#) [Suivant](#)\n\n**Suivant**\n\n**Attention**\n\n[Parcourir...](#) x\n\nParcourir... CNI.pdf\n');
    expect(got.map((i) => [i.category, i.text])).toEqual([
      ['button', 'Précédent'],
      ['button', 'Suivant'],
      ['title', 'Attention'],
      ['button', 'Parcourir...'],
      ['text', 'x'],
      ['text', 'CNI.pdf'],
    ]);
  });
});

describe('parseSeed on the seed guide', () => {
  it('finds every kind of PASS text', () => {
    expect(items.length).toBeGreaterThan(150);
    expect(byCategory('phrase')).toEqual(expect.arrayContaining(['Accès PASS', 'Créer un nouveau protocole', 'Je confirme ma demande de création', 'OK', 'Ajouter la signature électronique', 'Confirmez les données']));
    expect(byCategory('button')).toEqual(expect.arrayContaining(['Suivant', 'Précédent', 'Annuler', 'Aide', 'Parcourir...', 'Confirmez les données saisies et procédez à la signature électronique']));
    expect(byCategory('label')).toEqual(expect.arrayContaining(["Protocole d'accès", 'Raison sociale ou nom', 'Numéro SIRET', 'Code Postal', 'Civilité', 'Confirmation courriel', 'Téléphone portable']));
    expect(byCategory('title')).toEqual(expect.arrayContaining(["Protocole d'accès Sécurisé à SISERI - Annexe 1", 'Employeur (établissement siège ou principal) ou Organisme agréé', 'Fiche établissement', "Le protocole SISERI est créé. Il ne reste plus qu'à ajouter les porteurs."]));
    expect(byCategory('checkbox')).toEqual(expect.arrayContaining(["Je reconnais avoir pris connaissance du protocole d'accès sécurisé à SISERI", 'Pour une entreprise', 'Pour un organisme agréé pour la surveillance dosimétrique']));
    expect(byCategory('popup')).toEqual(expect.arrayContaining(["Vous n'avez pas renseigné de n° d'habilitation pour cette personne.", 'Souhaitez-vous poursuivre sans désigner de médecin du travail ?']));
    expect(byCategory('text')).toEqual(expect.arrayContaining(['RPPS (ou Adeli)', 'Envoi des informations dosimétriques', 'Soins dentaires', 'Numéro à indiquer en cas de réclamation : 202106554']));
  });

  it('keeps no Markdown in the items', () => {
    for (const i of items) expect(i.text, `ligne ${i.line}`).not.toMatch(/\*\*|\\\*|\]\(|<\/?[a-z]/);
  });
});

describe('visibleText', () => {
  it('drops scripts, JSON strings, styles and the head; glues inline tags; spaces block tags; decodes entities', () => {
    const html = '<html><head><title>T</title></head><body><p>la 2<sup>ème</sup>&nbsp;proposition</p><p>A</p><p>B &amp; C &#171;x&#187;</p><script type="application/json">{"x":"secret"}</script><style>p{}</style></body></html>';
    const text = normalise(visibleText(html));
    expect(text).toBe('la 2ème proposition a b & c «x»');
  });
});
