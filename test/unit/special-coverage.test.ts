// Pages of the special coverage a county paper prints several times a year (the review of 2026-12-02): 两会 voices,
// a chronicle, a box of figures, a policy's points. Each a few lines of a plausible page.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a policy’s points numbered ①②', () => {
  it('each start a paragraph under the clause that introduces them', () => {
    const { articles } = ingestText({
      '02.txt': page('医保新政3月起实施', '本报讯(融媒体中心记者 张丹)3月1日起,我区实施多项医保惠民新政,主要有以下变化:',
        '①门诊共济保障提高。职工医保普通门诊统筹年度支付限额提高至3000元。', '②异地就医更便捷。参保人员异地就医备案后可直接结算。'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['3月1日起,我区实施多项医保惠民新政,主要有以下变化:', '①门诊共济保障提高。职工医保普通门诊统筹年度支付限额提高至3000元。', '②异地就医更便捷。参保人员异地就医备案后可直接结算。'],
    ]);
  });
});

describe('a round-up of delegates’ words, each speaker with their post after their title', () => {
  it('makes each speaker a subhead over their words, credits none of them, and glues no speaker to the words', () => {
    const { articles } = ingestText({
      '02.txt': page('代表委员话发展', '全国人大代表、区畜牧科学研究院院长 刘作华', '“政府工作报告提出要大力发展新质生产力。”刘作华说。',
        '市人大代表、昌元街道玉屏社区党委书记 陈晓红', '“报告中多次提到‘民生’。”陈晓红表示。', '融媒体中心记者 杨丽丹'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.authors, a.paragraphs, a.subheads])).toEqual([
      ['代表委员话发展', ['杨丽丹'], [], ['全国人大代表、区畜牧科学研究院院长 刘作华', '“政府工作报告提出要大力发展新质生产力。”刘作华说。',
        '市人大代表、昌元街道玉屏社区党委书记 陈晓红', '“报告中多次提到‘民生’。”陈晓红表示。'], [0, 2]],
    ]);
  });
});

describe('a chronicle, each entry under its date on a line of its own', () => {
  it('is one piece, each date a subhead, its source credited for the whole', () => {
    const { articles } = ingestText({
      '05.txt': page('荣昌区建区二十周年大事记', '2000年6月25日', '国务院批准撤销荣昌县,设立重庆市荣昌区。', '2006年11月', '荣昌夏布织造技艺入选第一批国家级非物质文化遗产名录。',
        '2020年12月', '荣昌区成功创建全国文明城区。', '(区委党史研究室供稿)', '我区召开春季农业生产工作会', '本报讯(融媒体中心记者 张丹)3月8日,我区召开春季农业生产工作会。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['荣昌区建区二十周年大事记', ['2000年6月25日', '国务院批准撤销荣昌县,设立重庆市荣昌区。', '2006年11月', '荣昌夏布织造技艺入选第一批国家级非物质文化遗产名录。',
        '2020年12月', '荣昌区成功创建全国文明城区。'], [0, 2, 4]],
      ['我区召开春季农业生产工作会', ['3月8日,我区召开春季农业生产工作会。'], []],
    ]);
    expect(articles[0]!.byline).toBe('(区委党史研究室供稿)');
  });
});

describe('a box of figures and their labels, each on a line of its own', () => {
  it('keeps each line apart, never run into the next', () => {
    const { articles } = ingestText({
      '03.txt': page('守护“钱袋子” 让消费更放心', '本报记者 廖国颖', '去年以来,我区持续开展放心消费创建活动。',
        '数说', '2023年,全区共受理消费者投诉举报', '3862件', '为消费者挽回经济损失', '186.5万元', '办结率', '100%'),
    });
    expect(articles.flatMap((a) => a.paragraphs)).toEqual(['去年以来,我区持续开展放心消费创建活动。', '3862件', '为消费者挽回经济损失', '186.5万元', '办结率', '100%']);
  });
});

describe('a glossary, each term over what it means', () => {
  it('is one piece, each term a subhead, its source credited for the whole, and the next story keeps its headline', () => {
    const { articles } = ingestText({
      '02.txt': page('两会热词', '新质生产力', '政府工作报告提出,加快发展新质生产力。', '“人工智能+”', '报告提出,开展“人工智能+”行动。', '超长期特别国债',
        '报告提出,今年先发行1万亿元。', '(据新华社)', '区委召开常委会', '3月5日,区委召开常委会会议。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.paragraphs, a.subheads])).toEqual([
      ['两会热词', '(据新华社)', ['新质生产力', '政府工作报告提出,加快发展新质生产力。', '“人工智能+”', '报告提出,开展“人工智能+”行动。', '超长期特别国债', '报告提出,今年先发行1万亿元。'], [0, 2, 4]],
      ['区委召开常委会', null, ['3月5日,区委召开常委会会议。'], []],
    ]);
  });
});

describe('a round-up’s typical cases and a correction after a prize list', () => {
  it('makes 典型案例 and each numbered case’s title subheads of the story', () => {
    const { articles } = ingestText({
      '03.txt': page('守护“钱袋子” 让消费更放心', '本报记者 廖国颖', '去年以来,我区持续开展放心消费创建活动。', '典型案例', '案例一:预付卡“跑路”',
        '2023年8月,市民张女士办理的年卡无法使用,区市场监管局为其退还预付款。', '案例二:过期食品', '2023年11月,经调解超市支付十倍赔偿金1000元。'),
    });
    expect(articles.map((a) => [a.headline, a.subheads, a.paragraphs.length])).toEqual([['守护“钱袋子” 让消费更放心', [1, 2, 4], 6]]);
  });
  it('reads a spaced 更 正 as the correction’s headline, not the prize list’s author', () => {
    const { articles } = ingestText({
      '04.txt': page('主题征文获奖名单揭晓', '本报讯(融媒体中心记者 唐丽)近日,主题征文活动评选结果揭晓。获奖名单如下:', '一等奖', '《濑溪河的早晨》 陈思远(荣昌中学)',
        '《外婆的夏布》 刘雨涵(昌元街道)', '更 正', '本报3月8日第2版一文中,“60万亩”应为“66万亩”。特此更正。', '本报编辑部'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.reporters])).toEqual([['主题征文获奖名单揭晓', [], ['唐丽']], ['更正', [], []]]);
  });
});

describe('a gallery of delegates’ portraits, each named under its picture', () => {
  it('is a photo group: each name a caption, the photographer credited, and the next box its own piece', () => {
    const { articles } = ingestText({
      '02.txt': page('代表委员风采', '全国人大代表 刘作华', '市人大代表 陈晓红', '市政协委员 黄俊', '(融媒体中心记者 郑光慧 摄)',
        '两会知识', '问:人大代表和政协委员有什么区别?', '答:人大代表是国家权力机关的组成人员。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.photographers, a.captions, a.paragraphs])).toEqual([
      ['代表委员风采', null, ['郑光慧'], ['全国人大代表 刘作华', '市人大代表 陈晓红', '市政协委员 黄俊'], []],
      ['两会知识', null, [], [], ['问:人大代表和政协委员有什么区别?', '答:人大代表是国家权力机关的组成人员。']],
    ]);
  });
});

describe('a profile’s picture set in its text, captioned with no credit', () => {
  it('is a caption when its writer took the pictures and it shows the profile’s subject somewhere', () => {
    const read = (scene: string) => ingestText({
      '06.txt': page('罗开伦:三十年守护一方“猪”宝', '融媒体中心记者 张泽美 文/图', '清晨6点,荣昌猪保种场里,罗开伦已经穿上防护服。',
        '上世纪90年代,纯种荣昌猪数量锐减。', scene, '如今,荣昌猪遗传资源得到有效保护。'),
    }).articles.map((a) => [a.captions, a.paragraphs.length]);
    expect(read('罗开伦在猪舍查看荣昌猪生长情况')).toEqual([[['罗开伦在猪舍查看荣昌猪生长情况'], 3]]);
    // Someone the headline does not name is no caption of this profile's picture.
    expect(read('王大爷在猪舍查看荣昌猪生长情况')[0]![0]).toEqual([]);
  });
});

describe('an infographic’s text (一图读懂)', () => {
  it('is one piece: its figures lines of their own, its parts subheads, its bulleted items lines, its maker credited', () => {
    const { articles } = ingestText({
      '05.txt': page('一图读懂', '2024年荣昌区政府工作报告', '2023年成绩单', '地区生产总值 916.8亿元 增长6.2%', '规上工业增加值 增长9.1%',
        '2024年重点任务', '●加快建设国家畜牧科技城', '●实施城市更新行动', '制图:融媒体中心 王刚'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.photographers, a.paragraphs, a.subheads])).toEqual([
      ['一图读懂', '2024年荣昌区政府工作报告', ['王刚'], ['地区生产总值 916.8亿元 增长6.2%', '规上工业增加值 增长9.1%', '2024年重点任务', '●加快建设国家畜牧科技城', '●实施城市更新行动'], [2]],
    ]);
  });
});

describe('a planning’s banner or a service column’s label over a story’s own title', () => {
  it('is the kicker, and the title under it the headline', () => {
    const { articles } = ingestText({
      '08.txt': page('3·15国际消费者权益日特别策划\n守护“钱袋子” 让消费更放心', '本报记者 廖国颖', '又是一年“3·15”。连日来,记者走访了我区市场监管部门。',
        '文化强区系列报道之三\n让非遗“活”起来“火”起来', '本报讯(融媒体中心记者 张雪)走进安陶小镇,游客正在体验拉坯。',
        '便民服务\n停电通知', '因线路检修,3月16日8:00至18:00昌元街道部分区域停电。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['3·15国际消费者权益日特别策划', '守护“钱袋子” 让消费更放心', null],
      ['文化强区系列报道之三', '让非遗“活”起来“火”起来', null],
      ['便民服务', '停电通知', null],
    ]);
  });
});

describe('a column’s label between a box’s last line and the next story’s headline', () => {
  it('is the story’s kicker, and the line over it stays the box’s', () => {
    const { articles } = ingestText({
      '02.txt': page('图解', '2024年我区主要预期目标', '地区生产总值增长6%左右', '一般公共预算收入增长5%', '城镇新增就业1.5万人', '政策解读',
        '我区出台稳岗扩就业十条措施', '本报讯(融媒体中心记者 廖国颖)近日,区人力社保局等8部门联合印发稳岗扩就业十条措施。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs.at(-1)])).toEqual([
      ['图解', '2024年我区主要预期目标', '城镇新增就业1.5万人'],
      ['政策解读', '我区出台稳岗扩就业十条措施', '近日,区人力社保局等8部门联合印发稳岗扩就业十条措施。'],
    ]);
  });
});
