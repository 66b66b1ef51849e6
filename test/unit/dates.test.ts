import { describe, expect, it } from 'vitest';
import { findDateInName, findPrintedDate, inferDateFromText } from '../../src/lib/ingest/dates.ts';

describe('dates', () => {
  it('finds dates in folder and file names', () => {
    expect(findDateInName('rongchang/2023-12-26')).toEqual({ year: 2023, month: 12, day: 26 });
    expect(findDateInName('20231226')).toEqual({ year: 2023, month: 12, day: 26 });
    expect(findDateInName('000_5f1ee1fae9f02ef7.txt')).toBeNull();
    expect(findDateInName('2023-02-30')).toBeNull();
  });
  it('finds printed dates', () => {
    expect(findPrintedDate('第3版 2024年3月15日 星期五')).toEqual({ year: 2024, month: 3, day: 15 });
    // OCR's letters for 0 and 1, between the date's own characters.
    expect(findPrintedDate('荣昌报 2O24年5月1O日 星期五 第2版')).toEqual({ year: 2024, month: 5, day: 10 });
    expect(findPrintedDate('2024年5月l0日 星期五')).toEqual({ year: 2024, month: 5, day: 10 });
    // Not letters in a word before it, nor a year with no month and day.
    expect(findPrintedDate('ABOOO1年2月3日')).toBeNull();
    expect(findPrintedDate('2O24年度工作总结')).toBeNull();
  });
  it('infers the latest full date, taking the year the text names most', () => {
    expect(inferDateFromText('2023年，……。12月22日，……。自2022年11月1日召开……。2023年工作')).toEqual({ year: 2023, month: 12, day: 22 });
    expect(inferDateFromText('近日，我区召开会议。')).toBeNull();
    expect(inferDateFromText('3月5日上午，……')).toBeNull();
  });
});
