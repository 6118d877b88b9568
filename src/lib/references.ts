/**
 * What a docs page cites, worked out at compile time by `src/plugins/remark-citations.ts` and
 * handed to the page in `remarkPluginFrontmatter.references`. Declared here, with the code that
 * reads it (`citations.ts`, `page-meta.ts`), so `src/lib` never imports from the plugins.
 */

/** A `<Cite id>` or an MDX component, in the order the reader meets them. */
export type CitationItem =
	| { kind: 'cite'; id: string; line: number | undefined }
	/** `<XenStatus id>`: cites the source its xen-support.yaml entry was read from. */
	| { kind: 'status'; id: string; line: number | undefined }
	| { kind: 'component'; name: string };

export interface PageReferences {
	/** Citations and components in reading order; data components cite their rows' sources here. */
	items: CitationItem[];
	/** Glossary ids of `<Term id="…">`, in order of appearance. */
	terms: { id: string; line: number | undefined }[];
	/** Names of the MDX components the page uses (`Timeline`, `GlossaryList`…), each once. */
	components: string[];
}
