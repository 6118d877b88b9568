import type { PartialDate } from '../content.config';
import { langTag, type Locale } from '../i18n/locales';

/**
 * A date at the precision it is known, in the reader's language:
 * `2007-02-05` → "5 February 2007" / "2007 年 2 月 5 日"; `2003-10` → "October 2003" / "2003 年 10 月".
 */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
	const [y, m = 1, d = 1] = date.iso.split('-').map(Number);
	const value = new Date(Date.UTC(y ?? 0, m - 1, d));
	const options: Intl.DateTimeFormatOptions =
		date.precision === 'day'
			? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
			: date.precision === 'month'
				? { year: 'numeric', month: 'long', timeZone: 'UTC' }
				: { year: 'numeric', timeZone: 'UTC' };
	return formatDate(value, locale, options);
}

/**
 * Intl in the reader's language (British day-month order for English). Intl writes Chinese dates
 * without spaces (`2007年2月5日`); the site's Chinese style spaces digits and Han characters
 * (`2007 年 2 月 5 日`), as the prose does.
 */
function formatDate(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions): string {
	const text = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : langTag(locale), options).format(
		date
	);
	if (locale !== 'zh-cn') return text;
	return text.replace(/(\d)(\p{Script=Han})/gu, '$1 $2').replace(/(\p{Script=Han})(\d)/gu, '$1 $2');
}

/** A calendar day in the reader's language: "26 November 2026" / "2026 年 11 月 26 日". */
export function formatDay(date: Date, locale: Locale): string {
	return formatDate(date, locale, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC',
	});
}

/**
 * A list in the reader's language, as `Intl.ListFormat` writes it: "x86, arm64" / "x86、arm64".
 * Each part is an item or the punctuation between items, so items can be wrapped in markup.
 */
export function listParts(
	items: readonly string[],
	locale: Locale
): ReturnType<Intl.ListFormat['formatToParts']> {
	return new Intl.ListFormat(langTag(locale), {
		type: 'conjunction',
		style: 'narrow',
	}).formatToParts(items);
}

/** `listParts` as plain text. */
export function formatList(items: readonly string[], locale: Locale): string {
	return listParts(items, locale)
		.map((part) => part.value)
		.join('');
}
