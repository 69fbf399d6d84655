/**
 * The components MDX content may use without importing them (passed to `<Content components>`).
 */
const modules = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });

/** Component name (file name without `.astro`) → component. */
export const mdxComponents: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [path.replace(/^\.\/(.*)\.astro$/, '$1'), mod.default]),
);
