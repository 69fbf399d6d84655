/**
 * Content collections: the guide's prose, written in MDX in the top-level `content/` folder.
 * Step titles, numbers, PASS instructions and fields come from the model (`src/model`), never
 * from frontmatter: a step file only adds explanations around them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Frontmatter of a step page, `content/etapes/<slug>.mdx` (the file name is the model's slug). */
const etapeSchema = z.object({
  /** One-sentence summary of the step, used as the page's meta description and in search results. */
  description: z.string().min(20),
  /** Date the instructions were last checked against PASS (ISO `AAAA-MM-JJ`). */
  verifiedOn: z.coerce.date().optional(),
});

/** Frontmatter of a prose page, `content/pages/<slug>.mdx` (the file name is the URL slug). */
const pageSchema = z.object({
  /** Page title: the `<h1>` and the `<title>`. */
  title: z.string().min(3),
  /** One-sentence summary: meta description and search excerpt fallback. */
  description: z.string().min(20),
  /** Pagefind filter « type » of the page (`Guide`, `FAQ`, `Glossaire`, `Informations`). */
  searchType: z.enum(['Guide', 'FAQ', 'Glossaire', 'Informations']).default('Guide'),
  /** Set to `false` to keep the page out of the search index. */
  pagefind: z.boolean().default(true),
  /** Date the content was last checked (ISO `AAAA-MM-JJ`). */
  verifiedOn: z.coerce.date().optional(),
});

/** The collections: step explanations and prose pages. */
export const collections = {
  etapes: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/etapes' }), schema: etapeSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: pageSchema }),
};
