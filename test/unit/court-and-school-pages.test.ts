// A county paper's legal page (法治版: typical cases, a judge's words, the law cited) and its education and sports
// pages (校园风采, results, profiles of teachers), as the review of 2026-12-02 (session 34) wrote them: each a few lines
// of a plausible page.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');
const titlesAndSubheads = (pages: Record<string, string>) =>
  ingestText(pages).articles.map((a) => [a.headline, a.paragraphs.filter((_, i) => a.subheads.includes(i))]);

describe('a typical case’s parts, labelled without brackets or in other brackets', () => {
  it('are subheads of the case, not headlines of articles of their own', () => {
    expect(titlesAndSubheads({
      '05.txt': page('预付卡“跑路” 经营者担责', '基本案情', '张某某在某健身房办理了年卡,支付费用3600元。半年后,健身房停业。', '裁判结果',
        '法院判决王某退还张某某剩余费用1800元。', '典型意义', '预付式消费中,经营者不得擅自终止服务,否则应当退还预付款。'),
    })).toEqual([['预付卡“跑路” 经营者担责', ['基本案情', '裁判结果', '典型意义']]]);
    expect(titlesAndSubheads({
      '05.txt': page('区法院审结一起赡养纠纷案', '本报讯(通讯员 罗丹)近日,区法院审结一起赡养纠纷案,判决被告张某每月支付父亲生活费800元。',
        '〔法官说法〕', '子女对父母有赡养扶助的义务,不得以任何理由拒绝。', '［法条链接］', '《中华人民共和国民法典》第一千零六十七条规定了成年子女的赡养义务。',
        '法官寄语', '孝老爱亲是中华民族的传统美德。'),
    })).toEqual([['区法院审结一起赡养纠纷案', ['〔法官说法〕', '［法条链接］', '法官寄语']]]);
  });
});

describe('a profile’s parts, each titled by its subject’s words alone in quotation marks', () => {
  it('are subheads of the profile, which keeps its closing credit', () => {
    const { articles } = ingestText({
      '07.txt': page('扎根乡村三十载 甘为人梯育桃李', '——记清江镇中心小学教师刘桂芳', '1992年，19岁的刘桂芳从荣昌师范学校毕业，主动申请回到家乡任教。',
        '“家访是我的必修课”', '班上的留守儿童多，刘桂芳坚持每学期走访每一名学生的家庭。', '“课堂要让孩子们喜欢”', '她执教的《秋天的雨》获得全区优质课比赛一等奖。',
        '融媒体中心记者 郑光慧'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.filter((_, i) => a.subheads.includes(i)), a.reporters])).toEqual([
      ['扎根乡村三十载 甘为人梯育桃李', ['“家访是我的必修课”', '“课堂要让孩子们喜欢”'], ['郑光慧']],
    ]);
  });

  it('leaves a line of dialogue, which ends its sentence inside the quotation marks, a paragraph', () => {
    const { articles } = ingestText({
      '07.txt': page('老党员的新生活', '本报讯（融媒体中心记者 廖国颖）近日，记者走进吴家镇双河村。', '“谢谢你们！”', '老人握着志愿者的手说。', '“下次再来。”', '志愿者们笑着答应。'),
    });
    expect(articles.map((a) => [a.headline, a.subheads])).toEqual([['老党员的新生活', []]]);
  });
});

describe('a student’s essay signed at its end with school, class and name', () => {
  it('credits the student as its author, and the next essay keeps its own title', () => {
    const { articles } = ingestText({
      '08.txt': page('我的同桌', '我的同桌是个“小书虫”，下课了也捧着书不放。', '昌元中学初二（1）班 刘洋', '一次难忘的研学', '上周，学校组织我们到安陶小镇研学。我亲手做了一个陶杯。',
        '峰高中学初一（1）班 赵子轩'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.authors, a.paragraphs])).toEqual([
      ['我的同桌', null, ['刘洋'], ['我的同桌是个“小书虫”，下课了也捧着书不放。']],
      ['一次难忘的研学', null, ['赵子轩'], ['上周，学校组织我们到安陶小镇研学。我亲手做了一个陶杯。']],
    ]);
  });
});

describe('a picture’s credit between a bylined story’s paragraphs, its caption left out', () => {
  it('credits the photographer, and the story goes on under it', () => {
    const { articles } = ingestText({
      '03.txt': page('春节将至 谨防盗窃', '本报讯(通讯员 何川)春节临近,各类盗窃案件进入高发期。区公安局提醒广大市民,外出时务必锁好门窗。',
        '1月以来,区公安局已破获盗窃案件23起,抓获犯罪嫌疑人15名,为群众挽回经济损失30余万元。其中,通过视频巡查发现线索破案9起,通过群众举报破案6起,其余案件均为民警走访排查破获。',
        '通讯员 何川 摄', '目前,相关案件正在进一步侦办中。', '区法院开展送法进社区活动', '本报讯(通讯员 罗丹)近日,区法院干警走进昌州街道开展普法宣传。'),
    });
    expect(articles.map((a) => [a.headline, a.photographers, a.paragraphs.length])).toEqual([
      ['春节将至 谨防盗窃', ['何川'], 3],
      ['区法院开展送法进社区活动', [], 1],
    ]);
  });
});

describe('what stands over a headline and under it on these pages', () => {
  it('reads a standing column’s name of five characters or more, or with its instalment, as the kicker', () => {
    for (const column of ['检察官说案', '法治进行时', '扫黑除恶进行时', '法律小讲堂', '法官说法 第12期']) {
      const { articles } = ingestText({
        '04.txt': page(column, '冒名顶替上学被判刑', '本报讯(通讯员 梁胜明)2021年,被告人陈某某伪造身份信息,冒用考生赵某的高考成绩和录取资格。'),
      });
      expect(articles.map((a) => [a.kicker, a.headline, a.subheadline]), column).toEqual([[column, '冒名顶替上学被判刑', null]]);
    }
  });

  it('reads a match’s score between its teams, spaced, under the headline as its subtitle', () => {
    const { articles, warnings } = ingestText({
      '11.txt': page('篮球联赛决赛落幕', '荣昌中学 3∶1 永荣中学', '本报讯（通讯员 黄丽）5月12日，全区中学生篮球联赛决赛举行，荣昌中学以总比分3∶1夺冠。', '比赛吸引了500余名师生观战。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.correspondents, a.paragraphs.length])).toEqual([['篮球联赛决赛落幕', '荣昌中学 3∶1 永荣中学', ['黄丽'], 2]]);
    expect(warnings.filter((w) => w.code === 'no-headline')).toEqual([]);
  });
});

describe('a table of results in a story, its rows in groups', () => {
  it('keeps the group’s heading and its rows in the story, under the clause that introduces them or the table’s title', () => {
    const { articles } = ingestText({
      '11.txt': page('区第十届中小学生运动会落幕', '本报讯（融媒体中心记者 张泽美）11月8日，荣昌区第十届中小学生田径运动会落下帷幕。', '团体总分前三名如下：', '高中组',
        '第一名 荣昌中学 386分', '第二名 永荣中学 312分', '初中组', '第一名 昌元中学 298分', '第二名 峰高中学 276分', '本届运动会共有2人2次打破区纪录。'),
      '12.txt': page('2023重庆荣昌马拉松鸣枪开跑', '本报讯（融媒体中心记者 杨丽丹）11月26日，2023重庆荣昌马拉松在万灵古镇鸣枪开跑。', '全程马拉松前三名', '男子组',
        '1 基普罗普 2:15:32', '2 张伟 2:17:45', '女子组', '1 李梅 2:38:07', '荣昌本地跑者周勇以2小时56分的成绩完成全程。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.length, a.paragraphs.at(-1)])).toEqual([
      ['区第十届中小学生运动会落幕', 9, '本届运动会共有2人2次打破区纪录。'],
      ['2023重庆荣昌马拉松鸣枪开跑', 8, '荣昌本地跑者周勇以2小时56分的成绩完成全程。'],
    ]);
  });
});

describe('lists in a story', () => {
  it('reads short numbered tips with no text between them as the story’s lines, not as subheads over nothing', () => {
    const { articles } = ingestText({
      '05.txt': page('反诈“六不”要牢记', '一、不轻信陌生来电', '二、不透露个人信息', '三、不点击不明链接', '四、不向陌生账户转账', '区公安局反诈中心 供稿'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.length, a.subheads])).toEqual([['反诈“六不”要牢记', 4, []]]);
  });

  it('keeps a list of winners, each after their school and class, with the clause that introduces it, crediting none', () => {
    const { articles } = ingestText({
      '06.txt': page('我区作文大赛结果揭晓', '本报讯（融媒体中心记者 何静）近日，荣昌区第五届中小学生作文大赛结果揭晓。', '一等奖获奖名单如下：',
        '荣昌中学高二（3）班 李明', '永荣中学高一（5）班 王芳', '昌元小学五年级（2）班 陈思思', '获奖作文将结集出版。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.authors, a.paragraphs.length])).toEqual([['我区作文大赛结果揭晓', ['何静'], [], 6]]);
  });
});

describe('a court’s notice', () => {
  it('is one article titled as printed, its number the subtitle, its closing formula, signature and date its last lines', () => {
    const { articles } = ingestText({
      '06.txt': page('法院公告', '(2023)渝0153民初5678号', '陈某某:', '本院受理原告重庆某某小额贷款有限公司诉你借款合同纠纷一案,已审理终结。现依法向你公告送达民事判决书。',
        '特此公告', '重庆市荣昌区人民法院', '二〇二三年十一月二十日'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.slice(-3)])).toEqual([
      [null, '法院公告', '(2023)渝0153民初5678号', ['特此公告', '重庆市荣昌区人民法院', '二〇二三年十一月二十日']],
    ]);
  });
});

describe('a legal page’s labels and credits', () => {
  it('reads a part’s label behind an author’s mark as a subhead, crediting nobody', () => {
    const { articles } = ingestText({
      '05.txt': page('区法院审结一起赡养纠纷案', '本报讯(通讯员 罗丹)近日,区法院审结一起赡养纠纷案,判决被告张某每月支付父亲生活费800元。', '◎法官说法', '子女对父母有赡养扶助的义务,不得以任何理由拒绝。'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.correspondents, a.paragraphs.filter((_, i) => a.subheads.includes(i))])).toEqual([
      ['区法院审结一起赡养纠纷案', [], ['罗丹'], ['◎法官说法']],
    ]);
  });

  it('credits a writer whose post follows their name in brackets', () => {
    const { articles } = ingestText({
      '05.txt': page('老人赠与房产后能否反悔', '附义务的赠与中,受赠人不履行约定义务的,赠与人可以撤销赠与。', '作者:罗丹(区法院法官助理)'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs])).toEqual([['老人赠与房产后能否反悔', ['罗丹'], ['附义务的赠与中,受赠人不履行约定义务的,赠与人可以撤销赠与。']]]);
  });

  it('reads a column’s name and its topic over a headline as the kicker, not a place’s stamp', () => {
    const { articles, pages } = ingestText({
      '05.txt': page('以案说法·婚姻家庭', '冒名顶替上学被判刑', '本报讯(通讯员 梁胜明)2021年,被告人陈某某伪造身份信息,冒用考生赵某的高考成绩。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline])).toEqual([['以案说法·婚姻家庭', '冒名顶替上学被判刑']]);
    expect(pages[0]!.furniture).toEqual([]);
  });
});

describe('a page’s briefs and its pictures’ credit', () => {
  it('reads a column of briefs named for its subject as the column’s label, each brief a story of its own with its credit', () => {
    const { articles, warnings, pages } = ingestText({
      '07.txt': page('教育简讯', '●近日，荣昌职教中心学生在重庆市职业院校技能大赛中获得一等奖3个。（通讯员 黄丽）', '●3月18日，区教委组织开展春季学校安全大检查，共排查隐患27处。（记者 廖国颖）'),
    });
    expect(articles.map((a) => [a.correspondents, a.reporters])).toEqual([[['黄丽'], []], [[], ['廖国颖']]]);
    expect(warnings.filter((w) => w.code === 'no-headline')).toEqual([]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['教育简讯', 'column-label']]);
  });

  it('reads the page’s photographers’ credit (本版摄影 …) as the page’s note, not a story’s paragraph', () => {
    const { articles, pages } = ingestText({
      '12.txt': page('2023重庆荣昌马拉松鸣枪开跑', '本报讯（融媒体中心记者 杨丽丹）11月26日，2023重庆荣昌马拉松在万灵古镇鸣枪开跑。', '本版摄影 张雪 邓强'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([['11月26日，2023重庆荣昌马拉松在万灵古镇鸣枪开跑。']]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['本版摄影 张雪 邓强', 'page-note']]);
  });
});

describe('a box of debtors’ records (曝光台)', () => {
  it('keeps each record’s fields, label spaced from value, as the box’s lines, not as titles of articles of their own', () => {
    const { articles } = ingestText({
      '06.txt': page('曝光台', '被执行人 张某某', '身份证号 500226198503******', '案号 (2022)渝0153执1234号', '未履行金额 86000元',
        '被执行人 李某', '身份证号 500226197908******', '案号 (2022)渝0153执1567号', '未履行金额 123400元'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.length])).toEqual([[null, '曝光台', null, 8]]);
  });
});

describe('a campaign’s slogan over a headline', () => {
  it('is the kicker when it calls on everyone, over a headline that reports no event too', () => {
    const { articles } = ingestText({
      '04.txt': page('全民反诈 你我同行', '“刷单返利”又出新花样', '本报讯(融媒体中心记者 廖国颖)9月5日,市民刘某某在短视频平台刷到一则广告,先后被骗5.8万元。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([['全民反诈 你我同行', '“刷单返利”又出新花样', null]]);
  });
});

describe('a health page’s explainer, parted by short points or by its questions', () => {
  it('keeps short points under the clause that introduces them as subheads of one story, closed by its credit', () => {
    const { articles } = ingestText({
      '05.txt': page('秋季腹泻高发 这些知识要知道', '入秋以后,昼夜温差加大,秋季腹泻进入高发期。区疾控中心专家提醒:', '勤洗手', '饭前便后、外出回家后要用流动水和肥皂洗手。',
        '注意饮食卫生', '生熟分开,不吃生冷、变质食物,瓜果要洗净。', '及时补液', '孩子腹泻后容易脱水,可口服补液盐。', '(区疾控中心 供稿)'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.filter((_, i) => a.subheads.includes(i))])).toEqual([
      ['秋季腹泻高发 这些知识要知道', ['勤洗手', '注意饮食卫生', '及时补液']],
    ]);
  });

  it('keeps a box after a numbered part’s paragraph apart from the story', () => {
    const { articles } = ingestText({
      '06.txt': page('春季水稻育秧技术要点', '现将春季水稻育秧技术要点介绍如下。', '一、精选良种', '选择适合我区种植的优质高产品种。', '二、适时播种',
        '日平均气温稳定通过12℃时即可播种。', '农事提醒', '近期气温回升快,小麦进入拔节孕穗期,要注意防治条锈病。', '(区农业农村委供稿)'),
    });
    expect(articles.map((a) => a.headline)).toEqual(['春季水稻育秧技术要点', '农事提醒']);
  });

  it('keeps the questions a bylined story answers, in its headline’s words, as its subheads', () => {
    const { articles } = ingestText({
      '05.txt': page('颈椎病 别总低头', '本报讯(融媒体中心记者 曾丽)随着智能手机的普及,“低头族”越来越多,颈椎病也呈现年轻化趋势。', '颈椎病有哪些表现',
        '颈椎病早期常表现为颈肩部酸痛、僵硬。', '如何预防颈椎病', '避免长时间低头。看手机、用电脑每隔40分钟要起身活动。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.paragraphs.filter((_, i) => a.subheads.includes(i))])).toEqual([
      ['颈椎病 别总低头', ['曾丽'], ['颈椎病有哪些表现', '如何预防颈椎病']],
    ]);
  });
});
