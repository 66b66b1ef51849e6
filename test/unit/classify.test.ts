import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLine, isSpacedSlogan, isTitleShaped } from '../../src/lib/ingest/classify.ts';
import { mayOpenDefaultDateline } from '../../src/lib/ingest/datelines.ts';
import { pageNumber, parsePageHeader } from '../../src/lib/ingest/page-marks.ts';
import { DEFAULT_DATELINES, defaultPaperSettings as settings } from '../../src/lib/ingest/settings.ts';

const kind = (text: string, s = settings) => classifyLine({ no: 1, text }, s);

describe('classifyLine', () => {
  it('recognises a dateline glued to the first paragraph, with ASCII or full-width parentheses', () => {
    for (const text of ['本报讯(融媒体中心记者 杨丽丹 通讯员 梁胜明)近日,区检察院开讲。', '本报讯（融媒体中心记者 杨丽丹  通讯员 梁胜明）近日，区检察院开讲。']) {
      const is = kind(text);
      expect(is.kind).toBe('dateline');
      if (is.kind !== 'dateline') continue;
      expect(is.byline).toMatch(/^本报讯[(（]融媒体中心记者 杨丽丹 +通讯员 梁胜明[)）]$/u);
      expect(is.rest).toMatch(/^近日[,，]区检察院开讲。$/u);
      expect(is.credit?.reporters).toEqual(['杨丽丹']);
    }
  });
  it('recognises other datelines', () => {
    expect(kind('新华社北京12月1日电(记者 张三)日前，……。').kind).toBe('dateline');
    expect(kind('本报讯 近日，我区召开会议。').kind).toBe('dateline');
    // The paper's own reporter sent elsewhere, with the place and the day.
    for (const text of ['本报北京3月5日电（特派记者 王晓明）3月5日，大会开幕。', '本报重庆5月9日专电（记者 王晓明）5月9日，会议召开。']) {
      expect(kind(text), text).toMatchObject({ kind: 'dateline', byline: text.slice(0, text.indexOf('）') + 1), credit: { reporters: ['王晓明'] } });
    }
  });
  it('reads 第3版 alone, or with a section, as furniture that numbers no page (a guide lists other pages so)', () => {
    expect(kind('第3版')).toEqual({ kind: 'furniture', reason: 'page-number' });
    expect(kind('第十二版 要闻')).toEqual({ kind: 'furniture', reason: 'page-number' });
    expect(kind('第3版要闻提要与本周重点工作安排一览表').kind).toBe('title');
  });
  it('reads a column’s label behind a mark OCR read as a letter or a bar (`l 图片新闻`) as the label', () => {
    for (const text of ['l 图片新闻', 'I 简讯', '丨 导读', '口 图片新闻']) expect(kind(text), text).toEqual({ kind: 'furniture', reason: 'column-label' });
    expect(kind('l图片新闻').kind).not.toBe('furniture');
  });
  it('asks the default datelines’ pattern only of a line that can open with one, and misses none', () => {
    const opens = new RegExp(`^(?:${DEFAULT_DATELINES.join('|')})`, 'u');
    const unit = fc.constantFrom('本', '报', '讯', '电', '据', '道', '社', '网', '员', '新', '华', '𠀀', '1', ' ', '，');
    const lead = fc.constantFrom('本报讯', '本报北京3月5日电', '新华社北京12月1日电', '华龙网讯', '据新华社报道', '𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀社电', '𠀀𠀀𠀀𠀀𠀀𠀀网讯', '本报荣昌讯');
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 24 }), fc.tuple(lead, fc.string({ unit, maxLength: 8 })).map(([a, b]) => a + b)), (text) => {
      if (opens.test(text)) expect(mayOpenDefaultDateline(text), text).toBe(true);
    }), { numRuns: 20000 });
    expect(mayOpenDefaultDateline('今天天气很好，我们去了公园。')).toBe(false);
  });
  it('tells a slogan’s shape without splitting most lines: the same answer as splitting every line', () => {
    const unit = fc.constantFrom('荣', '昌', '报', '讯', '𠀀', '𪜀', ' ', '\u3000', '\t', '，', '。', 'a', '1');
    const han = fc.constantFrom('荣', '昌', '报', '讯', '𠀀', '𪜀');
    const spaced = fc.array(fc.string({ unit: han, minLength: 1, maxLength: 9 }), { minLength: 3, maxLength: 6 }).chain((words) =>
      fc.constantFrom(' ', '\u3000', '  ', '\t').map((gap) => words.join(gap)));
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 40 }), spaced), (text) => {
      const words = text.split(/[\s\u3000]+/u);
      expect(isSpacedSlogan(text)).toBe(words.length >= 4 && words.every((word) => /^\p{Script=Han}{2,8}$/u.test(word)));
    }), { numRuns: 20000 });
    expect(isSpacedSlogan('𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀 荣昌 荣昌 荣昌')).toBe(true);
  });
  it('reads a mark alone on its line, a rule or a speck, as furniture', () => {
    for (const text of ['丨', '|', 'l', '—', '.', '` . ,', '、 ，']) expect(kind(text), text).toEqual({ kind: 'furniture', reason: 'stray-mark' });
    // A rule drawn with a mark repeated, or a dashed one as OCR reads it.
    for (const text of ['~~~~~~~~', '————————', '■■■■■■', '＊＊＊', '一 一 一 一 一 一', '= = =']) expect(kind(text), text).toEqual({ kind: 'furniture', reason: 'stray-mark' });
    for (const text of ['一一', '■ 一', '一是加强领导']) expect(kind(text), text).not.toEqual({ kind: 'furniture', reason: 'stray-mark' });
    // The numbers printed on a set of pictures, alone on their lines.
    for (const text of ['①②', '③ ④', '⑤']) expect(kind(text), text).toEqual({ kind: 'furniture', reason: 'stray-mark' });
    expect(kind('①加强组织领导').kind).not.toBe('furniture');
    // A QR code's prompt is the printed page's.
    for (const text of ['扫码看视频', '扫一扫 了解更多']) expect(kind(text), text).toEqual({ kind: 'furniture', reason: 'reader-prompt' });
    expect(kind('扫黑除恶专项斗争取得成效').kind).toBe('title');
    // Dots alone are a list's elision, a paragraph of their own.
    expect(kind('...').kind).toBe('text');
    for (const text of ['雪', '1', 'I']) expect(kind(text), text).not.toEqual({ kind: 'furniture', reason: 'stray-mark' });
  });
  it('reads 本报通讯员 as a credit, not as a dateline ending in 讯', () => {
    expect(kind('本报通讯员 司马相如')).toMatchObject({ kind: 'credit', credit: { correspondents: ['司马相如'] } });
    expect(kind('本报记者张三通讯员李四')).toMatchObject({ kind: 'credit', credit: { reporters: ['张三'], correspondents: ['李四'] } });
    expect(kind('华龙网通讯员 张三')).toMatchObject({ kind: 'credit', credit: { correspondents: ['张三'] } });
  });
  it('reads a line of names as text, and a slogan of short phrases as a banner', () => {
    expect(kind('张三丰 李小龙 王大锤 赵铁柱 钱多多')).toEqual({ kind: 'text', text: '张三丰 李小龙 王大锤 赵铁柱 钱多多', jumpTo: null });
    expect(kind('欧阳晓川 司马相如 孙丽华')).toMatchObject({ kind: 'text' });
    expect(kind('学思想 强党性 重实践 建新功')).toEqual({ kind: 'furniture', reason: 'banner' });
    // Two-character words that start with a surname's character are headlines, not names.
    for (const text of ['高铁 时代', '金秋 时节', '明礼 尚德 向善', '高铁、时代']) expect(kind(text).kind, text).toBe('title');
    // Names of two characters alone make a list once it runs longer than such a headline: four spaced, three with 、.
    for (const text of ['王芳 李娜 张伟 刘洋', '王芳　李娜　张伟　刘洋　陈静', '王芳、李娜、张伟']) expect(kind(text), text).toEqual({ kind: 'text', text, jumpTo: null });
  });
  it('recognises credit lines on their own', () => {
    expect(kind('融媒体中心记者 郑光慧').kind).toBe('credit');
    expect(kind('本报记者 王晓明 实习生 刘畅').kind).toBe('credit');
    expect(kind('融媒体中心记者 张').kind).toBe('credit');
  });
  it('recognises page furniture by shape', () => {
    expect(kind('学思想 强党性 重实践 建新功 促实干 晒实绩 求实效')).toEqual({ kind: 'furniture', reason: 'banner' });
    expect(kind('重庆·荣昌')).toEqual({ kind: 'furniture', reason: 'locality' });
    expect(kind('- 7 -')).toEqual({ kind: 'furniture', reason: 'page-number' });
    expect(kind('—— 3 ——')).toEqual({ kind: 'furniture', reason: 'page-number' });
    expect(kind('－１２－')).toEqual({ kind: 'furniture', reason: 'page-number' });
    expect(kind('荣昌报', { ...settings, name: '荣昌报' })).toEqual({ kind: 'furniture', reason: 'masthead' });
    expect(kind('奋进新征程', { ...settings, banners: ['奋进 新征程'] })).toEqual({ kind: 'furniture', reason: 'banner' });
  });
  it('reads a numbered picture’s caption (图①：…, 图2 …, 图一：…) as a caption', () => {
    for (const text of ['图①：昌州古城夜景。', '图2 濑溪河畔柳树吐绿。', '图一：工人正在绩麻。', '图十二 织布工人在织机前忙碌。']) expect(kind(text), text).toEqual({ kind: 'caption' });
    expect(kind('图书馆新馆开放').kind).toBe('title');
    expect(kind('图一样的风景').kind).toBe('title');
  });
  it('reads a letter’s signature (读者 李华) as text, and a headline that starts with the same word as a headline', () => {
    expect(kind('读者 李华')).toEqual({ kind: 'text', text: '读者 李华', jumpTo: null });
    for (const text of ['网友 热议', '家长：别焦虑']) expect(kind(text).kind, text).toBe('title');
  });
  it('reads a classical poem’s form and title (七律·春游) as a title, not a locality stamp, and a source’s credit as a credit naming nobody', () => {
    for (const text of ['七律·春游', '满江红·登高']) expect(kind(text).kind, text).toBe('title');
    expect(kind('重庆·荣昌')).toEqual({ kind: 'furniture', reason: 'locality' });
    expect(kind('县林业局供稿')).toMatchObject({ kind: 'credit', credit: { reporters: [], correspondents: [], photographers: [], interns: [] } });
  });
  it('recognises jumps, on their own line or at a paragraph end', () => {
    expect(kind('(上接1版)')).toEqual({ kind: 'jumpFrom', page: 1, rest: '', jumpTo: null });
    expect(kind('（上接第十二版）')).toMatchObject({ kind: 'jumpFrom', page: 12 });
    expect(kind('（下转第4版）')).toEqual({ kind: 'jumpTo', page: 4 });
    expect(kind('会议要求，各部门要抓好落实。(下转第4版)')).toEqual({ kind: 'text', text: '会议要求，各部门要抓好落实。', jumpTo: 4 });
  });
  it('recognises jumps as other pages print them: other brackets and verbs, full-width digits, a bare line', () => {
    for (const text of ['(下接第2版)', '（转2版）', '【下转第2版】', '〔下转第2版〕', '（下转第２版）', '(下转第 2 版 )', '(下转第2版。)', '下转第2版', '——下转第2版', '（下转02版）']) {
      expect(kind(text), text).toEqual({ kind: 'jumpTo', page: 2 });
    }
    for (const text of ['上接第1版', '（紧接第一版）', '（续第1版）', '(上接第01版)', '【上接第１版】']) {
      expect(kind(text), text).toEqual({ kind: 'jumpFrom', page: 1, rest: '', jumpTo: null });
    }
    expect(kind('（上接第１版）会议要求各部门抓好落实。')).toEqual({ kind: 'jumpFrom', page: 1, rest: '会议要求各部门抓好落实。', jumpTo: null });
    expect(kind('持续优化营商环境，（下转第２版）')).toEqual({ kind: 'text', text: '持续优化营商环境，', jumpTo: 2 });
    // The middle of a story over three pages, in one paragraph.
    expect(kind('(上接第1版)持续优化营商环境，提供更好服务。(下转第3版)')).toEqual({ kind: 'jumpFrom', page: 1, rest: '持续优化营商环境，提供更好服务。', jumpTo: 3 });
    // Bare, a marker must stand alone: in a sentence it is the sentence's words.
    expect(kind('上接第1版的报道，记者继续追踪。').kind).toBe('text');
    expect(kind('会议决定下转第2版').kind).not.toBe('jumpTo');
    // Glued to a paragraph's last sentence without brackets, or after an arrow, it is a jump.
    expect(kind('甲项目今日开工，将带动就业岗位2000个。下转第二版')).toEqual({ kind: 'text', text: '甲项目今日开工，将带动就业岗位2000个。', jumpTo: 2 });
    expect(kind('会议听取了各部门工作汇报。→下转第2版')).toEqual({ kind: 'text', text: '会议听取了各部门工作汇报。', jumpTo: 2 });
    expect(kind('→下转第2版')).toEqual({ kind: 'jumpTo', page: 2 });
    expect(kind('会议要求抓好落实。相关材料下转第2版')).toEqual({ kind: 'text', text: '会议要求抓好落实。相关材料下转第2版', jumpTo: null });
  });
  it('tells headlines, subheads, captions and body apart', () => {
    expect(kind('52名先进典型代表观影《开山人》').kind).toBe('title');
    expect(kind('擦亮德育底色 培养时代新人').kind).toBe('title');
    expect(kind('■ 注重能力培训').kind).toBe('subhead');
    expect(kind('一、提高政治站位').kind).toBe('subhead');
    expect(kind('图为活动现场。').kind).toBe('caption');
    expect(kind('题图：春到濑溪河。').kind).toBe('caption');
    expect(kind('上图 农民在田间插秧。').kind).toBe('caption');
    expect(kind('下图为农技人员现场指导。').kind).toBe('caption');
    expect(kind('3月14日，荣隆镇村民在田间插秧。 记者 张雪 摄').kind).toBe('caption');
    // Words about taking pictures are no credit.
    expect(kind('摄影爱好者纷纷前来拍摄，记录古镇美景。').kind).toBe('text');
    expect(kind('一是强化组织领导，压实工作责任。').kind).toBe('text');
    // A kicker may end in a colon; a longer line that does introduces what follows.
    expect(kind('双河街道：').kind).toBe('title');
    expect(kind('会议就下一步的工作提出了以下几点具体要求：').kind).toBe('text');
    expect(kind('区检察院党组书记、检察长曾庆云参加。').kind).toBe('text');
  });
});

describe('parsePageHeader', () => {
  it('reads page, section and date from a header line', () => {
    expect(parsePageHeader('第3版 综合 2024年3月15日 星期五 责任编辑 李四', settings)).toEqual({
      kind: 'pageHeader', page: 3, section: '综合', date: { year: 2024, month: 3, day: 15 },
    });
    expect(parsePageHeader('2024年3月15日 星期五 荣昌报 第二版 要闻', { ...settings, name: '荣昌报' })).toMatchObject({ page: 2, section: '要闻' });
    // The paper's name, where no setting gives it, is no section.
    for (const header of ['荣昌报 2024年5月10日 星期五 第2版 综合', '荣昌日报 2024年5月10日 第2版 综合', '铜梁报 第2版 综合 责任编辑:王强 2024年5月10日']) {
      expect(parsePageHeader(header, settings), header).toMatchObject({ page: 2, section: '综合' });
    }
    expect(parsePageHeader('荣昌报 2024年5月10日 星期五 第2版', settings)).toMatchObject({ page: 2, section: null });
    // A combined section whole, a dot beside a field no part of it, and a running head's page number printed bare.
    expect(parsePageHeader('2024年5月20日 星期一 第5版 教育·卫生 责任编辑 周 敏', settings)).toMatchObject({ page: 5, section: '教育·卫生' });
    expect(parsePageHeader('第3版·要闻 2024年5月20日 星期一', settings)).toMatchObject({ page: 3, section: '要闻' });
    expect(parsePageHeader('荣昌报 2024年5月20日 星期一 2 综合 编辑:王丽', settings)).toMatchObject({ page: 2, section: '综合' });
    // Full-width digits and spaces, as PDF and OCR text often keeps them.
    expect(parsePageHeader('第１版　要闻　２０２４年３月１５日　星期五', settings)).toEqual({
      kind: 'pageHeader', page: 1, section: '要闻', date: { year: 2024, month: 3, day: 15 },
    });
  });
  it('reads the page’s planners (`本版策划：…`) as its staff, naming no section', () => {
    expect(parsePageHeader('本版策划：县总工会 荣昌报社', settings)).toEqual({ kind: 'pageHeader', page: null, section: null, date: null });
  });
  it('reads a running head without a page number, and a line of the page’s staff, as headers', () => {
    expect(parsePageHeader('荣昌报 2024年3月15日 星期五', { ...settings, name: '荣昌报' })).toEqual({
      kind: 'pageHeader', page: null, section: null, date: { year: 2024, month: 3, day: 15 },
    });
    expect(parsePageHeader('2024年3月15日 星期五', settings)).toMatchObject({ page: null, date: { year: 2024, month: 3, day: 15 } });
    // 本版编辑 is the page's editor, not a section called 本版.
    expect(parsePageHeader('本版编辑 李四 校对 王五', settings)).toEqual({ kind: 'pageHeader', page: null, section: null, date: null });
    for (const staff of ['本版责编:周 丽 版式:何 伟', '版式:何 伟', '排版 王五']) expect(parsePageHeader(staff, settings), staff).toEqual({ kind: 'pageHeader', page: null, section: null, date: null });
    // A date alone, or a headline with a date in it, is no header.
    expect(parsePageHeader('2024年3月15日', settings)).toBeNull();
    expect(parsePageHeader('2024年3月15日我区召开民营经济发展大会', settings)).toBeNull();
  });
  it('ignores sentences that mention a page, and a notice’s clause with a date and its weekday', () => {
    expect(parsePageHeader('详见第3版报道。', settings)).toBeNull();
    expect(parsePageHeader('因管网改造,定于2024年5月12日(星期日)8:00至20:00对以下区域临时停水:', settings)).toBeNull();
    expect(parsePageHeader('定于2024年5月12日（星期日）对以下区域临时停水：', settings)).toBeNull();
  });
});

describe('helpers', () => {
  it('reads Chinese page numbers', () => {
    expect([pageNumber('4'), pageNumber('十'), pageNumber('十二'), pageNumber('二十四'), pageNumber('三')]).toEqual([4, 10, 12, 24, 3]);
  });
  it('knows what a title looks like', () => {
    expect(isTitleShaped('我区启动“阳光厨房”建设工作', settings)).toBe(true);
    expect(isTitleShaped('注重德育工作能力培训。将中小', settings)).toBe(false);
    expect(isTitleShaped('接下来,双方将找准两地经济,', settings)).toBe(false);
  });
});
