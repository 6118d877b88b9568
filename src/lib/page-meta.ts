import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { siteConfig } from '../site.config';
import { dataComponentNamed } from './data';
import { getTwins, type DocPage } from './docs';
import type { PageReferences } from './references';
import { sourceVersion } from './translation-version';

/** A file (or, for a folder path ending in `/`, the folder) on the repository's branch. */
export function repositoryUrl(path: string, action: 'edit' | 'history' = 'edit'): string {
	const clean = path.replace(/\/$/, '');
	const kind = action === 'history' ? 'commits' : path.endsWith('/') ? 'tree' : 'edit';
	return `${siteConfig.repo}/${kind}/${siteConfig.branch}/${clean}`;
}

const commitDates = new Map<string, Date | undefined>();

/**
 * Date of the last commit that touched a file, or undefined outside a git checkout. A shallow
 * clone knows only its newest commit, so every page would show that date (see README).
 */
function lastCommitDate(path: string): Date | undefined {
	if (!commitDates.has(path)) {
		let date: Date | undefined;
		try {
			const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', path], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim();
			date = out ? new Date(out) : undefined;
		} catch {
			date = undefined;
		}
		commitDates.set(path, date);
	}
	return commitDates.get(path);
}

export interface TranslationState {
	/** The page this one was translated from. */
	source: DocPage;
	/** True when the source file changed after the recorded version. */
	stale: boolean;
}

/** Whether a translated page still matches the version of its source it was translated from. */
export async function getTranslationState(page: DocPage): Promise<TranslationState | undefined> {
	const from = page.entry.data.translatedFrom;
	if (!from) return undefined;
	const source = (await getTwins(page)).find((twin) => twin.locale === from.locale);
	if (!source)
		throw new Error(
			`${page.sourceFile}: translatedFrom.locale: there is no ${from.locale} twin of this page to translate from`
		);
	if (source.entry.data.translatedFrom?.locale === page.locale)
		throw new Error(
			`${page.sourceFile} and ${source.sourceFile} each record the other as their source (translatedFrom): keep it only on the translation`
		);
	const current = sourceVersion(readFileSync(source.sourceFile, 'utf8'));
	return { source, stale: current !== from.hash };
}

export interface PageMeta {
	editUrl: string;
	/** Data files the page is built from, with their edit links. */
	data: { file: string; url: string }[];
	/** Newest commit date of the page file and its data files. */
	lastUpdated: Date | undefined;
	/** When the page's facts were last checked against their sources (frontmatter `checked`). */
	checked: Date;
	historyUrl: string;
	translation: TranslationState | undefined;
}

export async function getPageMeta(
	page: DocPage,
	references: PageReferences | undefined
): Promise<PageMeta> {
	const data = (references?.components ?? [])
		.map((name) => dataComponentNamed(name)?.file)
		.filter((file): file is string => file !== undefined)
		.map((file) => ({ file, url: repositoryUrl(file) }));
	const dates = [page.sourceFile, ...data.map((d) => d.file)]
		.map(lastCommitDate)
		.filter((date): date is Date => date !== undefined);
	return {
		editUrl: repositoryUrl(page.sourceFile),
		data,
		lastUpdated: dates.length ? new Date(Math.max(...dates.map(Number))) : undefined,
		checked: page.entry.data.checked,
		historyUrl: repositoryUrl(page.sourceFile, 'history'),
		translation: await getTranslationState(page),
	};
}
