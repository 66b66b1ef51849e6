// Pages of a county paper's older years, 1995–2012, when it was 荣昌县报 (the review of 2026-12-02): the era's
// bylines and credits, a party paper's kickers, documents printed whole. Each a few lines of a plausible page.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a kicker that says who spoke or decided', () => {
  it('is the kicker over what they said or decided, the headline', () => {
    const { articles } = ingestText({
      '01.txt': page('县长在全县农村工作会议上强调\n抓好“三农”工作 推动新农村建设', '本报记者 陈小平', '2月18日,全县农村工作会议召开。',
        '县委作出决定\n开展向罗德明同志学习活动', '本报讯 县委日前作出决定,在全县开展向罗德明同志学习活动。'),
    }, { folder: '2006-02-20' });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['县长在全县农村工作会议上强调', '抓好“三农”工作 推动新农村建设', null],
      ['县委作出决定', '开展向罗德明同志学习活动', null],
    ]);
  });
});

describe('a profile’s parts, each titled by a word and the subject’s words in quotation marks', () => {
  it('makes each title a subhead, and a picture’s caption among them only the caption', () => {
    const { articles } = ingestText({
      '06.txt': page('一心为民的“泥腿子”书记', '——记吴家镇双河村党支部书记陈德贵', '□本报记者 王 静', '在吴家镇双河村,提起村支书陈德贵,村民们都会竖起大拇指。',
        '修路:“再难也要把路修通”', '双河村地处偏远,过去不通公路。', '致富:“让乡亲们都过上好日子”', '路通了,陈德贵想到了荣昌猪。',
        '陈德贵(右)在村民家中查看生猪养殖情况。', '本报记者 王 静 摄', '奉献:“我是党员,就该多干一点”', '2008年,陈德贵被查出患有胃病。'),
    }, { folder: '2010-06-25' });
    expect(articles.map((a) => [a.paragraphs.filter((_, i) => a.subheads.includes(i)), a.captions])).toEqual([
      [['修路:“再难也要把路修通”', '致富:“让乡亲们都过上好日子”', '奉献:“我是党员,就该多干一点”'], ['陈德贵(右)在村民家中查看生猪养殖情况。']],
    ]);
  });
});

describe('an older page’s top and a document’s title', () => {
  it('reads a letter-spaced masthead and a header of number, section, paper and date as furniture', () => {
    const { articles } = ingestText({
      'a.txt': page('荣 昌 县 报', '1995年10月20日 星期五 第4版', '县委十届五次全会召开', '本报讯 县委十届五次全会10月18日召开。'),
      'b.txt': page('2 要闻 荣昌县报 2003年12月26日', '县委决定表彰一批先进基层党组织', '本报讯 县委日前作出决定,表彰一批先进基层党组织。'),
    }, { folder: '1995-10-20' });
    expect(articles.map((a) => [a.page, a.section, a.kicker, a.headline])).toEqual([
      [4, null, null, '县委十届五次全会召开'],
      [2, '要闻', null, '县委决定表彰一批先进基层党组织'],
    ]);
  });
  it('reads a meeting’s document under the body that met, in two blocks, as one headline', () => {
    const { articles } = ingestText({
      '02.txt': page('中国共产党荣昌县第十一届委员会', '第六次全体会议公报', '(2003年12月24日中国共产党荣昌县第十一届委员会第六次全体会议通过)',
        '中国共产党荣昌县第十一届委员会第六次全体会议,于2003年12月23日至24日在县委礼堂举行。'),
    }, { folder: '2003-12-26' });
    expect(articles.map((a) => [a.headline, a.subheadline])).toEqual([['中国共产党荣昌县第十一届委员会第六次全体会议公报', null]]);
  });
});

describe('a byline on its own line over a dateline that credits nobody', () => {
  it('is the story’s, under its headline, and leaves the story above as it was', () => {
    const { articles } = ingestText({
      '01.txt': page('县人大常委会视察城区建设', '本报讯(记者 张开)4月14日,县人大常委会视察了县城建设工作。', '视察组要求,有关部门要加强城市规划管理。',
        '县政府召开全县计划生育工作会议', '记者 罗小兵 报道', '本报讯 4月16日,县政府召开全县计划生育工作会议。', '会议要求,各乡镇要认真落实目标管理责任制。'),
    }, { folder: '1998-04-17' });
    expect(articles.map((a) => [a.headline, a.reporters, a.paragraphs.length])).toEqual([
      ['县人大常委会视察城区建设', ['张开'], 2],
      ['县政府召开全县计划生育工作会议', ['罗小兵'], 2],
    ]);
  });
});

describe('a unit’s writer who supplied the story, at its end', () => {
  it('closes the story and credits the writer as a correspondent; the next story keeps its headline', () => {
    const { articles } = ingestText({
      '06.txt': page('一心为民的“泥腿子”书记', '□本报记者 王 静', '多年来,陈德贵先后被评为市优秀共产党员、县劳动模范。', '县委宣传部 李 军 供稿',
        '荣昌县委号召向陈德贵同志学习', '本报讯 县委日前发出通知,号召全县广大党员干部向陈德贵同志学习。'),
    }, { folder: '2010-06-25' });
    expect(articles.map((a) => [a.kicker, a.headline, a.reporters, a.correspondents])).toEqual([
      [null, '一心为民的“泥腿子”书记', ['王静'], ['李军']],
      [null, '荣昌县委号召向陈德贵同志学习', [], []],
    ]);
  });
});

describe('briefs behind a triangle under their column’s label', () => {
  it('are briefs, each its own article with its writer, keeping the triangle; a triangle over a picture stays a caption', () => {
    const { articles } = ingestText({
      '04.txt': page('扭亏要靠改革', '县供销社扭亏为盈的经验告诉我们,根本出路在于深化改革。', '(江 平)', '简讯',
        '△县农业银行今年累计发放支农贷款1.2亿元。(钟小勇)', '△县文化馆举办国庆书画展,展出作品120余件。',
        '秋收正忙', '▲ 10月15日,清江镇农民在田间收割中稻。', '本报记者 唐 勇 摄'),
    }, { folder: '1995-10-20' });
    expect(articles.map((a) => [a.paragraphs, a.reporters, a.captions])).toEqual([
      [['县供销社扭亏为盈的经验告诉我们,根本出路在于深化改革。'], ['江平'], []],
      [['△县农业银行今年累计发放支农贷款1.2亿元。'], ['钟小勇'], []],
      [['△县文化馆举办国庆书画展,展出作品120余件。'], [], []],
      [[], [], ['▲ 10月15日,清江镇农民在田间收割中稻。']],
    ]);
  });
});

describe('a commentary’s label over its title', () => {
  it('is its kicker when the piece is signed at its end, and 评论员文章 over a titled piece opens that piece', () => {
    const { articles } = ingestText({
      '09.txt': page('县供销社扭亏为盈', '本报记者 罗小兵', '今年前9个月,县供销社系统一举扭转了连续三年亏损的局面。',
        '短 评', '扭亏要靠改革', '县供销社扭亏为盈的经验告诉我们,根本出路在于深化改革。', '(本报评论员 江 平)',
        '评论员文章', '让党旗在基层高高飘扬', '本报评论员', '基层党组织是党的全部工作和战斗力的基础。'),
    }, { folder: '1995-10-20' });
    expect(articles.map((a) => [a.kicker, a.headline, a.byline, a.paragraphs.length])).toEqual([
      [null, '县供销社扭亏为盈', '本报记者 罗小兵', 1],
      ['短评', '扭亏要靠改革', '(本报评论员 江 平)', 1],
      [null, '让党旗在基层高高飘扬', '评论员文章 本报评论员', 1],
    ]);
  });
});

describe('a decision’s addressees and an appointment list, as older documents print them', () => {
  it('keeps two addressees, the last naming a second body in brackets, and a woman’s appointment marked (女), each a line of its own', () => {
    const { articles } = ingestText({
      '04.txt': page('中共荣昌县委关于表彰优秀共产党员的决定', '各乡镇党委,县级各部门党组(党委):', '在纪念建党80周年之际,县委决定,授予罗德明等50名同志“优秀共产党员”称号。',
        '县人大常委会决定任免名单', '任命:', '李明华为荣昌县计划委员会主任;', '王秀兰(女)为荣昌县审计局局长。'),
    }, { folder: '2001-07-01' });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['各乡镇党委,县级各部门党组(党委):', '在纪念建党80周年之际,县委决定,授予罗德明等50名同志“优秀共产党员”称号。'],
      ['任命:', '李明华为荣昌县计划委员会主任;', '王秀兰(女)为荣昌县审计局局长。'],
    ]);
  });
});

describe('a photo credit with its mark before the photographer’s rank', () => {
  it('credits the photographer (摄影 本报记者 唐 勇) and makes the item a picture with its caption', () => {
    const { articles } = ingestText({
      '07.txt': page('图片新闻', '金秋时节,清江镇万亩稻田一片金黄,农民抢抓晴好天气收割中稻。', '摄影 本报记者 唐 勇'),
    }, { folder: '2011-09-16' });
    expect(articles.map((a) => [a.photographers, a.reporters, a.captions])).toEqual([[['唐勇'], [], ['金秋时节,清江镇万亩稻田一片金黄,农民抢抓晴好天气收割中稻。']]]);
  });
});

describe('a slogan at the page’s foot after the last picture’s credit', () => {
  it('is a banner, not an article of its own', () => {
    const { articles, pages } = ingestText({
      '07.txt': page('图片新闻', '昌元街道海棠社区志愿者为孤寡老人打扫卫生。', '通讯员 李丽 摄', '重庆荣昌 海棠香国', '本版责编:陈 刚 美编:赵 亮'),
    }, { folder: '2011-09-16' });
    expect(articles).toHaveLength(1);
    expect(pages[0]!.furniture.map((f) => [f.reason, f.text])).toContainEqual(['banner', '重庆荣昌 海棠香国']);
  });
});
