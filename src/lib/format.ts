import type { PartialDate } from '../content.config';
import { langTag, type Locale } from '../i18n/locales';

/**
 * A date at the precision it is known, in the reader's language:
 * `2007-02-05` → "5 February 2007" / "2007年2月5日"; `2003-10` → "October 2003" / "2003年10月".
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
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : langTag(locale), options).format(
		value
	);
}

/** A calendar day in the reader's language: "26 November 2026" / "2026年11月26日". */
export function formatDay(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : langTag(locale), {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC',
	}).format(date);
}
