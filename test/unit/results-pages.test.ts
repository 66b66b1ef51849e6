// A county paper's results and figures (the review of 2026-12-01, session 28): exam scores, games' placings, a
// match's scores by quarter, a week's police figures and a box of prices. Each row is a line of the story it closes,
// never a headline, a subhead or a slogan.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');
const lead = (headline: string, text: string) => [headline, `本报讯(融媒体中心记者 邓玲)${text}`];

describe('rows of results and figures', () => {
  it('keeps top scorers’ rows, plain or numbered, under their lists’ headings in the story that tells of them', () => {
    const { articles } = ingestText({
      '03.txt': page(...lead('我区2024年高考再创佳绩', '6月25日，高考成绩揭晓。荣昌中学陈思远以物理类682分位列全区第一，刘雨桐以历史类645分位列历史类第一。'),
        '物理类全区前三名', '陈思远 682分 荣昌中学', '王浩然 676分 荣昌中学', '张  博 668分 永荣中学',
        '历史类全区前两名', '刘雨桐 645分 荣昌中学', '杨  柳 638分 永荣中学', '区教委相关负责人表示，今年高考成绩的取得，得益于教育教学改革。'),
      '04.txt': page(...lead('2024年中考成绩公布', '7月3日，全区中考成绩公布。'), '中考全区前三名', '1.吴  桐 742分 荣昌初级中学', '2.陈嘉怡 739分 荣昌初级中学', '3.李一鸣 736分 荣昌中学初中部'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.slice(1), a.subheads])).toEqual([
      ['我区2024年高考再创佳绩', ['物理类全区前三名', '陈思远 682分 荣昌中学', '王浩然 676分 荣昌中学', '张  博 668分 永荣中学', '历史类全区前两名', '刘雨桐 645分 荣昌中学', '杨  柳 638分 永荣中学', '区教委相关负责人表示，今年高考成绩的取得，得益于教育教学改革。'], [1]],
      ['2024年中考成绩公布', ['中考全区前三名', '1.吴  桐 742分 荣昌初级中学', '2.陈嘉怡 739分 荣昌初级中学', '3.李一鸣 736分 荣昌中学初中部'], [1]],
    ]);
  });
  it('keeps a games’ placings, a row of four words among them, its team totals and the next event’s name between results in the story', () => {
    const { articles, pages } = ingestText({
      '06.txt': page(...lead('区运会田径比赛落幕', '10月17日，区第九届运动会田径比赛落幕，昌元街道代表队获团体总分第一名。'),
        '部分项目获奖名单', '男子100米 第一名 张浩然 昌元街道', '男子100米 第二名 李  强 昌州街道', '男子跳远 第一名 刘俊峰 峰高街道', '女子铅球 第一名 赵  敏 吴家镇',
        '团体总分', '第一名 昌元街道 386分', '第二名 昌州街道 352分'),
      '07.txt': page(...lead('区运会游泳比赛收官', '10月16日，区运会游泳比赛收官。'), '第一名 彭宇航 昌州街道 26秒15', '第二名 胡  杰 昌元街道 26秒88',
        '女子50米蛙泳', '第一名 苏  琪 昌州街道 39秒72', '第二名 田思雨 双河街道 40秒05'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.slice(1)])).toEqual([
      ['区运会田径比赛落幕', ['部分项目获奖名单', '男子100米 第一名 张浩然 昌元街道', '男子100米 第二名 李  强 昌州街道', '男子跳远 第一名 刘俊峰 峰高街道', '女子铅球 第一名 赵  敏 吴家镇', '团体总分', '第一名 昌元街道 386分', '第二名 昌州街道 352分']],
      ['区运会游泳比赛收官', ['第一名 彭宇航 昌州街道 26秒15', '第二名 胡  杰 昌元街道 26秒88', '女子50米蛙泳', '第一名 苏  琪 昌州街道 39秒72', '第二名 田思雨 双河街道 40秒05']],
    ]);
    // `男子跳远 第一名 刘俊峰 峰高街道` has a slogan's four words: it had been set aside as a banner.
    expect(pages.flatMap((p) => p.furniture)).toEqual([]);
  });
  it('keeps a match’s scores by quarter and a week’s figures after their introduction, a line each, before the next paragraph', () => {
    const { articles } = ingestText({
      '06.txt': page(...lead('92∶85！荣昌男篮逆转夺冠', '10月12日，荣昌男篮逆转夺冠。'), '各节比分', '第一节 22∶25', '第二节 18∶24', '第三节 20∶21', '第四节 32∶15'),
      '07.txt': page(...lead('警情通报', '1月22日至28日，全区共接报警情1286起。其中：'), '刑事警情 42起', '治安警情 118起', '交通警情 396起', '民警提醒：近期盗窃电动车电瓶案件有所上升。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['92∶85！荣昌男篮逆转夺冠', ['10月12日，荣昌男篮逆转夺冠。', '各节比分', '第一节 22∶25', '第二节 18∶24', '第三节 20∶21', '第四节 32∶15'], [1]],
      ['警情通报', ['1月22日至28日，全区共接报警情1286起。其中：', '刑事警情 42起', '治安警情 118起', '交通警情 396起', '民警提醒：近期盗窃电动车电瓶案件有所上升。'], []],
    ]);
  });
  it('keeps a box of prices whole under its title, its header row a line, apart from the story above and the column after it', () => {
    const { articles } = ingestText({
      '03.txt': page(...lead('龙集镇花椒喜获丰收', '今年，龙集镇花椒喜获丰收，花椒价格稳中有升。'), '本周农产品价格', '品名 单价 涨跌', '青花椒（鲜） 12元/公斤 ↑', '稻谷 2.76元/公斤 —', '荣昌卤鹅 68元/只 ↓',
        '荣昌猪价格行情', '（3月14日）', '生猪（外三元） 14.2元/公斤', '仔猪（15公斤左右） 32元/公斤', '玉米 2.45元/公斤'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['龙集镇花椒喜获丰收', ['今年，龙集镇花椒喜获丰收，花椒价格稳中有升。']],
      ['本周农产品价格', ['品名 单价 涨跌', '青花椒（鲜） 12元/公斤 ↑', '稻谷 2.76元/公斤 —', '荣昌卤鹅 68元/只 ↓']],
      ['荣昌猪价格行情', ['（3月14日）', '生猪（外三元） 14.2元/公斤', '仔猪（15公斤左右） 32元/公斤', '玉米 2.45元/公斤']],
    ]);
  });
  it('still reads a subtitle whose phrases hold figures as a subtitle, and a placing inside a headline’s words as a headline', () => {
    const { articles } = ingestText({
      '01.txt': page('荣昌高新区上半年新签约项目38个', '协议引资额达126亿元 同比增长21.3%', '本报讯(记者 陈曦)上半年，荣昌高新区新签约项目38个。',
        '荣昌男篮 勇夺第一名', '本报讯(记者 罗杰)10月12日，荣昌男篮夺冠。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline])).toEqual([['荣昌高新区上半年新签约项目38个', '协议引资额达126亿元 同比增长21.3%'], ['荣昌男篮 勇夺第一名', null]]);
  });
  it('reads an award’s row (体育道德风尚奖 区教委队 区交通局队) as a result, so a short table under its heading stays in its story and the next story keeps its headline', () => {
    const { articles } = ingestText({
      '03.txt': page('区第十届职工篮球赛落幕', '本报讯(融媒体中心记者 黄伟)3月10日,区第十届职工篮球赛落下帷幕。', '比赛结果', '冠军 区供电公司队', '体育道德风尚奖 区教委队 区交通局队',
        '小小足球 快乐成长', '3月9日,区青少年校园足球联赛开赛。', '融媒体中心记者 许永 摄'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['区第十届职工篮球赛落幕', ['3月10日,区第十届职工篮球赛落下帷幕。', '比赛结果', '冠军 区供电公司队', '体育道德风尚奖 区教委队 区交通局队']],
      ['小小足球 快乐成长', ['3月9日,区青少年校园足球联赛开赛。']],
    ]);
  });
});

