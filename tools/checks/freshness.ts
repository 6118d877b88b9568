/**
 * `npm run check:freshness`: pages whose facts have not been checked against their sources for
 * 12 months. Every page records the day in its frontmatter (`checked: 2026-12-02`, shown as "Facts
 * checked …" in the page meta); a page without a valid day is reported too, since the build would
 * refuse it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';

export interface FreshnessOptions {
	/** Folder holding `content/docs/`. */
	root?: string;
	/** The day to measure from (tests pin it); default: now. */
	today?: Date;
	/** How old a check may be, in months. */
	maxMonths?: number;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The `checked` day of a page as written, or undefined when it is missing or malformed. */
function checkedDay(value: unknown): string | undefined {
	// The YAML reader may hand a bare date over as a Date.
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
	if (typeof text !== 'string' || !dayPattern.test(text)) return undefined;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : undefined;
}

/** Whole months from `from` to `to` (a month counts once its day of the month is reached). */
function monthsBetween(from: Date, to: Date): number {
	const months =
		(to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
	return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

export async function checkFreshness({
	root = projectRoot,
	today = new Date(),
	maxMonths = 12,
}: FreshnessOptions = {}): Promise<Finding[]> {
	const docs = join(root, 'content', 'docs');
	const files = (await readdir(docs, { recursive: true }))
		.map(String)
		.filter((file) => file.endsWith('.mdx'))
		.sort();
	const findings: Finding[] = [];
	for (const file of files) {
		const where = `content/docs/${file.split('\\').join('/')}`;
		const text = await readFile(join(docs, file), 'utf8');
		const day = checkedDay(readFrontmatter(text, where).checked);
		const line = text.split('\n').findIndex((l) => l.startsWith('checked:')) + 1;
		if (!day) {
			findings.push({
				where: line ? `${where}:${line}` : where,
				problem: 'has no valid `checked` day in its frontmatter',
				expected: 'checked: YYYY-MM-DD, the day its facts were last checked against their sources',
			});
			continue;
		}
		const age = monthsBetween(new Date(`${day}T00:00:00Z`), today);
		if (age >= maxMonths)
			findings.push({
				where: `${where}:${line}`,
				problem: `facts last checked ${day}, ${age} months ago (pages are re-checked at least every ${maxMonths} months)`,
				expected: `re-check its dates, versions and statuses against the cited sources, then set checked: ${today.toISOString().slice(0, 10)}`,
			});
	}
	return findings;
}

await runAsCommand(import.meta, 'freshness', () => checkFreshness());
