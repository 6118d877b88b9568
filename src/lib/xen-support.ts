/**
 * Xen features' SUPPORT.md statuses (`content/data/xen-support.yaml`): one entry per feature the
 * site names, shown by `<XenStatus id="…" />` in prose and by the `support:` lists of the mode
 * matrix and comparison rows (their registry entries in data.ts cite the statuses' sources through
 * `rowSupportSources`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { XenSupportStatus } from '../content.config';
import { dataFiles } from '../loaders/data-files';
import type { UiKey } from '../i18n';

export type XenSupportEntry = CollectionEntry<'xenSupport'>['data'];

/** How strong a status is, for the badge's look; the text always says the status in full. */
export const statusLevel: Record<XenSupportStatus, string> = {
	Experimental: 'experimental',
	'Tech Preview': 'preview',
	Supported: 'supported',
	'Supported, with caveats': 'caveats',
	'Supported, not security supported': 'not-security',
	'Supported, Security support external': 'external',
	'Supported, security supported only when run de-privileged': 'caveats',
	'Support scope restricted': 'caveats',
	Deprecated: 'deprecated',
};

/** The UI string that names a status in the reader's language. */
export const statusKey: Record<XenSupportStatus, UiKey> = {
	Experimental: 'xenStatus.experimental',
	'Tech Preview': 'xenStatus.techPreview',
	Supported: 'xenStatus.supported',
	'Supported, with caveats': 'xenStatus.withCaveats',
	'Supported, not security supported': 'xenStatus.notSecuritySupported',
	'Supported, Security support external': 'xenStatus.securityExternal',
	'Supported, security supported only when run de-privileged': 'xenStatus.deprivileged',
	'Support scope restricted': 'xenStatus.scopeRestricted',
	Deprecated: 'xenStatus.deprecated',
};

let index: Promise<Map<string, XenSupportEntry>> | undefined;
function getIndex() {
	index ??= getCollection('xenSupport').then(
		(entries) => new Map(entries.map((e) => [e.id, e.data]))
	);
	return index;
}

/** An entry by id, or undefined; callers name the file and line of the reference that failed. */
export async function findXenSupport(id: string): Promise<XenSupportEntry | undefined> {
	return (await getIndex()).get(id);
}

/** The message for an id that `xen-support.yaml` does not have. */
export function unknownStatusMessage(where: string, id: string): string {
	return `${where}: <XenStatus id="${id}"> names no entry of ${dataFiles.xenSupport}. Add the feature there (section, status, version, source) or fix the id.`;
}

/**
 * The sources behind the statuses a data row shows, as `{ id, entry, place }` like its own
 * sources, so the page numbers them and a badge's citation resolves. `place` is `row/ref` for a
 * list of badges and `row/attribute/ref` for badges per attribute, as the components name them.
 */
export async function rowSupportSources(row: {
	id: string;
	support?: { id: string }[] | Record<string, { id: string }[] | undefined> | undefined;
}): Promise<{ id: string; entry: string; place: string }[]> {
	const refs = Array.isArray(row.support)
		? row.support.map((ref) => ({ ref, place: `${row.id}/${ref.id}` }))
		: Object.entries(row.support ?? {}).flatMap(([attribute, list]) =>
				(list ?? []).map((ref) => ({ ref, place: `${row.id}/${attribute}/${ref.id}` }))
			);
	const out: { id: string; entry: string; place: string }[] = [];
	for (const { ref, place } of refs) {
		const entry = await findXenSupport(ref.id);
		if (entry) out.push({ id: entry.source.id, entry: row.id, place });
	}
	return out;
}
