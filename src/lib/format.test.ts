import { expect, test } from 'vitest';
import { formatDay, formatPartialDate } from './format';

test('a date is written at the precision it is known, in each language', () => {
	expect(formatPartialDate({ iso: '2007-02-05', precision: 'day', year: 2007 }, 'en')).toBe(
		'5 February 2007'
	);
	expect(formatPartialDate({ iso: '2003-10', precision: 'month', year: 2003 }, 'en')).toBe(
		'October 2003'
	);
	expect(formatPartialDate({ iso: '2003', precision: 'year', year: 2003 }, 'en')).toBe('2003');
	expect(formatPartialDate({ iso: '2007-02-05', precision: 'day', year: 2007 }, 'zh-cn')).toBe(
		'2007 年 2 月 5 日'
	);
	expect(formatPartialDate({ iso: '2003-10', precision: 'month', year: 2003 }, 'zh-cn')).toBe(
		'2003 年 10 月'
	);
});

test('Chinese dates are spaced like the prose, not as Intl writes them', () => {
	const day = new Date(Date.UTC(2026, 10, 26));
	expect(formatDay(day, 'zh-cn')).toBe('2026 年 11 月 26 日');
	expect(formatDay(day, 'en')).toBe('26 November 2026');
});
