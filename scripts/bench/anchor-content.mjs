/**
 * The texts of the Starlight anchor (`npm run bench -- --anchor`), from the site's own sources:
 * each prose page of `content/pages/` and one page per step of the model (« Étape N : titre »,
 * PASS's instruction, then the prose of `content/etapes/<slug>.mdx`). Pure: strings in, strings
 * out. The site's MDX components become the plain Markdown of what they print (a field's label,
 * « Étape N : titre » as a link, « Source : titre » as a link, the certainty badge's words), a
 * `<Callout>` becomes a Starlight aside, a checklist a Markdown task list; the interactive ones
 * (`<ChecklistStatus>`, `<EffacerDonnees>`, `<ReportError>`) are dropped: Starlight has no
 * browser-side dossier. The forms, PASS mock-ups and the dossier pages' islands have no
 * equivalent: the anchor is the same texts as a documentation site, nothing more.
 */

/**
 * @typedef {object} AnchorModel  what the texts need from the model (`anchor-entry.mjs`)
 * @property {{ slug: string, number: number, title: string, instruction: string }[]} steps
 * @property {Record<string, string>} fields  field id → PASS label
 * @property {Record<string, string>} checklist  checklist item key → label
 * @property {string[]} symbols  PASS's risky symbols
 * @property {Record<string, string>} certainty  level → badge text
 */

/** Components dropped with their content: they only work with the site's browser-side dossier. */
export const DROPPED = ['ChecklistStatus', 'EffacerDonnees', 'ReportError'];

/** `<Callout type>` → Starlight aside type. */
const ASIDES = { info: 'note', attention: 'caution', astuce: 'tip' };

/** The attributes of a JSX tag's attribute text: `a="x" b="y"`. */
function attrs(text) {
  return Object.fromEntries([...text.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Splits an MDX file into its frontmatter (flat `key: value` lines) and body. */
export function splitFrontmatter(source) {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!m) return { data: {}, body: source };
  /** @type {Record<string, string>} */
  const data = {};
  for (const line of m[1].split('\n')) {
    const kv = /^([\w-]+):\s*(.*)$/.exec(line);
    if (kv) data[kv[1]] = kv[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return { data, body: source.slice(m[0].length) };
}

/**
 * The body of an MDX file as Starlight Markdown. Throws on a component it does not know, so that a
 * new component is noticed rather than silently printed as text.
 * @param {string} body
 * @param {AnchorModel} model
 */
export function toStarlightMarkdown(body, model) {
  const step = (slug) => {
    const s = model.steps.find((x) => x.slug === slug);
    if (!s) throw new Error(`Ancre Starlight : étape « ${slug} » inconnue du modèle.`);
    return s;
  };
  const stepHref = (a) => `/etapes/${a.slug}/${a.section ? `#${a.section}` : ''}`;
  const known = (table, key, what) => {
    if (!(key in table)) throw new Error(`Ancre Starlight : ${what} « ${key} » inconnu du modèle.`);
    return table[key];
  };
  let out = body
    .replace(/^(import|export) .*$/gm, '')
    .replace(/\{("(?:[^"\\]|\\.)*")\}/g, (_, s) => JSON.parse(s))
    .replace(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/g, (_, n, text) => `${'#'.repeat(Number(n))} ${text.trim()}`)
    .replace(/<\/?div\b[^>]*>/g, '')
    .replace(/<Callout\b([^>]*)>/g, (_, a) => {
      const { type = 'info', title } = attrs(a);
      return `:::${known(ASIDES, type, 'type d’encadré')}${title ? `[${title.replace(/[[\]]/g, '')}]` : ''}`;
    })
    .replace(/<\/Callout>/g, ':::')
    .replace(/<\/?Checklist>/g, '')
    .replace(/<ChecklistItem\b([^>]*)>/g, (_, a) => `- [ ] **${known(model.checklist, attrs(a).item, 'élément de liste')}** : `)
    .replace(/<\/ChecklistItem>/g, '')
    .replace(/<StepLink\b([^>]*?)\/>/g, (_, a) => {
      const s = step(attrs(a).slug);
      return `[Étape ${s.number} : ${s.title}](${stepHref(attrs(a))})`;
    })
    .replace(/<StepLink\b([^>]*)>([\s\S]*?)<\/StepLink>/g, (_, a, text) => (step(attrs(a).slug), `[${text}](${stepHref(attrs(a))})`))
    .replace(/<SiteLink\b([^>]*)>([\s\S]*?)<\/SiteLink>/g, (_, a, text) => `[${text}](${attrs(a).href})`)
    .replace(/<FieldLink\b([^>]*?)\/>/g, (_, a) => `« ${known(model.fields, attrs(a).id, 'champ')} »`)
    .replace(/<PassButton\b([^>]*?)\/>/g, (_, a) => `« **${attrs(a).label}** »`)
    .replace(/<PassSymbols\s*\/>/g, () => model.symbols.map((c) => `\`${c}\``).join(', '))
    .replace(/<Certainty\b([^>]*?)\/>/g, (_, a) => `(${known(model.certainty, attrs(a).level, 'niveau de certitude')})`)
    .replace(/<Source\b([^>]*?)\/>/g, (_, a) => {
      const { href, title } = attrs(a);
      return `(Source : ${href ? `[${title}](${href})` : title})`;
    });
  for (const name of DROPPED) out = out.replace(new RegExp(`<${name}\\b[^>]*/>`, 'g'), '');
  const left = /<[A-Z]\w*/.exec(out);
  if (left) throw new Error(`Ancre Starlight : composant ${left[0]}> non traduit en Markdown.`);
  return `${out.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** A Markdown file with a YAML frontmatter (strings as JSON strings, which YAML reads). */
function markdownFile(front, body) {
  const yaml = Object.entries(front).map(([k, v]) => (typeof v === 'object' ? `${k}:\n${Object.entries(v).map(([k2, v2]) => `  ${k2}: ${JSON.stringify(v2)}`).join('\n')}` : `${k}: ${JSON.stringify(v)}`));
  return `---\n${yaml.join('\n')}\n---\n\n${body}`;
}

/**
 * Every file of the anchor's `src/content/docs/`: `{ path, text }` with `path` relative to it.
 * @param {{ pages: Record<string, string>, steps: Record<string, string> }} sources  slug → MDX source
 * @param {AnchorModel} model
 */
export function anchorDocs(sources, model) {
  const files = [];
  for (const [slug, source] of Object.entries(sources.pages).sort()) {
    const { data, body } = splitFrontmatter(source);
    const path = slug === 'accueil' ? 'index.md' : `${slug}.md`;
    files.push({ path, text: markdownFile({ title: data.title, description: data.description }, toStarlightMarkdown(body, model)) });
  }
  for (const s of model.steps) {
    const source = sources.steps[s.slug];
    if (source === undefined) throw new Error(`Ancre Starlight : content/etapes/${s.slug}.mdx manque.`);
    const { data, body } = splitFrontmatter(source);
    const text = `Consigne de PASS : ${s.instruction}\n\n${toStarlightMarkdown(body, model)}`;
    files.push({ path: `etapes/${s.slug}.md`, text: markdownFile({ title: `Étape ${s.number} : ${s.title}`, description: data.description, sidebar: { order: s.number } }, text) });
  }
  return files;
}
