import { describe, expect, it } from 'vitest';
import { cellEstimates, cellWidthsPx, fixedColumnStyles } from './block-height';

describe('long tables with fixed columns', () => {
	it('gives fixed columns their width and shares the rest, less the cell padding', () => {
		// 36rem = 576 px at its narrowest; 8.5rem = 136 px; the other two share 440 px.
		expect(cellWidthsPx({ minRem: 36, columns: [8.5, null, null] })).toEqual([112, 196, 196]);
		// Narrower than the narrowest column: the column's width (272 px less the wrap's border).
		expect(cellWidthsPx({ minRem: 10, columns: [null, null] })).toEqual([111, 111]);
	});

	it('writes the widths as styles for the table and its columns', () => {
		expect(fixedColumnStyles({ minRem: 34, columns: [15, 5, null] })).toEqual({
			table: '--table-min: 34rem',
			columns: ['width: 15rem', 'width: 5rem', undefined],
		});
	});

	it('estimates a cell taller for more text and for each forced line break', () => {
		const rem = (style: string) => Number(/--cv: ([\d.]+)rem/.exec(style)?.[1]);
		const short = rem(cellEstimates('一二三', 196));
		const long = rem(cellEstimates('一二三四五六七八九十'.repeat(10), 196));
		const broken = rem(cellEstimates('一二三', 196, 2));
		expect(long).toBeGreaterThan(short * 5);
		expect(broken).toBeGreaterThan(short * 2);
		// One estimate for every screen width: the table is at its narrowest on all of them.
		expect(cellEstimates('一二三', 196)).toMatch(/^--cv: (\S+); --cv-m: \1; --cv-l: \1$/);
	});
});
