/**
 * Every content collection and its schema. This is the only file that defines the shape of the
 * data in `content/`; everything else reads the typed result through `src/lib/`.
 *
 * Language-neutral facts (ids, dates, versions, URLs) are written once. Text is written inline
 * for every locale as `{ en: …, zh-cn: … }`, so a date can never drift between the languages and
 * a missing translation fails the build with the file, line and field named.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { localeCodes, type Locale } from './i18n/locales';
import { dataFiles } from './loaders/data-files';
import { yamlList } from './loaders/yaml-list';

const languageName: Record<Locale, string> = {
	en: 'English (en)',
	'zh-cn': 'Chinese (zh-cn)',
};

/** Non-empty text in one locale, with a message that says which language is missing. */
const text = (locale: Locale) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `${languageName[locale]} text is missing`
					: `expected ${languageName[locale]} text, got ${JSON.stringify(issue.input)}`,
		})
		.trim()
		.min(1, { error: `${languageName[locale]} text is empty` });

/** The same text in every locale: `{ en: "…", zh-cn: "…" }`. */
const localized = z.strictObject(
	Object.fromEntries(localeCodes.map((locale) => [locale, text(locale)])) as Record<
		Locale,
		ReturnType<typeof text>
	>,
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `unknown language key(s) ${issue.keys.join(', ')}; expected only ${localeCodes.join(', ')}`
				: `expected a map with one entry per language (${localeCodes.join(', ')})`,
	}
);
export type Localized = z.infer<typeof localized>;

/** A list of short strings per locale (aliases, interfaces), written `{ en: [...], zh-cn: [...] }`. */
const localizedList = z.strictObject(
	Object.fromEntries(
		localeCodes.map((locale) => [locale, z.array(text(locale)).default([])])
	) as Record<Locale, z.ZodDefault<z.ZodArray<ReturnType<typeof text>>>>
);

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A calendar date with its precision, written `2007`, `2007-02` or `2007-02-05`. YAML reads a bare
 * `2007` as a number, so numbers are accepted and turned into text first.
 */
const partialDate = z.preprocess(
	(value) => (typeof value === 'number' ? String(value) : value),
	z
		.string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
		.regex(datePattern, { error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
		.refine(
			(value) => {
				const [, y, m, d] = datePattern.exec(value) ?? [];
				if (m && (Number(m) < 1 || Number(m) > 12)) return false;
				if (d) {
					const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
					return date.getUTCDate() === Number(d);
				}
				return true;
			},
			{ error: 'not a real calendar date' }
		)
		.transform((value) => {
			const [, y, m, d] = datePattern.exec(value) ?? [];
			const precision: 'day' | 'month' | 'year' = d ? 'day' : m ? 'month' : 'year';
			return { iso: value, precision, year: Number(y) };
		})
);
export type PartialDate = z.infer<typeof partialDate>;

/**
 * A data entry's place in its file (set by the loader, never written by authors), so tables and
 * lists keep the order the file gives even though Astro stores entries sorted by id.
 */
const position = z.number().int().nonnegative();

/** At least one id from the `sources` collection. */
const sourceRefs = z.array(reference('sources')).min(1, { error: 'cite at least one source id' });

const checkedError =
	'expected the day the facts were last checked against their sources, written YYYY-MM-DD (checked: 2026-12-02)';

/**
 * A calendar day written `YYYY-MM-DD`. YAML may hand it over as a Date (midnight UTC) or as text;
 * either becomes a Date at midnight UTC.
 */
const factsChecked = z.preprocess(
	(value) =>
		value instanceof Date && !Number.isNaN(value.getTime())
			? value.toISOString().slice(0, 10)
			: value,
	z
		.string({
			error: (issue) => (issue.input === undefined ? `missing: ${checkedError}` : checkedError),
		})
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: checkedError })
		.transform((value, context) => {
			const date = new Date(`${value}T00:00:00Z`);
			if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
				context.addIssue({ code: 'custom', message: `${value} is not a real calendar day` });
				return z.NEVER;
			}
			return date;
		})
);

/** Frontmatter of a docs page. */
const docsFields = {
	/** Page title, shown as the `<h1>` and in `<title>`. */
	title: z.string().min(1),
	/** One or two sentences for search results, `<meta name="description">` and OpenGraph. */
	description: z.string().min(20, { error: 'write at least 20 characters of description' }),
	/** Short label for navigation; defaults to the title. */
	shortTitle: z.string().min(1).optional(),
	/** Position among its siblings in the sidebar and in previous/next order (smaller first). */
	order: z.number().int(),
	/** Whether the page is listed in the header's section navigation. */
	header: z.boolean().default(false),
	/**
	 * The day the page's facts were last checked against their sources, `YYYY-MM-DD`; shown in the
	 * page meta, and `npm run check:site` (freshness) lists pages not checked for 12 months.
	 */
	checked: factsChecked,
	/**
	 * For a translated page: the language it was translated from and the version of that source
	 * file (`npm run i18n:mark` writes it). When the source changes later, the page shows a
	 * "may be out of date" notice and `npm run i18n:status` lists it as stale.
	 */
	translatedFrom: z
		.strictObject({
			locale: z.enum(localeCodes, {
				error: `expected one of ${localeCodes.join(', ')}`,
			}),
			hash: z.string().regex(/^[0-9a-f]{12}$/, {
				error: 'expected the 12 hex characters `npm run i18n:mark` writes',
			}),
		})
		.optional(),
};

const docs = defineCollection({
	loader: glob({
		base: './content/docs',
		pattern: `{${localeCodes.join(',')}}/**/*.mdx`,
		// Keep the full path (`en/xen/index`) so src/lib can tell the locale and the slug apart.
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: z.strictObject(docsFields, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `unknown frontmatter field(s) ${issue.keys.join(', ')}; the fields are ${Object.keys(docsFields).join(', ')}`
				: undefined,
	}),
});

const sources = defineCollection({
	loader: yamlList(dataFiles.sources),
	schema: z.strictObject({
		/** Stable id used in citations, e.g. `xen-admin-guide`. */
		id: z.string(),
		/** Index of the entry in file order; added by the loader. */
		position,
		/** Title exactly as the source publishes it, in the source's own language. */
		title: z.string().min(1),
		/** BCP 47 language of the source itself (for `lang` and `hreflang` on the link). */
		language: z.string().default('en'),
		/** Author(s) or, for institutional documents, the publisher. */
		author: z.string().min(1),
		/** Publisher or site, when different from the author. */
		publisher: z.string().min(1).optional(),
		/** Publication date with its precision; omit for living documents and give `accessed`. */
		date: partialDate.optional(),
		/** When the cited text was last checked, YYYY-MM-DD. */
		accessed: partialDate.optional(),
		/** Canonical URL of the source. */
		url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' }),
		/** What sort of source this is; primary kinds are preferred for facts. */
		kind: z.enum([
			'documentation',
			'kernel-documentation',
			'source-code',
			'paper',
			'release-notes',
			'specification',
			'press-release',
			'news',
			'book',
			'encyclopedia',
			'talk',
			'mailing-list',
		]),
	}),
});

/** The strands of the timeline, in the order its track filter lists them. */
export const historyTracks = ['xen', 'kvm', 'hardware', 'linux', 'cloud'] as const;

const history = defineCollection({
	loader: yamlList(dataFiles.history),
	schema: z.strictObject({
		/** Stable id, also the event's fragment on the history page (`#event-<id>`). */
		id: z.string(),
		/** Index of the entry in file order; added by the loader. */
		position,
		/** When it happened, as precise as the sources allow. */
		date: partialDate,
		/** Which strand of the story the event belongs to (used by the track filter). */
		track: z.enum(historyTracks),
		/** Short headline. */
		title: localized,
		/** One to three sentences on what happened and why it matters. */
		summary: localized,
		/** Where the date and the claim come from. */
		sources: sourceRefs,
	}),
});

/**
 * The status values xen.git's SUPPORT.md gives, spelt exactly as the file writes them (its label
 * definitions: Experimental, Tech Preview, Supported, Deprecated, and the qualified forms it uses).
 */
export const xenSupportStatuses = [
	'Experimental',
	'Tech Preview',
	'Supported',
	'Supported, with caveats',
	'Supported, not security supported',
	'Supported, Security support external',
	'Supported, security supported only when run de-privileged',
	'Support scope restricted',
	'Deprecated',
] as const;
export type XenSupportStatus = (typeof xenSupportStatuses)[number];

/** One Xen feature's status as SUPPORT.md states it: the one place the site records it. */
const xenSupport = defineCollection({
	loader: yamlList(dataFiles.xenSupport),
	schema: z.strictObject({
		/** Stable id, used by `<XenStatus id="…" />` and by `support:` in modes and comparison rows. */
		id: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a lowercase id such as nested-hvm' }),
		/** Index of the entry in file order; added by the loader. */
		position,
		/** The feature as the site names it, e.g. `{ en: Nested HVM, zh-cn: 嵌套 HVM }`. */
		feature: localized,
		/** The SUPPORT.md heading the status sits under, exactly (`x86/Nested HVM`). */
		section: z.string().trim().min(1),
		/** The words between `Status,` and the colon, when the status line has them (`x86 HVM`). */
		qualifier: z.string().trim().min(1).optional(),
		/** The status, exactly as SUPPORT.md writes it. */
		status: z.enum(xenSupportStatuses, {
			error: (issue) =>
				`expected a SUPPORT.md status spelt as the file spells it (${xenSupportStatuses.join(' | ')}), got ${JSON.stringify(issue.input)}`,
		}),
		/** The `Xen-Version` SUPPORT.md declared when the status was read, e.g. `4.23-unstable`. */
		version: z.preprocess(
			(value) => (typeof value === 'number' ? String(value) : value),
			z.string().regex(/^\d+\.\d+(\.\d+)?(-unstable)?$/, {
				error: 'expected the Xen-Version line of SUPPORT.md, e.g. 4.21 or 4.23-unstable',
			})
		),
		/** The SUPPORT.md revision it was read from (a source pinned to a commit or release). */
		source: reference('sources'),
	}),
});

/** Ids of `xen-support.yaml` entries whose status a data row shows (the mode matrix, the comparison). */
const supportRefs = z.array(reference('xenSupport')).min(1).optional();

/** The rows of the Xen guest-mode matrix, in display order; every mode fills every row. */
export const modeAttributes = [
	'guestKernelModified',
	'hardwareNeeded',
	'privilegedInstructions',
	'mmu',
	'diskAndNetwork',
	'interruptsAndTimers',
	'firmwareAndBoot',
	'qemuNeeded',
	'statusToday',
] as const;
export type ModeAttribute = (typeof modeAttributes)[number];

const modes = defineCollection({
	loader: yamlList(dataFiles.modes),
	schema: z.strictObject({
		/** `pv`, `hvm`, `pvhvm` or `pvh`. */
		id: z.string(),
		/** Index of the entry in file order; added by the loader. */
		position,
		/** Short name as Xen documentation writes it, e.g. `PVH`. */
		name: z.string().min(1),
		/** Expanded name, e.g. "Paravirtualization" / 「半虚拟化」. */
		fullName: localized,
		/** One cell of text per matrix row. */
		attributes: z.strictObject(
			Object.fromEntries(modeAttributes.map((key) => [key, localized])) as Record<
				ModeAttribute,
				typeof localized
			>
		),
		/**
		 * SUPPORT.md statuses shown in a matrix cell, before its text, by row:
		 * `{ statusToday: [pvh-domu, pvh-dom0], mmu: [shadow-paging] }`.
		 */
		support: z
			.strictObject(
				Object.fromEntries(modeAttributes.map((key) => [key, supportRefs])) as Record<
					ModeAttribute,
					typeof supportRefs
				>
			)
			.optional(),
		/** Sources for the cells of this mode. */
		sources: sourceRefs,
	}),
});

const kvmModules = defineCollection({
	loader: yamlList(dataFiles.kvmModules),
	schema: z.strictObject({
		/** Stable id, e.g. `kvm-intel`. */
		id: z.string(),
		/** Index of the entry in file order; added by the loader. */
		position,
		/** Name as `lsmod` or the kernel tree shows it, e.g. `kvm_intel`. */
		name: z.string().min(1),
		/** Loadable module, or built into the kernel image. */
		kind: z.enum(['module', 'built-in']),
		/** CPU architectures it applies to. */
		architectures: z
			.array(z.enum(['x86', 'arm64', 's390', 'powerpc', 'riscv', 'loongarch', 'mips', 'any']))
			.min(1),
		/** Kconfig symbol that enables it, e.g. `CONFIG_KVM_INTEL`. */
		kconfig: z
			.string()
			.regex(/^CONFIG_[A-Z0-9_]+$/, { error: 'expected a Kconfig symbol such as CONFIG_KVM' }),
		/** What it does. */
		role: localized,
		/** Device nodes, ioctls or kernel interfaces it exposes or uses. */
		interfaces: z.array(z.string().min(1)).min(1),
		/** First mainline kernel release that had it, only where a source confirms it (e.g. `2.6.20`). */
		since: z
			.string()
			.regex(/^\d+\.\d+(\.\d+)?$/, { error: 'expected a kernel version such as 2.6.20' })
			.optional(),
		sources: sourceRefs,
	}),
});

const ioctls = defineCollection({
	loader: yamlList(dataFiles.ioctls),
	schema: z.strictObject({
		/** Stable id, e.g. `kvm-run`. */
		id: z.string(),
		/** Index of the entry in file order; added by the loader. */
		position,
		/** The ioctl's name, e.g. `KVM_RUN`. */
		name: z.string().regex(/^KVM_[A-Z0-9_]+$/, { error: 'expected an ioctl name such as KVM_RUN' }),
		/** Which file descriptor it is issued on. */
		class: z.enum(['system', 'vm', 'vcpu', 'device']),
		/** What it is for. */
		purpose: localized,
		sources: sourceRefs,
	}),
});

const comparison = defineCollection({
	loader: yamlList(dataFiles.comparison),
	schema: z.strictObject({
		/** Stable id, also the row's fragment on the comparison page. */
		id: z.string(),
		/** Index of the entry in file order; added by the loader. */
		position,
		/** Name of the dimension, e.g. "Live migration" / 「热迁移」. */
		dimension: localized,
		/** How Xen does it. */
		xen: localized,
		/** How KVM does it. */
		kvm: localized,
		/** SUPPORT.md statuses shown in the Xen cell, before its text. */
		support: supportRefs,
		sources: sourceRefs,
	}),
});

const glossary = defineCollection({
	loader: yamlList(dataFiles.glossary),
	schema: z.strictObject({
		/** Stable id, also the term's fragment on the glossary pages (`#term-<id>`). */
		id: z.string(),
		/** Index of the entry in file order; added by the loader. */
		position,
		/** The standard term in each language, e.g. `{ en: Paravirtualization, zh-cn: 半虚拟化 }`. */
		term: localized,
		/** Other names and abbreviations readers may search for, per language. */
		aliases: localizedList.optional(),
		/**
		 * Chinese variants the typography check (`npm run check:typography`) rejects in favour of the
		 * zh-cn term, e.g. `[准虚拟化, 类虚拟化]` for 半虚拟化. Keep them in `aliases.zh-cn` too, for search.
		 */
		avoid: z.array(z.string().trim().min(1)).optional(),
		/** One sentence that defines the term. */
		definition: localized,
		/**
		 * Where the site explains it: a page slug with an optional heading id, e.g. `xen/#event-channels`.
		 * The same path works in every locale because slugs and heading ids are language-neutral.
		 */
		see: z.string().regex(/^([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, {
			error:
				'expected a page slug and optional heading id, e.g. "xen/#event-channels" or "kvm/modules/"',
		}),
	}),
});

export const collections = {
	docs,
	sources,
	history,
	modes,
	kvmModules,
	ioctls,
	comparison,
	glossary,
	xenSupport,
};
