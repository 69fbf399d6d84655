/**
 * The Starlight anchor's texts (`scripts/bench/anchor-content.mjs`, `npm run bench -- --anchor`):
 * each MDX component of the site becomes the Markdown of what it prints, the interactive ones are
 * dropped, an unknown component is refused; every file of `content/` translates with the real
 * model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorDocs, splitFrontmatter, toStarlightMarkdown } from '../../scripts/bench/anchor-content.mjs';
import { anchorModel } from '../../scripts/bench/anchor-entry.mjs';

const MODEL = {
  steps: [
    { slug: 'acces', number: 1, title: 'Ouvrir PASS', instruction: 'Cliquez sur « PASS ».' },
    { slug: 'employeur', number: 2, title: 'Identifier l’employeur', instruction: 'Renseignez l’employeur.' },
  ],
  fields: { 'employeur-siret': 'Numéro SIRET' },
  checklist: { rpps: 'Le numéro RPPS' },
  symbols: ['&', '/'],
  certainty: { 'sûr': 'texte officiel', incertain: 'à vérifier' },
};

describe('toStarlightMarkdown', () => {
  it('writes each component as the text it prints', () => {
    const mdx = [
      '<h2 id="a-faire">Ce qu’il faut faire</h2>',
      '',
      'Saisissez <FieldLink id="employeur-siret" /> puis <PassButton label="Suivant" /> ; voir <StepLink slug="acces" section="x" /> et <StepLink slug="employeur">cette étape</StepLink>.',
      'Le <SiteLink href="/glossaire/#ces">glossaire</SiteLink> <Certainty level="incertain" /> <Source href="https://exemple.fr/" title="Un texte" /> <Source title="Un livre" />',
      'Symboles : <PassSymbols />. Adresse : {"https://siseri.irsn.fr/"}.',
    ].join('\n');
    expect(toStarlightMarkdown(mdx, MODEL)).toBe(
      [
        '## Ce qu’il faut faire',
        '',
        'Saisissez « Numéro SIRET » puis « **Suivant** » ; voir [Étape 1 : Ouvrir PASS](/etapes/acces/#x) et [cette étape](/etapes/employeur/).',
        'Le [glossaire](/glossaire/#ces) (à vérifier) (Source : [Un texte](https://exemple.fr/)) (Source : Un livre)',
        'Symboles : `&`, `/`. Adresse : https://siseri.irsn.fr/.',
        '',
      ].join('\n'),
    );
  });

  it('turns callouts into Starlight asides and checklists into task lists, and drops the interactive components', () => {
    const mdx = [
      '<ChecklistStatus />',
      '',
      '<Callout type="attention" title="Le bon téléphone">',
      'Un **portable**.',
      '</Callout>',
      '',
      '<Checklist>',
      '<ChecklistItem item="rpps">11 chiffres.</ChecklistItem>',
      '</Checklist>',
      '',
      '<div id="effacer-donnees">',
      '<EffacerDonnees />',
      '</div>',
      '<ReportError />',
    ].join('\n');
    expect(toStarlightMarkdown(mdx, MODEL)).toBe(':::caution[Le bon téléphone]\nUn **portable**.\n:::\n\n- [ ] **Le numéro RPPS** : 11 chiffres.\n');
  });

  it('refuses a component it cannot translate, and unknown steps or fields', () => {
    expect(() => toStarlightMarkdown('Texte <Nouveau a="b" />', MODEL)).toThrow(/Nouveau/);
    expect(() => toStarlightMarkdown('<StepLink slug="nulle-part" />', MODEL)).toThrow(/nulle-part/);
    expect(() => toStarlightMarkdown('<FieldLink id="inconnu" />', MODEL)).toThrow(/inconnu/);
  });
});

describe('anchorDocs', () => {
  it('makes the home page the index, one page per step of the model in order, titles from the model', () => {
    const docs = anchorDocs(
      {
        pages: { accueil: '---\ntitle: Accueil\ndescription: Le guide en une page.\n---\n\nBonjour.\n', faq: '---\ntitle: FAQ\ndescription: Les questions.\n---\n\nRéponses.\n' },
        steps: { acces: '---\ndescription: Ouvrir PASS.\n---\n\nTexte 1.\n', employeur: '---\ndescription: L’employeur.\n---\n\nTexte 2.\n' },
      },
      MODEL,
    );
    expect(docs.map((d) => d.path)).toEqual(['index.md', 'faq.md', 'etapes/acces.md', 'etapes/employeur.md']);
    expect(docs[3]?.text).toBe('---\ntitle: "Étape 2 : Identifier l’employeur"\ndescription: "L’employeur."\nsidebar:\n  order: 2\n---\n\nConsigne de PASS : Renseignez l’employeur.\n\nTexte 2.\n');
    expect(() => anchorDocs({ pages: {}, steps: { acces: '' } }, MODEL)).toThrow(/employeur\.mdx/);
  });

  it('reads flat frontmatter', () => {
    expect(splitFrontmatter('---\ntitle: "A : b"\nsearchType: FAQ\n---\nCorps')).toEqual({ data: { title: 'A : b', searchType: 'FAQ' }, body: 'Corps' });
  });

  it('translates every file of content/ with the real model, no component left', () => {
    const read = (folder: string) =>
      Object.fromEntries(readdirSync(join('content', folder)).filter((f) => f.endsWith('.mdx')).map((f) => [f.slice(0, -4), readFileSync(join('content', folder, f), 'utf8')]));
    const pages = read('pages');
    const docs = anchorDocs({ pages, steps: read('etapes') }, anchorModel());
    expect(docs).toHaveLength(Object.keys(pages).length + anchorModel().steps.length);
    for (const d of docs) expect(d.text, d.path).not.toMatch(/<[A-Z]\w*/);
  });
});
