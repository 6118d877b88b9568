import { parse } from 'yaml';

/** The YAML frontmatter of an MDX page as data; an error names the file when there is none. */
export function readFrontmatter(text: string, file: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---/.exec(text.replace(/\r\n?/g, '\n'));
	if (!match) throw new Error(`${file}: no frontmatter block`);
	return (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
}
