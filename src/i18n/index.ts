import { en, type UiKey } from './en';
import type { Locale } from './locales';
import { zhCn } from './zh-cn';

export type { UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * UI strings for one locale. `{name}` placeholders are replaced from `values`; a placeholder
 * without a value throws, so a half-filled sentence can never reach a page.
 *
 * @example
 * const t = useTranslations('zh-cn');
 * t('timeline.count', { count: 42 }); // => '共 42 个事件'
 */
export function useTranslations(locale: Locale): Translate {
	const dictionary = dictionaries[locale];
	return (key, values = {}) =>
		dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => {
			const value = values[name];
			if (value === undefined)
				throw new Error(`UI string "${key}" (${locale}) needs a value for {${name}}`);
			return String(value);
		});
}
