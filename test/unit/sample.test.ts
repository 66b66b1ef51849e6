// The shipped sample page, end to end, against the articles read off it by hand.
import { describe, expect, it } from 'vitest';
import { ingestIssue } from '../../src/lib/ingest/issue.ts';
import { defaultPaperSettings } from '../../src/lib/ingest/settings.ts';
import { sampleText } from '../helpers.ts';

const file = 'content/raw/rongchang/000_5f1ee1fae9f02ef7.txt';
const result = ingestIssue({
  folder: 'content/raw/rongchang',
  pages: [{ file, bytes: new TextEncoder().encode(sampleText()) }],
  manifest: { paper: '荣昌报', pages: { '000_5f1ee1fae9f02ef7.txt': { page: 2 } } },
  settings: { ...defaultPaperSettings, name: '荣昌报' },
});
const articles = result.articles;
const byHeadline = (h: string) => {
  const a = articles.find((x) => x.headline === h);
  if (!a) throw new Error(`no article “${h}”; have ${articles.map((x) => x.headline).join(' / ')}`);
  return a;
};

describe('the sample page of 荣昌报', () => {
  it('yields the ten articles a reader sees, in page order', () => {
    expect(articles.map((a) => a.headline)).toEqual([
      '覃兴建为全体检察干警授课',
      '民盟泸州市委会来荣交流盟务工作',
      '我区部署“今冬明春”安全生产工作',
      '首期退役军人叉车技能培训班开班',
      '荣昌试点推行“最小应急单元”见成效',
      '52名先进典型代表观影《开山人》',
      '擦亮德育底色 培养时代新人',
      '强业务技能 铸后勤工匠',
      '我区启动“阳光厨房”建设工作',
      '这几年荣昌大力优化营商环境',
    ]);
    expect(articles.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(articles.map((a) => a.id)).size).toBe(10);
  });

  it('reads bylines and people by role', () => {
    const first = byHeadline('覃兴建为全体检察干警授课');
    expect(first.byline).toBe('本报讯(融媒体中心记者 杨丽丹 通讯员 梁胜明)');
    expect(first.reporters).toEqual(['杨丽丹']);
    expect(first.correspondents).toEqual(['梁胜明']);
    expect(first.paragraphs[0]).toMatch(/^近日,区检察院“青蓝讲坛”开讲/u);
    expect(byHeadline('民盟泸州市委会来荣交流盟务工作').correspondents).toEqual(['谢军燕']);
    expect(byHeadline('荣昌试点推行“最小应急单元”见成效')).toMatchObject({ reporters: ['廖国颖'], correspondents: ['李明刚'] });
    expect(byHeadline('首期退役军人叉车技能培训班开班').reporters).toEqual(['张泽美']);
  });

  it('reads an end credit and a photo credit', () => {
    expect(byHeadline('擦亮德育底色 培养时代新人')).toMatchObject({ reporters: ['郑光慧'], photographers: [] });
    expect(byHeadline('强业务技能 铸后勤工匠')).toMatchObject({ reporters: [], photographers: ['张雪'], byline: '融媒体中心记者 张雪摄' });
  });

  it('reads subtitles, and a headline that starts with digits', () => {
    expect(byHeadline('擦亮德育底色 培养时代新人').subheadline).toBe('荣昌大力推进中小学德育工作记略');
    expect(byHeadline('我区启动“阳光厨房”建设工作').subheadline).toBe('力争2027年全区餐饮服务单位“AI识别”巡检覆盖率达95%');
    expect(byHeadline('52名先进典型代表观影《开山人》').reporters).toEqual(['廖国颖']);
  });

  it('keeps photo captions as captions of the story they illustrate, never as articles', () => {
    expect(byHeadline('擦亮德育底色 培养时代新人').captions).toEqual(['骨干教师送教下乡', '玉屏实验小学学生表演党史情景剧']);
    expect(articles.flatMap((a) => a.paragraphs).some((p) => p.includes('骨干教师送教下乡'))).toBe(false);
  });

  it('joins paragraphs torn by column breaks, also across a slogan banner', () => {
    const all = articles.flatMap((a) => a.paragraphs);
    for (const joined of ['客观分析当前荣昌民营经济发展面临的形势', '找准两地经济社会发展着力点', '穿插了消防安全、劳动维权', '最小应急处置单元”建设试点工作',
      '8公里的绝壁“天路”', '将中小班主任能力提升', '进行建设。心理健康', '智能识别模型,AI识别', '以来,我区制定惠企政策33项', '每季度小结评估的工作机制']) {
      expect(all.some((p) => p.includes(joined)), joined).toBe(true);
    }
    expect(byHeadline('覃兴建为全体检察干警授课').paragraphs).toHaveLength(4);
  });

  it('removes page furniture from the text and lists it in the report', () => {
    const text = articles.flatMap((a) => [...a.paragraphs, ...a.captions]).join('\n');
    expect(text).not.toMatch(/学思想 强党性|重庆·荣昌/u);
    expect(result.pages[0]!.furniture.map((f) => f.line)).toEqual([95, 125]);
  });

  it('keeps an intruding block once, where its neighbours read on', () => {
    const kitchen = byHeadline('我区启动“阳光厨房”建设工作');
    expect(kitchen.paragraphs.join('')).not.toContain('惠企政策');
    expect(kitchen.paragraphs.some((p) => p.includes('强力推动大型及以上社会餐饮服务单位'))).toBe(true);
    const tail = articles.at(-1)!;
    expect(tail.paragraphs.filter((p) => p.includes('我区制定惠企政策33项'))).toHaveLength(1);
    expect(result.pages[0]!.duplicates).toEqual([expect.objectContaining({ line: 145, keptAt: { file, line: 163 } })]);
  });

  it('keeps a truncated credit as printed, warns, and invents nobody', () => {
    const kitchen = byHeadline('我区启动“阳光厨房”建设工作');
    expect(kitchen.reporters).toEqual(['张丹']);
    expect(kitchen.credits).toContain('融媒体中心记者 张');
    const tail = articles.at(-1)!;
    expect(tail.reporters).toEqual([]);
    expect(result.warnings.filter((w) => w.code === 'truncated-credit').map((w) => w.line)).toEqual([151, 169]);
  });

  it('keeps the tail of a story whose head page is missing, marked as continued from page 1', () => {
    const tail = articles.at(-1)!;
    expect(tail).toMatchObject({ continuedFrom: { page: 1 }, continuesTo: null, headlineInferred: true });
    expect(tail.paragraphs[0]).toMatch(/^“这几年荣昌大力优化营商环境/u);
    expect(tail.source).toEqual({ file, lines: [153, 169] });
  });

  it('infers the unprinted date from the text and says so', () => {
    expect(new Set(articles.map((a) => `${a.date} ${a.dateEstimated} ${a.page} ${a.paper}`))).toEqual(new Set(['2023-12-22 true 2 荣昌报']));
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'date-estimated', file, line: 61 }));
  });

  it('accounts for every non-blank line', () => {
    const nonBlank = sampleText().split('\n').filter((l) => l.trim()).length;
    const counted = Object.values(result.pages[0]!.roles).reduce((a, b) => a + b, 0);
    expect(counted).toBe(nonBlank);
    expect(result.pages[0]!.roles).toMatchObject({ furniture: 2, duplicate: 1, caption: 2, jump: 1 });
  });
});
