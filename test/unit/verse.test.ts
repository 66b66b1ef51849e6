import { describe, expect, it } from 'vitest';
import { articleBody } from '../../src/lib/ingest/markdown.ts';
import { joinColumnBreaks } from '../../src/lib/ingest/repair.ts';
import { paragraphsOf } from '../../src/lib/markdown/paragraphs.ts';
import { renderArticleBody } from '../../src/lib/markdown/processor.ts';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

/** A supplement's page with two poems, each under its title and author; a stanza a block, a verse a line. */
const SUPPLEMENT = page(
  '第4版 副刊 2024年3月15日 星期五',
  '春日荣昌', '□ 张三',
  '春风吹过濑溪河\n柳枝轻摇\n夏布的经纬里\n织进了千年的月光',
  '卤鹅的香\n飘过万灵古镇\n游子的梦\n在陶罐里发芽',
  '故乡的河', '□ 李四',
  '那条河\n从我的童年流过',
  '带走了纸船\n留下了星光\n也留下了我',
);

describe('poems', () => {
  it('keeps each verse on a line of its own, each stanza a paragraph, and each poem with its title and author', () => {
    const { articles } = ingestText({ '04.txt': SUPPLEMENT });
    // A poet signing with a mark is the poem's author, not a reporter of the paper.
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs])).toEqual([
      ['春日荣昌', ['张三'], ['春风吹过濑溪河\n柳枝轻摇\n夏布的经纬里\n织进了千年的月光', '卤鹅的香\n飘过万灵古镇\n游子的梦\n在陶罐里发芽']],
      // A stanza of two lines beside a longer one is the same poem's.
      ['故乡的河', ['李四'], ['那条河\n从我的童年流过', '带走了纸船\n留下了星光\n也留下了我']],
    ]);
  });
  it('starts a poem with no author line at its title, after the stanza before it or an essay’s closing note', () => {
    const { articles } = ingestText({
      '04.txt': page('夜读', '那盏灯\n亮了很多年\n照过父亲的账本', '荣昌夏布', '夏布是荣昌的名片\n麻线在织女手中穿梭\n织出一座城的记忆',
        '母亲的菜园', '□ 刘小梅', '母亲的菜园不大，就在老屋后面。', '（作者系荣昌区作协会员）', '清明', '〔唐〕杜牧', '清明时节雨纷纷，\n路上行人欲断魂。\n借问酒家何处有？\n牧童遥指杏花村。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['夜读', null, ['那盏灯\n亮了很多年\n照过父亲的账本']],
      ['荣昌夏布', null, ['夏布是荣昌的名片\n麻线在织女手中穿梭\n织出一座城的记忆']],
      ['母亲的菜园', null, ['母亲的菜园不大，就在老屋后面。', '（作者系荣昌区作协会员）']],
      ['清明', '〔唐〕杜牧', ['清明时节雨纷纷，\n路上行人欲断魂。\n借问酒家何处有？\n牧童遥指杏花村。']],
    ]);
  });
  it('keeps the poems a title announces (`（外一首）`) in its piece, each under its own title, and the next poem apart', () => {
    const { articles } = ingestText({
      '04.txt': page('五月的田野（外一首）', '□ 王丽', '五月的田野\n是一幅铺开的画卷\n布谷鸟把春天\n一声声喊醒', '夜读', '灯下一卷书\n窗外一轮月\n风翻过的那一页',
        '故乡的河', '那条河\n从我的童年流过\n带走了纸船'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs, a.subheads])).toEqual([
      ['五月的田野（外一首）', ['王丽'], ['五月的田野\n是一幅铺开的画卷\n布谷鸟把春天\n一声声喊醒', '夜读', '灯下一卷书\n窗外一轮月\n风翻过的那一页'], [1]],
      ['故乡的河', [], ['那条河\n从我的童年流过\n带走了纸船'], []],
    ]);
  });
  it('reads the letter-spaced titles between the poems of a series (组诗) as its subheads, not stanzas', () => {
    const { articles } = ingestText({
      '04.txt': page('濑溪河畔(组诗)', '□ 李 明', '春 水', '春水漫过石桥\n一尾鱼把整个春天衔进了深潭', '夜 归', '渔火三两点\n晚风把乡愁吹成了炊烟'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.subheads.map((at) => a.paragraphs[at]), a.paragraphs.length])).toEqual([
      ['濑溪河畔(组诗)', ['李明'], ['春 水', '夜 归'], 4],
    ]);
  });
  it('reads a poem of couplets, stanzas of two lines beside each other, and the next piece after it', () => {
    const { articles } = ingestText({
      '04.txt': page('春天来了', '□ 吴小燕', '春天来了\n柳枝发了芽', '燕子回来了\n在屋檐下筑巢', '我站在田埂上\n等风', '致敬，奋斗者', '□ 周国平', '你们是黎明前最早醒来的人。'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs])).toEqual([
      ['春天来了', ['吴小燕'], ['春天来了\n柳枝发了芽', '燕子回来了\n在屋檐下筑巢', '我站在田埂上\n等风']],
      ['致敬，奋斗者', ['周国平'], ['你们是黎明前最早醒来的人。']],
    ]);
  });
  it('credits a supplement’s author printed without a mark, a name alone under the title', () => {
    const { articles } = ingestText({
      '04.txt': page('父亲的菜园', '陈晓东', '父亲的菜园在屋后的山坡上，不大，却种满了各种蔬菜。', '乡愁', '张秀英', '那条河\n弯弯曲曲\n流过我的童年'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.byline, a.reporters, a.authors])).toEqual([
      ['父亲的菜园', null, '陈晓东', [], ['陈晓东']], ['乡愁', null, '张秀英', [], ['张秀英']],
    ]);
    // Names after their unit (a contributed piece's writers) are its authors too.
    const unit = ingestText({ '04.txt': page('儿童近视防控要趁早', '县人民医院眼科 陈丽', '近年来，儿童近视率居高不下。', '我的奶奶', '县实验小学五年级（3）班 张可欣', '我的奶奶今年七十岁了。') });
    expect(unit.articles.map((a) => [a.headline, a.subheadline, a.byline, a.authors])).toEqual([
      ['儿童近视防控要趁早', null, '县人民医院眼科 陈丽', ['陈丽']], ['我的奶奶', null, '县实验小学五年级（3）班 张可欣', ['张可欣']],
    ]);
    // A subtitle that is no name stays the subtitle.
    expect(ingestText({ '01.txt': page('我区全力推进民生实事', '十大项目全部完工', '今年以来，我区全力推进民生实事。') }).articles[0]!.subheadline).toBe('十大项目全部完工');
  });
  it('reads a classical poem’s title with its poet on one line as its headline and author, and the next poem keeps its own', () => {
    const { articles } = ingestText({
      '04.txt': page('巷子深处的理发铺', '□ 陈  默', '老街的巷子深处，有一家理发铺，开了三十多年。', '七律·荣昌春望 刘德厚',
        '濑水东流绕古城,\n海棠香里听莺声。\n万灵镇外桃千树,\n夏布坊中梭一程。', '春到濑溪河', '□ 周晓云', '濑溪河的水绿了\n岸边的柳枝\n一夜之间\n抽出了新芽'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs])).toEqual([
      ['巷子深处的理发铺', ['陈默'], ['老街的巷子深处，有一家理发铺，开了三十多年。']],
      ['七律·荣昌春望', ['刘德厚'], ['濑水东流绕古城,\n海棠香里听莺声。\n万灵镇外桃千树,\n夏布坊中梭一程。']],
      ['春到濑溪河', ['周晓云'], ['濑溪河的水绿了\n岸边的柳枝\n一夜之间\n抽出了新芽']],
    ]);
    // Lines over it that read as titles are no kicker and headline of it: the poem's line heads a piece of its own.
    const after = ingestText({ '04.txt': page('再也回不来了', '赶场天', '五天一场,逢三逢八\n爷爷背着背篓出门\n回来时,背篓里装着\n半斤白糖和一整条街的热闹', '七律·荣昌春望 刘德厚', '濑水东流绕古城,\n海棠香里听莺声。') });
    expect(after.articles.map((a) => [a.kicker, a.headline, a.authors]).at(-1)).toEqual([null, '七律·荣昌春望', ['刘德厚']]);
    expect(after.articles.some((a) => a.kicker === '爷爷背着背篓出门' || a.headline === '爷爷背着背篓出门')).toBe(false);
  });
  it('titles an untitled poem by its first verse, not its stanza', () => {
    const [poem] = ingestText({ '04.txt': page('春风吹过濑溪河\n柳枝轻摇\n夏布的经纬里\n织进了千年的月光') }).articles;
    expect([poem!.headline, poem!.headlineInferred]).toEqual(['春风吹过濑溪河', true]);
  });
  it('reads classical verse, each line ending in its punctuation', () => {
    const { articles } = ingestText({ '04.txt': page('登鹳雀楼', '□ 王之涣', '白日依山尽，\n黄河入海流。\n欲穷千里目，\n更上一层楼。') });
    expect(articles.map((a) => a.paragraphs)).toEqual([['白日依山尽，\n黄河入海流。\n欲穷千里目，\n更上一层楼。']]);
  });
  it('leaves prose wrapped in a narrow column, and a headline stacked over its story, as they were', () => {
    const { articles } = ingestText({
      '01.txt': page(
        '坚持以人民为中心\n我区全力推进民生实事\n——今年完成十大民生项目', '本报记者 王晓明',
        '今年以来，我区围绕群众急难愁盼，全力推进民生实事。',
        '聚焦主业稳增长\n荣昌工业经济\n实现开门红', '本报讯（记者 李四）一季度，全区工业经济实现开门红。',
        // A paragraph the extraction wrapped at the column's width: its lines are of one width, all but the last.
        '截至目前，全区已建成充电\n站一百二十座、充电桩两千\n余个，覆盖全部镇街。',
      ),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['坚持以人民为中心', '我区全力推进民生实事', '今年完成十大民生项目', ['今年以来，我区围绕群众急难愁盼，全力推进民生实事。']],
      // The lead runs the headline's two lines together (`…工业经济实现开门红`): one headline, wrapped.
      ['聚焦主业稳增长', '荣昌工业经济实现开门红', null, ['一季度，全区工业经济实现开门红。', '截至目前，全区已建成充电站一百二十座、充电桩两千余个，覆盖全部镇街。']],
    ]);
  });
  it('takes no headline whose story has no byline over it, no schedule and no list of names for a stanza', () => {
    const { articles } = ingestText({
      '01.txt': page('聚焦主业稳增长\n荣昌工业经济\n实现开门红', '一季度，全区工业经济实现开门红。', '（记者 王晓明）',
        '区运动会获奖名单', '本报讯（记者 李娜）区运动会获奖名单如下：', '王晓明 李刚 张伟\n刘洋 陈静 赵小强\n吴敏 周杰明'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['聚焦主业稳增长', '荣昌工业经济实现开门红', null, ['一季度，全区工业经济实现开门红。']],
      [null, '区运动会获奖名单', null, ['区运动会获奖名单如下：', '王晓明 李刚 张伟', '刘洋 陈静 赵小强', '吴敏 周杰明']],
    ]);
    expect(ingestText({ '02.txt': page('会议日程', '3月15日 开幕式\n3月16日 分组讨论\n3月17日 闭幕式') }).articles.flatMap((a) => a.paragraphs).join('')).not.toContain('\n');
  });
  it('joins nothing to a stanza, nor a stanza to the text before it, though neither ends a sentence', () => {
    const fragments = [
      { text: '编者按：春天到了', lines: [1], subhead: false },
      { text: '春风吹过濑溪河\n柳枝轻摇', lines: [3, 4], subhead: false, verse: true },
      { text: '作者系荣昌区作协会员', lines: [6], subhead: false },
    ];
    expect(joinColumnBreaks(fragments).paragraphs.map((p) => p.text)).toEqual(['编者按：春天到了', '春风吹过濑溪河\n柳枝轻摇', '作者系荣昌区作协会员']);
  });
  it('writes a stanza’s verses with hard line breaks, which the page shows as such and the site reads back', async () => {
    const [poem] = ingestText({ '04.txt': SUPPLEMENT }).articles;
    const markdown = articleBody(poem!);
    expect(markdown).toContain('春风吹过濑溪河\\\n柳枝轻摇\\\n');
    expect(paragraphsOf(markdown).paragraphs).toEqual(poem!.paragraphs);
    const html = await renderArticleBody(markdown, { captions: [] });
    expect(html).toMatch(/<p id="p1">春风吹过濑溪河<br>\s*柳枝轻摇<br>/u);
  });
});
