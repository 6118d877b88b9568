import { createHash } from 'node:crypto';

/**
 * The version of a page's source file that a translation records in `translatedFrom.hash`: the
 * first 12 hex characters of the SHA-256 of its text, ignoring line-ending and trailing-space
 * differences. Plain Node (no Astro imports) so `npm run i18n:status` computes the same value.
 * The frontmatter's `checked:` line is left out: re-checking the facts without changing a word
 * must not make every translation stale.
 */
export function sourceVersion(text: string): string {
	const normalized = text
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t]+$/gm, '')
		.replace(/^(---\n(?:(?!---\n)[^\n]*\n)*?)checked:[^\n]*\n/, '$1')
		.trimEnd();
	return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}
