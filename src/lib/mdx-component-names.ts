/**
 * The components MDX pages may use without importing them. `src/components/mdx.ts` maps each name
 * to its component (and `astro check` fails if the two lists differ); the markdown plugins, which
 * cannot import `.astro` files, read the names here to reject an unknown component at its line.
 */
export const mdxComponentNames = [
	'Cite',
	'Term',
	'ComparisonTable',
	'GlossaryList',
	'IoctlTable',
	'KvmModuleTable',
	'ModeMatrix',
	'SourceList',
	'Timeline',
	'XenStatus',
] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
