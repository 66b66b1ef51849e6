// Pages as OCR reads a scanned county paper (the review of 2026-12-01): letters for digits (`第l版`, `二OO九年`),
// 笫 for 第, characters spaced apart, lines kept at the column's width. Each a few lines of a plausible page.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('jumps as OCR reads them', () => {
  it('joins a story whose jumps print 笫 for 第, l for 1, or spaced words, each tail to its own story', () => {
    const { articles } = ingestText({
      '01.txt': page('政协会议开幕', '本报讯(记者 刘洋)3月4日,政协会议开幕,委员们提出意见建议156条,(下转笫3版)',
        '县统计局发布数据', '  县统计局相关负责人介绍,上半年全县经\n济运行呈现“稳中有进”的态势,\n工业经济持续发挥“主引擎”作用,(下 转 第 3 版)'),
      '03.txt': page('(上接笫1版)会议期间,委员们还将分组讨论政府工作报告。', '(上 接 第l版)农业经济稳步发展,服务业增势良好。'),
    });
    expect(articles.map((a) => [a.headline, a.continuedOn.map((on) => on.page), a.paragraphs])).toEqual([
      ['政协会议开幕', [3], ['3月4日,政协会议开幕,委员们提出意见建议156条,会议期间,委员们还将分组讨论政府工作报告。']],
      ['县统计局发布数据', [3], ['县统计局相关负责人介绍,上半年全县经济运行呈现“稳中有进”的态势,工业经济持续发挥“主引擎”作用,农业经济稳步发展,服务业增势良好。']],
    ]);
  });
  it('numbers a page by its header’s 第l版, as OCR reads 第1版', () => {
    const { articles, warnings } = ingestText({
      'scan-a.txt': page('荣昌报 2009年3月5日 星期四 第3版 综合', '春耕生产有序推进', '本报讯(记者 王明)连日来,各镇街抢抓农时。'),
      'scan-b.txt': page('荣昌报 2009年3月5日 星期四 第l版 要闻', '政协会议开幕', '本报讯(记者 刘洋)3月4日,政协会议开幕。'),
    }, { folder: 'scans' });
    expect(articles.map((a) => [a.headline, a.page, a.section, a.date])).toEqual([
      ['春耕生产有序推进', 3, '综合', '2009-03-05'],
      ['政协会议开幕', 1, '要闻', '2009-03-05'],
    ]);
    // Read from the header, not guessed from the page's place in the folder.
    expect(warnings.map((w) => w.code)).not.toContain('page-number-guessed');
  });
});

describe('a notice’s date as OCR reads it', () => {
  it('ends the notice under its signature, with O or 〇 among its digits, and the next notice keeps its headline', () => {
    const { articles } = ingestText({
      '03.txt': page('荣昌县人民政府关于禁止燃放烟花爆竹的通告', '本通告自发布之日起施行。\n荣昌县人民政府\n二OO九年三月一日',
        '遗失声明', '荣昌县昌元镇宏发建材经营部遗失税务登记证副本,声明作废。\n荣昌县昌元镇宏发建材经营部\n2〇O9年3月4日', '招聘启事', '本公司招聘司机2名。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '荣昌县人民政府关于禁止燃放烟花爆竹的通告', ['本通告自发布之日起施行。', '荣昌县人民政府', '二OO九年三月一日']],
      [null, '遗失声明', ['荣昌县昌元镇宏发建材经营部遗失税务登记证副本,声明作废。', '荣昌县昌元镇宏发建材经营部', '2〇O9年3月4日']],
      [null, '招聘启事', ['本公司招聘司机2名。']],
    ]);
  });
});

describe('marks OCR leaves alone on a line', () => {
  it('reads a box’s mark, a short rule read as 一, and a rule of box-drawing lines over a headline as furniture, and the headline heads its story', () => {
    const { articles, pages } = ingestText({
      '02.txt': ['爱心捐款', '本报讯(记者 王明)6月10日,德福老人拿出积攒多年的2000元钱投进捐款箱。', '■', '我县夏粮收购工作全面启动',
        '本报讯(记者 刘洋)6月11日,我县夏粮收购工作全面启动。', '一', '荣昌猪肉首次出口香港', '本报讯(记者 何勇)近日,首批冷鲜猪肉出口香港。',
        '━━━━━━━━━━━━', '县委召开农村工作会议', '本报讯(记者 唐刚)11月17日,县委召开农村工作会议。'].join('\n'),
    });
    expect(articles.map((a) => [a.headline, a.headlineInferred, a.paragraphs.length])).toEqual([
      ['爱心捐款', false, 1], ['我县夏粮收购工作全面启动', false, 1], ['荣昌猪肉首次出口香港', false, 1], ['县委召开农村工作会议', false, 1],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['■', 'stray-mark'], ['一', 'stray-mark'], ['━━━━━━━━━━━━', 'stray-mark']]);
  });
});

describe('a supplement’s address for submissions at the end of a block of text', () => {
  it('is furniture alone: the essay and the calligraphy over it keep their titles, author and lines', () => {
    const { articles, pages } = ingestText({
      '04.txt': ['外婆的夏布', '□ 陈 林', '  外婆是村里有名的织布能手。小时候,我最', '喜欢蹲在外婆的织布机旁,看她把一缕缕苎麻', '绩成细纱,再织成一匹匹雪白的夏布。',
        '  (作者单位:县实验中学)', '■■■■■■■■■■■■', '书法作品', '王德厚 作', '_', '投稿邮箱:rcbfk@163.com'].join('\n'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs])).toEqual([
      ['外婆的夏布', ['陈林'], ['外婆是村里有名的织布能手。小时候,我最喜欢蹲在外婆的织布机旁,看她把一缕缕苎麻绩成细纱,再织成一匹匹雪白的夏布。', '(作者单位:县实验中学)']],
      ['书法作品', ['王德厚'], []],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['■■■■■■■■■■■■', 'stray-mark'], ['_', 'stray-mark'], ['投稿邮箱:rcbfk@163.com', 'imprint']]);
  });
});

describe('the author’s mark read as 口', () => {
  it('signs the piece under its title with the name after it, spaced or not, not its subtitle', () => {
    const { articles } = ingestText({
      '04.txt': page('外婆的夏布\n口 陈 林', '外婆是村里有名的织布能手。', '故乡的年', '口 李明', '年味越来越浓了。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.authors])).toEqual([['外婆的夏布', null, ['陈林']], ['故乡的年', null, ['李明']]]);
  });
});

describe('a page’s top as OCR reads it', () => {
  it('reads a spaced section’s name among the header’s lines, a lunar date in its cyclical year, the page count and the spaced organ’s line as furniture', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('荣 昌 报\n中 共 荣 昌 县 委 机 关 报 荣 昌 县 新 闻 传 媒 中 心 出 版\n2O11年1O月2O日 星期四 辛卯年九月廿四 今日4版 第l版', '我县召开经济工作会议', '本报讯(记者 刘洋)1月13日,我县召开经济工作会议。'),
      '02.txt': page('2011年10月20日 星期四\n第 2 版\n综 合\n今日4版 责任编辑:陈 静', '城乡环境综合整治取得成效', '本报讯(记者 张燕)近日,全县城乡环境综合整治取得阶段性成效。'),
    }, { settings: { name: '荣昌报' } });
    expect(articles.map((a) => [a.page, a.section, a.kicker, a.headline])).toEqual([
      [1, null, null, '我县召开经济工作会议'],
      [2, '综合', null, '城乡环境综合整治取得成效'],
    ]);
    expect(pages.map((p) => p.furniture.length)).toEqual([3, 4]);
  });
});

describe('bylines as OCR reads them', () => {
  it('reads 汛 or 迅 for 讯, 通迅员 for 通讯员, and a credit whose bracket was lost at either end', () => {
    const { articles } = ingestText({
      '01.txt': page('县委召开全体会议', '本报汛(通迅员 邓小琴 记者 何 勇)10月19日,县委召开全体会议。',
        '惠农补贴发放到户', '本报讯(记者 张 燕 通讯员 周 林 截至6月10日,全县已发放惠农补贴。',
        '城区开展交通整治', '本报讯 记者 刘 洋)6月9日起,城区开展交通秩序整治。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['县委召开全体会议', '本报汛(通迅员 邓小琴 记者 何 勇)', ['何勇'], ['邓小琴'], ['10月19日,县委召开全体会议。']],
      ['惠农补贴发放到户', '本报讯(记者 张 燕 通讯员 周 林', ['张燕'], ['周林'], ['截至6月10日,全县已发放惠农补贴。']],
      ['城区开展交通整治', '本报讯 记者 刘 洋)', ['刘洋'], [], ['6月9日起,城区开展交通秩序整治。']],
    ]);
  });
});

describe('a headline printed again under a jump’s line, the text right under it', () => {
  it('is the story’s headline, not words run into the first sentence of its continued text', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('县委全体会议召开', '本报讯(记者 刘洋)10月18日,县委全体会议召开。会议号召,全县党员干部要紧密团结在党中央周围,(下转第3版)'),
      '03.txt': '(上接第1版)\n县委全体会议召开\n解放思想,抢抓机遇,扎实工作。',
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['县委全体会议召开', ['10月18日,县委全体会议召开。会议号召,全县党员干部要紧密团结在党中央周围,解放思想,抢抓机遇,扎实工作。']],
    ]);
    expect(pages[1]!.lines.find((l) => l.from === 2)).toMatchObject({ role: 'headline', article: articles[0]!.id });
  });
});

describe('a subtitle’s dash as OCR reads it', () => {
  it('drops 一一 before a subtitle, and keeps it where a headline starts with the word', () => {
    const { articles } = ingestText({
      '03.txt': page('生猪产业成为农民增收“顶梁柱”\n一一我县畜牧业发展调查\n本报记者 何 勇', '近年来,我县大力推进生猪产业发展。',
        '一一对应的帮扶机制建立', '本报讯(记者 王明)近日,我县建立一一对应的帮扶机制。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline])).toEqual([
      ['生猪产业成为农民增收“顶梁柱”', '我县畜牧业发展调查'], ['一一对应的帮扶机制建立', null],
    ]);
  });
});

describe('a caption wrapped over two lines, its credit at the end of the second', () => {
  it('is one caption, whether its first line reads as a caption or as a paragraph', () => {
    const { articles } = ingestText({
      '01.txt': page('消防演练进医院', '本报讯(记者 王明)8月6日,县消防大队在县人民医院开展消防应急演练。', '8月6日,县消防大队在县人民医院开展消防\n应急演练。(记者 王 明 摄)',
        '医疗队赴灾区', '本报讯(记者 刘洋)6月10日,县医疗队赴灾区。', '图为医疗队员在安置点为受灾群\n众诊治。(记者 王 明 摄)'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.length, a.captions, a.photographers])).toEqual([
      ['消防演练进医院', 1, ['8月6日,县消防大队在县人民医院开展消防应急演练。(记者 王 明 摄)'], ['王明']],
      ['医疗队赴灾区', 1, ['图为医疗队员在安置点为受灾群众诊治。(记者 王 明 摄)'], ['王明']],
    ]);
  });
});

describe('a page kept at the column’s width, its paragraphs marked by an indent', () => {
  it('joins an unindented line to the paragraph above it whatever that line ends in, and keeps a notice’s signature and date apart', () => {
    const { articles } = ingestText({
      '01.txt': page('爱心捐款', ['本报讯(记者 张 燕 通讯员 周 林 截至6月10日,全县干部群众为灾区',
        '捐款1286.5万元。', '  在县城广场的捐款现场,70岁的退休教师陈', '德福老人拿出积攒多年的2000元钱投进捐款箱。', '他说:“灾区的同胞有难,我们能帮一点是一点。”'].join('\n'),
        '关于禁止燃放烟花爆竹的通告', '  一、城区禁止燃放烟花爆竹。\n  二、本通告自发布之日起施行。\n荣昌县人民政府\n二〇〇九年三月一日'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['爱心捐款', ['张燕'], ['周林'], ['截至6月10日,全县干部群众为灾区捐款1286.5万元。', '在县城广场的捐款现场,70岁的退休教师陈德福老人拿出积攒多年的2000元钱投进捐款箱。他说:“灾区的同胞有难,我们能帮一点是一点。”']],
      ['关于禁止燃放烟花爆竹的通告', [], [], ['一、城区禁止燃放烟花爆竹。', '二、本通告自发布之日起施行。', '荣昌县人民政府', '二〇〇九年三月一日']],
    ]);
  });
});

describe('a title the column’s width cut in two', () => {
  it('is one title when its second line closes a bracket or a quotation the first left open', () => {
    const { articles } = ingestText({
      '01.txt': page('县委全会召开\n审议通过《中共荣昌县委关于加快建设\n川渝结合部经济强县的决定》\n本报讯(记者 刘洋)10月18日,县委全会召开。',
        '全县经济运行态势良好\n上半年GDP增长13.8%\n本报讯(记者 王明)上半年,全县经济运行态势良好。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['县委全会召开', '审议通过《中共荣昌县委关于加快建设川渝结合部经济强县的决定》', null],
      [null, '全县经济运行态势良好', '上半年GDP增长13.8%'],
    ]);
  });
});

describe('a rule beside a headline read as a bar', () => {
  it('is dropped from the headline', () => {
    const { articles } = ingestText({ '02.txt': page('寒冬送温暖 真情暖人心|', '本报讯(记者 陈静)1月13日,县民政局走访慰问困难群众。') });
    expect(articles.map((a) => a.headline)).toEqual(['寒冬送温暖 真情暖人心']);
  });
});

describe('a classical poem after an essay, its title and author in one block with its verses', () => {
  it('is a piece of its own, titled and signed, its verses a stanza', () => {
    const { articles } = ingestText({
      '03.txt': page('故乡的年\n文/陈晓东', '  小时候,最盼望的就是过年。', '七绝·咏荣昌夏布\n刘德厚\n千年苎麻织霜纱,\n细若蝉翼薄如霞。\n昔日贡品今犹在,\n荣昌夏布誉天涯。'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.reporters, a.paragraphs])).toEqual([
      ['故乡的年', [], ['陈晓东'], ['小时候,最盼望的就是过年。']],
      ['七绝·咏荣昌夏布', ['刘德厚'], [], ['千年苎麻织霜纱,\n细若蝉翼薄如霞。\n昔日贡品今犹在,\n荣昌夏布誉天涯。']],
    ]);
  });
});
