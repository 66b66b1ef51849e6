// More page shapes the sample does not have, from the eighth review of other papers' pages (commentary, service,
// notices, prize lists), written by hand: each a few lines of a plausible page.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('the end of a piece', () => {
  it('reads a name alone after a piece’s last sentence, over the next title or a column’s label, as its author', () => {
    const { articles } = ingestText({
      '03.txt': page('一家之言', '莫让“打卡式”调研走过场', '调研是谋事之基。然而，有的地方调研“走马观花”。', '李 明', '观点摘编', '“基层减负”不能减了责任', '基层减负，减的是形式主义负担。',
        '欧阳晓峰', '县政府召开常务会议', '本报讯(记者 王晓明)5月9日，县政府召开常务会议。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.authors, a.paragraphs])).toEqual([
      ['一家之言', '莫让“打卡式”调研走过场', ['李明'], ['调研是谋事之基。然而，有的地方调研“走马观花”。']],
      ['观点摘编', '“基层减负”不能减了责任', ['欧阳晓峰'], ['基层减负，减的是形式主义负担。']],
      [null, '县政府召开常务会议', [], ['5月9日，县政府召开常务会议。']],
    ]);
  });
  it('reads a writer after their unit, after a column’s last tip and over the next story’s titles, as the column’s author', () => {
    const { articles } = ingestText({
      '05.txt': page('农技小课堂', '春季柑橘管理要点', '一是及时施好春肥。春梢萌发前10至15天施肥。', '二是做好病虫害防治。重点防治红蜘蛛和蚜虫。',
        '区农技推广中心 张永红', '盘龙镇', '2000余亩油菜花开迎客来', '近日，盘龙镇大建村2000余亩油菜花竞相绽放。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.authors, a.byline])).toEqual([
      ['农技小课堂', '春季柑橘管理要点', ['张永红'], '区农技推广中心 张永红'],
      ['盘龙镇', '2000余亩油菜花开迎客来', [], null],
    ]);
  });
  it('leaves a column’s label of two characters, and a profile’s name over its subtitle, as titles', () => {
    const { articles } = ingestText({
      '03.txt': page('减负，必须从“指尖”减起。', '时评', '让“菜篮子”拎得更安心', '□ 郑文', '食品安全无小事。', '张桂梅', '——记县第一中学教师张桂梅', '她把一生献给了山里的孩子。'),
    });
    expect(articles.slice(1).map((a) => [a.kicker, a.headline, a.subheadline, a.authors])).toEqual([
      ['时评', '让“菜篮子”拎得更安心', null, ['郑文']],
      [null, '张桂梅', '记县第一中学教师张桂梅', []],
    ]);
  });
});

describe('people by their unit or post', () => {
  it('credits a byline of a post and a spaced name under a title, and the paper’s newsroom’s names as its reporters', () => {
    const { articles } = ingestText({
      '05.txt': page('夏季如何预防中暑？', '县人民医院急诊科主任医师 张 敏', '入夏以来，中暑患者明显增多。', '“积分超市”兑出文明新风', '融媒体中心 谢 佳 谭 露', '5月8日，大建村村民用积分兑换了生活用品。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.authors, a.reporters])).toEqual([
      ['夏季如何预防中暑？', '县人民医院急诊科主任医师 张 敏', ['张敏'], []],
      ['“积分超市”兑出文明新风', '融媒体中心 谢 佳 谭 露', [], ['谢佳', '谭露']],
    ]);
  });
  it('keeps rows of a name and a place of work with a post (`刘志强 重庆某机械有限公司高级技师`) a line each', () => {
    const { articles } = ingestText({
      '05.txt': page('获奖名单', '2024年县“五一”劳动奖章获得者（20名）：', '刘志强 重庆某机械有限公司高级技师', '陈 丽 县人民医院心内科护士长', '张德明 清江镇双龙村党委书记'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['2024年县“五一”劳动奖章获得者（20名）：', '刘志强 重庆某机械有限公司高级技师', '陈 丽 县人民医院心内科护士长', '张德明 清江镇双龙村党委书记'],
    ]);
  });
});

describe('lists that close a story', () => {
  it('keeps a prize list and a ranking under their introduction in the story, a line each, and the next story apart', () => {
    const { articles } = ingestText({
      '06.txt': page('我县学子在科技创新大赛中获佳绩', '本报讯（记者 孙 悦）5月8日，全市科技创新大赛落幕。', '获奖名单如下：', '一等奖（3项）',
        '《基于物联网的智能鱼缸》 张子涵（县实验中学） 指导教师：刘 明', '《荣昌夏布纤维强度的研究》 王雨欣（荣昌中学）', '二等奖（5项）', '《濑溪河水质监测装置》 刘思远（县第二中学）',
        '县中学生运动会闭幕', '本报讯（通讯员 周 敏）5月9日，县中学生运动会闭幕。', '团体总分前三名：', '第一名 荣昌中学 386分', '第二名 县实验中学 352分', '第三名 县第二中学 298分',
        '三好学生拟表彰名单公示', '经学校推荐、县教委审核，拟表彰以下同学为县级三好学生，现予以公示。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '我县学子在科技创新大赛中获佳绩', ['5月8日，全市科技创新大赛落幕。', '获奖名单如下：', '一等奖（3项）', '《基于物联网的智能鱼缸》 张子涵（县实验中学） 指导教师：刘 明',
        '《荣昌夏布纤维强度的研究》 王雨欣（荣昌中学）', '二等奖（5项）', '《濑溪河水质监测装置》 刘思远（县第二中学）']],
      [null, '县中学生运动会闭幕', ['5月9日，县中学生运动会闭幕。', '团体总分前三名：', '第一名 荣昌中学 386分', '第二名 县实验中学 352分', '第三名 县第二中学 298分']],
      [null, '三好学生拟表彰名单公示', ['经学校推荐、县教委审核，拟表彰以下同学为县级三好学生，现予以公示。']],
    ]);
  });
});

describe('the paper’s own lines', () => {
  it('reads the paper’s telephone lines, its contact line at a page’s foot and whose pictures a page prints as its imprint', () => {
    const { articles, pages } = ingestText({
      '02.txt': page('广告热线：023-46721234', '遗失声明', '张晓东遗失出生医学证明一份，声明作废。', '清升镇举办枇杷采摘节', '本报讯（通讯员 刘 洋）5月6日，清升镇枇杷采摘节开幕。',
        '新闻热线：023-46721234', '本版图片由县融媒体中心提供', '荣昌网：www.rongchang.gov.cn  新闻热线：023-46721234  投稿邮箱：rcbnews@163.com'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['遗失声明', ['张晓东遗失出生医学证明一份，声明作废。']],
      ['清升镇举办枇杷采摘节', ['5月6日，清升镇枇杷采摘节开幕。']],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([
      ['广告热线：023-46721234', 'imprint'], ['新闻热线：023-46721234', 'imprint'], ['本版图片由县融媒体中心提供', 'page-note'],
      ['荣昌网：www.rongchang.gov.cn  新闻热线：023-46721234  投稿邮箱：rcbnews@163.com', 'imprint'],
    ]);
  });
});

describe('notices and small advertisements', () => {
  it('keeps a notice’s signature and date on one line as its last line, not the next story’s kicker', () => {
    const { articles } = ingestText({
      '03.txt': page('喜报', '热烈祝贺我校2024年高考再创辉煌！', '物理类最高分682分，全区第一。', '荣昌中学 2024年6月26日', '扎根乡村三十一载 甘做学生引路人', '□ 融媒体中心记者 邓玲', '清升镇中心小学教师刘德明在乡村任教三十一年。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs.at(-1)])).toEqual([
      [null, '喜报', '荣昌中学 2024年6月26日'],
      [null, '扎根乡村三十一载 甘做学生引路人', '清升镇中心小学教师刘德明在乡村任教三十一年。'],
    ]);
  });
  it('ends a notice at its issuer and telephone, and an advertisement at its contact line: the next title heads the next', () => {
    const { articles } = ingestText({
      '08.txt': page('拍卖公告', '受荣昌区人民法院委托，我公司定于5月25日公开拍卖商铺一间。', '重庆荣信拍卖有限公司', '电话：023-46755678', '寻人启事',
        '李秀英，女，78岁，于5月6日上午从家中走失。有知情者请与其家属联系！', '联系人：李先生 13996123456', '房屋出租', '昌州古城临街门面一间，面积80平方米。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['拍卖公告', ['受荣昌区人民法院委托，我公司定于5月25日公开拍卖商铺一间。', '重庆荣信拍卖有限公司', '电话：023-46755678']],
      ['寻人启事', ['李秀英，女，78岁，于5月6日上午从家中走失。有知情者请与其家属联系！', '联系人：李先生 13996123456']],
      ['房屋出租', ['昌州古城临街门面一间，面积80平方米。']],
    ]);
  });
});

describe('a story’s last paragraph', () => {
  it('ends a story at a list’s last item, ended by a semicolon, when a title over a lead that opens with when follows', () => {
    const { articles } = ingestText({
      '01.txt': page('县政府召开常务会议', '本报讯(记者 王晓明)5月9日，县政府召开常务会议。', '会议要求：一要抓好安全生产；二要抓好防汛减灾；', '我县启动“清河行动”', '5月7日，我县启动“清河行动”。',
        '县里部署三项工作', '本报讯(记者 李娜)会议强调：一要压实责任；二要强化督查问责；', '全力保障民生', '今年以来，全县民生支出增长8%。'),
    });
    expect(articles.slice(0, 2).map((a) => [a.headline, a.paragraphs])).toEqual([
      ['县政府召开常务会议', ['5月9日，县政府召开常务会议。', '会议要求：一要抓好安全生产；二要抓好防汛减灾；']],
      ['我县启动“清河行动”', ['5月7日，我县启动“清河行动”。']],
    ]);
    // Over a lead that does not open with its day, the title is the report's own: no story of its own.
    expect(articles.map((a) => a.headline)).toEqual(['县政府召开常务会议', '我县启动“清河行动”', '县里部署三项工作']);
  });
});

describe('fields that close a story', () => {
  it('keeps a service’s field or a label over names after a story’s last sentence in the story; a headline with a colon heads its own', () => {
    const { articles } = ingestText({
      '05.txt': page('县医院开展义诊', '本报讯（记者 刘 芳）5月9日，县人民医院到清江镇开展义诊活动。', '坐诊时间：每周二、周四上午', '健康快讯', '县中医院开设“三伏贴”预约通道',
        '本报讯（记者 刘 芳）5月9日，县中医院开通“三伏贴”预约通道。', '优秀指导教师：刘明 陈芳 黄伟 李红梅', '荣昌：卤鹅产业产值突破百亿', '本报讯（记者 李娜）近日，记者从县商务委获悉。',
        '体育道德风尚奖：河包初级中学、清江初级中学、盘龙初级中学', '三好学生拟表彰名单公示', '经学校推荐，拟表彰以下同学，现予以公示。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '县医院开展义诊', ['5月9日，县人民医院到清江镇开展义诊活动。', '坐诊时间：每周二、周四上午']],
      ['健康快讯', '县中医院开设“三伏贴”预约通道', ['5月9日，县中医院开通“三伏贴”预约通道。', '优秀指导教师：刘明 陈芳 黄伟 李红梅']],
      [null, '荣昌：卤鹅产业产值突破百亿', ['近日，记者从县商务委获悉。', '体育道德风尚奖：河包初级中学、清江初级中学、盘龙初级中学']],
      [null, '三好学生拟表彰名单公示', ['经学校推荐，拟表彰以下同学，现予以公示。']],
    ]);
  });
});

describe('round tables', () => {
  it('reads the host named with their role (`主持人：本报记者 陈 晨`) as the byline under a question’s headline, over guests or turns', () => {
    const { articles } = ingestText({
      '03.txt': page('圆桌会', '“夜经济”如何点亮小县城？', '主持人：本报记者 陈 晨', '嘉宾：', '刘晓东 县商务委副主任', '王 芳 昌州古城运营公司总经理',
        '主持人：近年来，各地纷纷发展“夜经济”。荣昌有哪些优势？', '刘晓东：荣昌有卤鹅等特色美食。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.byline, a.reporters, a.paragraphs])).toEqual([
      ['圆桌会', '“夜经济”如何点亮小县城？', '主持人：本报记者 陈 晨', ['陈晨'],
        ['嘉宾：', '刘晓东 县商务委副主任', '王 芳 昌州古城运营公司总经理', '主持人：近年来，各地纷纷发展“夜经济”。荣昌有哪些优势？', '刘晓东：荣昌有卤鹅等特色美食。']],
    ]);
  });
});

describe('voices', () => {
  it('keeps a quotation with its speaker after a dash on its line a paragraph of its own, and the next title apart', () => {
    const { articles } = ingestText({
      '02.txt': page('村民说', '“积分超市让我们做好事有了回报，大家的积极性更高了。”——大建村村民 刘德福', '“以前村里垃圾乱丢，现在家家门前都干干净净的。”——大建村村民 陈秀英',
        '农技110', '小麦“干热风”如何防？', '县农业技术推广中心高级农艺师 刘光明', '当前正值小麦灌浆期，易发生“干热风”危害。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.authors, a.paragraphs])).toEqual([
      [null, '村民说', [], ['“积分超市让我们做好事有了回报，大家的积极性更高了。”——大建村村民 刘德福', '“以前村里垃圾乱丢，现在家家门前都干干净净的。”——大建村村民 陈秀英']],
      // A column named with a service's number is the kicker of the question under it.
      ['农技110', '小麦“干热风”如何防？', ['刘光明'], ['当前正值小麦灌浆期，易发生“干热风”危害。']],
    ]);
    // A sentence torn after a dash ends in other words than a name: it goes on in the next line.
    const torn = ingestText({ '02.txt': page('我县推进乡村振兴', '本报讯（记者 李娜）近日，我县实施“三大行动”——产业提升、环境整治', '和文化铸魂，成效明显。') });
    expect(torn.articles.map((a) => a.paragraphs)).toEqual([['近日，我县实施“三大行动”——产业提升、环境整治和文化铸魂，成效明显。']]);
  });
});

describe('a story’s closing parts', () => {
  it('keeps an expert’s and an author’s note under their labels (`专家简介`, `作者简介`) in the story, crediting nobody named 简介', () => {
    const { articles } = ingestText({
      '05.txt': page('高血压患者夏季如何安全降压', '本报记者 刘 芳', '夏季气温高，血压往往会比冬季低一些。', '专家简介', '陈建华，县人民医院心内科主任医师。', '作者简介', '李晓燕，荣昌区作家协会会员。'),
    });
    expect(articles.map((a) => [a.reporters, a.authors, a.paragraphs, a.subheads])).toEqual([
      [['刘芳'], [], ['夏季气温高，血压往往会比冬季低一些。', '专家简介', '陈建华，县人民医院心内科主任医师。', '作者简介', '李晓燕，荣昌区作家协会会员。'], [1, 3]],
    ]);
  });
});

describe('excerpts', () => {
  it('ends each excerpt at its source under a dash (`——摘自《人民日报》`), and the next excerpt keeps its title', () => {
    const { articles } = ingestText({
      '03.txt': page('观点摘编', '“基层减负”不能减了责任', '基层减负，减的是形式主义负担。', '——摘自《人民日报》', '让数据多跑路', '数字政府建设，是为了让数据多跑路。', '摘编自《光明日报》5月8日'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['“基层减负”不能减了责任', ['基层减负，减的是形式主义负担。', '——摘自《人民日报》']],
      ['让数据多跑路', ['数字政府建设，是为了让数据多跑路。', '摘编自《光明日报》5月8日']],
    ]);
  });
});

describe('kickers', () => {
  it('reads a column’s name over a question over the piece’s first part (【案情】) as the kicker over the headline', () => {
    const { articles } = ingestText({
      '03.txt': page('以案说法', '借钱给朋友未写借条 钱还能要回来吗？', '【案情】', '2021年5月，罗某通过微信向朋友周某转账5万元。', '【说法】', '微信转账记录可以作为借贷关系的证据。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs, a.subheads])).toEqual([
      ['以案说法', '借钱给朋友未写借条 钱还能要回来吗？', ['【案情】', '2021年5月，罗某通过微信向朋友周某转账5万元。', '【说法】', '微信转账记录可以作为借贷关系的证据。'], [0, 2]],
    ]);
  });
  it('reads two parallel phrases over a headline that reports an event as its kicker, but over a feature’s subtitle as the headline', () => {
    const { articles } = ingestText({
      '03.txt': page('公正司法 执法为民', '区检察院开展“检察开放日”活动', '本报讯（通讯员 梁胜明）12月20日，区检察院举办“检察开放日”活动。',
        '全面推进乡村振兴 加快建设农业强国', '“土专家”助力春耕生产', '本报讯（通讯员 何晓东）眼下，全区春耕生产全面展开。',
        '擦亮德育底色 培养时代新人', '荣昌大力推进中小学德育工作记略', '本报讯（记者 郑光慧）2023年，我区德育工作成果丰硕。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['公正司法 执法为民', '区检察院开展“检察开放日”活动', null],
      ['全面推进乡村振兴 加快建设农业强国', '“土专家”助力春耕生产', null],
      [null, '擦亮德育底色 培养时代新人', '荣昌大力推进中小学德育工作记略'],
    ]);
    // A season's campaign over a headline that reports an event is its kicker too.
    const campaign = ingestText({ '01.txt': page('学习贯彻全国两会精神', '区委理论学习中心组举行专题学习', '本报讯(融媒体中心记者 杨丽丹)3月13日,区委理论学习中心组举行集中学习。') });
    expect(campaign.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([['学习贯彻全国两会精神', '区委理论学习中心组举行专题学习', null]]);
    // So is an exhortation with no subject over a headline that names who did what.
    const exhortation = ingestText({ '01.txt': page('奋力推动城乡融合发展', '我区新建改建农村公路120公里', '本报讯(融媒体中心记者 廖国颖)今年我区计划新建改建农村公路120公里。') });
    expect(exhortation.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([['奋力推动城乡融合发展', '我区新建改建农村公路120公里', null]]);
  });
  it('reads a kicker ending in a colon under a column’s label as a kicker too: the title under both is the headline', () => {
    const { articles } = ingestText({ '04.txt': page('部门回应', '县城市管理局：', '将增设非机动车停放点', '针对市民反映的问题，县城市管理局表示将增设停放点200个。') });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([['部门回应——县城市管理局', '将增设非机动车停放点', null]]);
  });
  it('reads a year alone over a story’s titles as its kicker, not the last paragraph of the story above', () => {
    const { articles } = ingestText({
      '01.txt': page('消委会调解成功', '本报讯（记者 刘 芳）近日，县消委会成功调解一起纠纷。', '2024', '荣昌国际陶博会', '9月将在安陶小镇举办', '本报讯（记者 杨 丽）5月9日，记者获悉陶博会将于9月举办。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs])).toEqual([
      [null, '消委会调解成功', null, ['近日，县消委会成功调解一起纠纷。']],
      ['2024', '荣昌国际陶博会', '9月将在安陶小镇举办', ['5月9日，记者获悉陶博会将于9月举办。']],
    ]);
  });
  it('reads a standing column’s name over a short title (`健康小贴士`, `普法小课堂`) as its kicker', () => {
    const { articles } = ingestText({
      '05.txt': page('健康小贴士', '夏季吃西瓜“四不要”', '1.不要吃冰镇太久的西瓜；', '2.不要空腹吃西瓜。', '普法小课堂', '什么是电信网络诈骗', '电信网络诈骗是指以非法占有为目的的行为。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline])).toEqual([['健康小贴士', '夏季吃西瓜“四不要”'], ['普法小课堂', '什么是电信网络诈骗']]);
    // Over a question, which asks as a headline of the column does.
    const asked = ingestText({ '05.txt': page('普法小课堂', '什么是“电信网络诈骗”？', '答：电信网络诈骗是指以非法占有为目的的行为。') });
    expect(asked.articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([['普法小课堂', '什么是“电信网络诈骗”？', ['答：电信网络诈骗是指以非法占有为目的的行为。']]]);
  });
});

describe('headlines the new rules leave alone', () => {
  it('keeps a headline that opens with a title over a lead that does too, a spaced or surname-led kicker after a credited story, a profile’s name and what the person is, and a headline with a colon', () => {
    const { articles } = ingestText({
      '01.txt': page('县里召开会议', '本报讯（记者 李娜）5月9日，县里召开会议，取得实效。', '《重庆市物业管理条例》6月1日起施行', '《条例》共九章，将于6月1日起施行。',
        '关 注', '我县全面启动河长制巡查', '本报讯（记者 王磊）5月9日，我县启动河长制巡查。', '高考季', '考生出行请注意安全', '本报讯（记者 王磊）5月9日，交巡警发布提示。',
        '王芳 扎根山区的好老师', '本报讯（记者 杨丽）她在山区教书二十年。', '中考时间：6月14日至16日', '考生须提前30分钟入场', '本报讯（记者 杨丽）5月9日，县教委发布中考安排。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.authors])).toEqual([
      [null, '县里召开会议', []],
      [null, '《重庆市物业管理条例》6月1日起施行', []],
      ['关注', '我县全面启动河长制巡查', []],
      ['高考季', '考生出行请注意安全', []],
      [null, '王芳 扎根山区的好老师', []],
      [null, '中考时间：6月14日至16日', []],
    ]);
  });
});

describe('tables', () => {
  it('ends a table at its data’s source (`数据来源：县统计局`), after a note under it, so that the next table’s title heads its own', () => {
    const { articles } = ingestText({
      '03.txt': page('一季度全县主要经济指标', '指标名称\t绝对值\t同比增长(%)', '地区生产总值(亿元)\t186.5\t7.2', '注：固定资产投资只公布增速。', '数据来源：县统计局',
        '4月份全县重点农产品价格', '品 名    单 位    本月价格    环比', '生猪      元/公斤    14.80    ↑2.1%'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.paragraphs])).toEqual([
      ['一季度全县主要经济指标', '数据来源：县统计局', ['指标名称\t绝对值\t同比增长(%)', '地区生产总值(亿元)\t186.5\t7.2', '注：固定资产投资只公布增速。']],
      ['4月份全县重点农产品价格', null, ['品 名    单 位    本月价格    环比', '生猪      元/公斤    14.80    ↑2.1%']],
    ]);
  });
  it('keeps a directory of service numbers (`火警 119`) under its title, a line each', () => {
    const { articles } = ingestText({ '08.txt': page('便民电话', '报警求助 110', '火警 119', '急救 120', '政务服务热线 12345') });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([[null, '便民电话', ['报警求助 110', '火警 119', '急救 120', '政务服务热线 12345']]]);
  });
});

describe('photo stories', () => {
  it('reads a picture’s number before a sentence (`①…`) as its caption in a story its photographer signs, and as text elsewhere', () => {
    const { articles } = ingestText({
      '04.txt': page('夏布织就“锦绣路”', '融媒体记者 张 雪 摄影报道', '荣昌夏布织造技艺是国家级非物质文化遗产。', '①5月8日，工人正在绩麻。', '②织布工人在织机前忙碌。',
        '县里部署三项工作', '本报讯（记者 李娜）会议要求做好三件事。', '①加强组织领导。', '②压实工作责任。'),
    });
    expect(articles.map((a) => [a.paragraphs, a.captions])).toEqual([
      [['荣昌夏布织造技艺是国家级非物质文化遗产。'], ['①5月8日，工人正在绩麻。', '②织布工人在织机前忙碌。']],
      [['会议要求做好三件事。', '①加强组织领导。', '②压实工作责任。'], []],
    ]);
  });
});

describe('sources and labels', () => {
  it('reads a source’s credit with a space before 供稿 as the source’s, and 分类广告 as the label over small advertisements', () => {
    const { articles, pages } = ingestText({
      '08.txt': page('夏季吃西瓜“四不要”', '1.不要吃冰镇太久的西瓜；', '2.不要空腹吃西瓜。', '（县疾控中心 供稿）', '分类广告', '遗失声明', '张晓东遗失出生医学证明一份，声明作废。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.paragraphs])).toEqual([
      ['夏季吃西瓜“四不要”', '（县疾控中心 供稿）', ['1.不要吃冰镇太久的西瓜；', '2.不要空腹吃西瓜。']],
      ['遗失声明', null, ['张晓东遗失出生医学证明一份，声明作废。']],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['分类广告', 'column-label']]);
  });
});

describe('editors’ notes', () => {
  it('gives an editor’s note over a part’s label and the titled, signed piece under it to that piece', () => {
    const { articles } = ingestText({
      '02.txt': page('凝心聚力推动高质量发展', '本报评论员', '县十八届人大三次会议于昨日胜利闭幕。', '编者按：民生无小事。本报今起推出系列评论。', '短评', '把“关键小事”办成“民生大事”', '□ 何 平', '一部电梯、一盏路灯，看似都是小事。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '凝心聚力推动高质量发展', ['县十八届人大三次会议于昨日胜利闭幕。']],
      ['短评', '把“关键小事”办成“民生大事”', ['编者按：民生无小事。本报今起推出系列评论。', '一部电梯、一盏路灯，看似都是小事。']],
    ]);
  });
});

describe('a column of pictures', () => {
  it('reads each picture’s caption under `图片新闻` as an item of its own, with its photographer, not as the story above’s pictures', () => {
    const { articles } = ingestText({
      '03.txt': page('乡村振兴见实效', '本报讯（记者 李明）5月9日，乡村振兴现场会召开。', '图片新闻', '5月9日，在昌州街道，志愿者为居民义务理发。 记者 张雪 摄',
        '5月8日，县消防救援大队举行消防演练。 通讯员 李刚 摄'),
    });
    expect(articles.map((a) => [a.headline, a.photographers, a.captions, a.paragraphs])).toEqual([
      ['乡村振兴见实效', [], [], ['5月9日，乡村振兴现场会召开。']],
      ['在昌州街道', ['张雪'], ['5月9日，在昌州街道，志愿者为居民义务理发。 记者 张雪 摄'], []],
      ['县消防救援大队举行消防演练', ['李刚'], ['5月8日，县消防救援大队举行消防演练。 通讯员 李刚 摄'], []],
    ]);
  });
  it('reads each caption over its photographer’s credit on the next line as an item of its own too', () => {
    const { articles } = ingestText({
      '07.txt': page('图片新闻', '10月15日，清江镇第二届“农民趣味运动会”举行，300余名村民参加比赛。\n通讯员 杜  鹃 摄',
        '10月12日，区老年人体育协会举行健身气功展示活动。\n通讯员 石  磊 摄'),
    });
    expect(articles.map((a) => [a.photographers, a.captions, a.paragraphs])).toEqual([
      [['杜鹃'], ['10月15日，清江镇第二届“农民趣味运动会”举行，300余名村民参加比赛。'], []],
      [['石磊'], ['10月12日，区老年人体育协会举行健身气功展示活动。'], []],
    ]);
  });
});

describe('a caption that ends in where its picture came from', () => {
  it('is a caption, crediting the photographer it names, and joins no story to the next', () => {
    const { articles } = ingestText({
      '11.txt': page('日本4月企业倒闭数同比增长', '据新华社东京5月9日电 日本4月企业倒闭数同比增长四成。', '5月8日，在法国巴黎，人们观看奥运圣火传递。 新华社发（高静 摄）',
        '巴黎奥运圣火抵达法国', '本报综合 承载圣火的帆船8日抵达马赛。', '5月9日，话务员在接听市民来电。 受访者供图', '城北新城一角。 资料图', '球员庆祝进球。 图/视觉中国', '现场观众欢呼。 IC photo'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.length, a.captions.length, a.photographers])).toEqual([
      ['日本4月企业倒闭数同比增长', 1, 1, ['高静']],
      ['巴黎奥运圣火抵达法国', 1, 4, []],
    ]);
  });
});

describe('a wire story’s source opening its lead', () => {
  it('is its byline, crediting nobody, and not the lead’s first words; 据介绍 is no source', () => {
    const { articles } = ingestText({
      '10.txt': page('嫦娥六号完成近月制动', '据新华社 5月8日，嫦娥六号探测器成功实施近月制动。', '多地出台政策鼓励生育', '综合新华社、央视新闻报道 近期，多地出台鼓励生育新举措。',
        '男子冒充军人诈骗被判刑', '澎湃新闻 近日，济南市中级人民法院公布一起案件。', '暑期旅游市场升温', '据央视新闻报道，暑期临近，旅游市场升温。',
        '低空经济产业园开园', '本报综合消息 近日，全国首个低空经济产业园开园。', '县医院开通无陪护病房', '据介绍，县医院开通无陪护病房。'),
    });
    expect(articles.map((a) => [a.byline, a.reporters, a.paragraphs[0]])).toEqual([
      ['据新华社', [], '5月8日，嫦娥六号探测器成功实施近月制动。'],
      ['综合新华社、央视新闻报道', [], '近期，多地出台鼓励生育新举措。'],
      ['澎湃新闻', [], '近日，济南市中级人民法院公布一起案件。'],
      ['据央视新闻报道', [], '暑期临近，旅游市场升温。'],
      ['本报综合消息', [], '近日，全国首个低空经济产业园开园。'],
      [null, [], '据介绍，县医院开通无陪护病房。'],
    ]);
  });
});

describe('the text after a story’s jump', () => {
  it('is not that story’s: a picture under it is an item of its own, with its photographer', () => {
    const { articles } = ingestText({
      '01.txt': page('一季度全市GDP同比增长6.2%', '本报记者 陈思远', '一季度，全市地区生产总值同比增长6.2%。（下转A04版）', '5月9日，市民在西江湿地公园观赏盛开的鸢尾花。\n本报记者 周子航 摄'),
    });
    expect(articles.map((a) => [a.headline, a.photographers, a.paragraphs, a.continuesTo])).toEqual([
      ['一季度全市GDP同比增长6.2%', [], ['一季度，全市地区生产总值同比增长6.2%。'], { page: 104 }],
      ['市民在西江湿地公园观赏盛开的鸢尾花', ['周子航'], ['5月9日，市民在西江湿地公园观赏盛开的鸢尾花。'], null],
    ]);
  });
});

describe('a city daily’s page furniture', () => {
  it('reads its notes on the page’s stories, its colophon, its prompts and its staff in other forms as furniture, not as titles or paragraphs', () => {
    const lines = ['本版稿件除署名外均据新华社', '（本版编辑综合整理）', '（本版图片除署名外均为本报记者 周子航 摄）', '本版图片 视觉中国', '社址：西江市文化路88号 邮编：545001',
      '本报法律顾问：广西正大律师事务所 韦明律师', '零售价：1.50元 全年订价：360元', '来稿请发至：xjdspl@163.com', '扫描二维码 关注西江都市报微信公众号', '更多精彩内容请扫码',
      '编辑/张三 美编/李四 校对/王五', '责编：张三 组版：李四 审读：王五'];
    const { articles, pages } = ingestText({ '07.txt': page('市民热线开通服务', '本报讯（记者 李明）5月9日，市民热线开通。', ...lines) });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.photographers])).toEqual([['市民热线开通服务', ['5月9日，市民热线开通。'], []]]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([
      ...lines.slice(0, 4).map((text) => [text, 'page-note']), ...lines.slice(4, 8).map((text) => [text, 'imprint']),
      ...lines.slice(8, 10).map((text) => [text, 'reader-prompt']), ...lines.slice(10).map((text) => [text, 'page-header']),
    ]);
  });
});

describe('bulleted briefs under a column’s label', () => {
  it('are a story each, credited or not', () => {
    const { articles } = ingestText({
      '05.txt': page('市民热线开通服务', '本报讯（记者 李明）5月9日，市民热线开通。', '城事速递', '●5月9日，城南区在龙湖公园开展防灾减灾宣传活动。', '●近日，西江县首个“青年驿站”开放。（韦佳）', '●5月8日，长洲区举办春季招聘会。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.length, a.reporters])).toEqual([
      ['市民热线开通服务', 1, ['李明']], ['城南区在龙湖公园开展防灾减灾宣传活动', 1, []], ['西江县首个“青年驿站”开放', 1, ['韦佳']], ['长洲区举办春季招聘会', 1, []],
    ]);
  });
});

describe('a schedule under its title after a story', () => {
  it('is the story’s, a row a line, and the next story keeps its headline', () => {
    const { articles } = ingestText({
      '14.txt': page('今年我市中考报名人数达5.6万人', '本报记者 潘丽', '考试时间为6月20日至21日。', '中考日程安排\n6月20日 上午9:00—11:30 语文\n6月20日 下午3:00—5:00 数学\n6月21日 上午9:00—11:00 英语',
        '西江学院获批新增3个本科专业', '本报讯（记者 潘丽）近日，西江学院新增3个本科专业。'),
    });
    expect(articles.map((a) => [a.headline, a.kicker, a.paragraphs.slice(1)])).toEqual([
      ['今年我市中考报名人数达5.6万人', null, ['中考日程安排', '6月20日 上午9:00—11:30 语文', '6月20日 下午3:00—5:00 数学', '6月21日 上午9:00—11:00 英语']],
      ['西江学院获批新增3个本科专业', null, []],
    ]);
  });
});

describe('a list of those named under its title after a story', () => {
  it('is the story’s, a row a line, and the next story keeps its headline', () => {
    const { articles } = ingestText({
      '02.txt': page('“西江好人”榜单发布', '本报记者 覃小雨', '5月9日，2024年第一季度“西江好人”榜单发布，15人上榜。',
        '第一季度“西江好人”名单\n助人为乐类：韦志强 黄秀英 李春生\n见义勇为类：覃大勇 陆明\n孝老爱亲类：蒙美玲 邓德福 潘秀珍',
        '我市新增两家国家4A级旅游景区', '记者 潘丽', '近日，我市新增两家国家4A级旅游景区。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.slice(1)])).toEqual([
      [null, '“西江好人”榜单发布', null, ['第一季度“西江好人”名单', '助人为乐类：韦志强 黄秀英 李春生', '见义勇为类：覃大勇 陆明', '孝老爱亲类：蒙美玲 邓德福 潘秀珍']],
      [null, '我市新增两家国家4A级旅游景区', null, []],
    ]);
  });
});

describe('a box of figures with a space for the dash', () => {
  it('is a box of rows under its label, not a story whose figures are its titles', () => {
    const { articles } = ingestText({
      '12.txt': page('我国是世界第三大食糖生产国。', '数说', '86.4亿元 糖业综合利用产值\n46% 甘蔗机收率\n88.6% 甘蔗糖分回收率', '视觉设计：李娜'),
    });
    expect(articles.at(-1)).toMatchObject({ kicker: null, headline: '数说', subheadline: null, paragraphs: ['86.4亿元 糖业综合利用产值', '46% 甘蔗机收率', '88.6% 甘蔗糖分回收率'], reporters: [], photographers: [] });
  });
});

describe('a headline set between the halves of a torn paragraph', () => {
  const torn = ['市政府召开常务会议', '本报讯（记者 李明）5月9日，市政府召开常务会议。会议强调，要扎实推进各项重点', '全市春耕生产有序推进', '任务落地见效，确保全年目标任务圆满完成。'];
  it('heads the story below that prints a dateline and no headline, and the paragraph’s halves join', () => {
    const { articles, pages } = ingestText({ '02.txt': page(...torn, '本报讯（记者 王刚）连日来，各镇街抢抓农时，组织群众开展春耕生产。') });
    expect(articles.map((a) => [a.headline, a.headlineInferred, a.reporters, a.paragraphs])).toEqual([
      ['市政府召开常务会议', false, ['李明'], ['5月9日，市政府召开常务会议。会议强调，要扎实推进各项重点任务落地见效，确保全年目标任务圆满完成。']],
      ['全市春耕生产有序推进', false, ['王刚'], ['连日来，各镇街抢抓农时，组织群众开展春耕生产。']],
    ]);
    expect(pages[0]!.lines.find((l) => l.from === 5)).toMatchObject({ role: 'headline', article: articles[1]!.id });
  });
  it('stays where it stood when every story below has its own headline', () => {
    const { articles } = ingestText({ '02.txt': page(...torn, '各镇街抢抓农时', '本报讯（记者 王刚）连日来，各镇街组织群众开展春耕生产。') });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['市政府召开常务会议', ['5月9日，市政府召开常务会议。会议强调，要扎实推进各项重点全市春耕生产有序推进任务落地见效，确保全年目标任务圆满完成。']],
      ['各镇街抢抓农时', ['连日来，各镇街组织群众开展春耕生产。']],
    ]);
  });
});

describe('a brief’s writer, by unit and name at its lead’s end', () => {
  it('is its correspondent after a dateline that credits nobody, and in a quotation’s note names nobody', () => {
    const { articles } = ingestText({
      '06.txt': page('县法院开展普法进社区活动', '本报讯 5月8日，县法院干警走进社区，发放普法宣传资料200余份。（县法院 韦晓峰）',
        '夏季如何预防中暑', '本报讯（记者 王刚）入夏以来，中暑患者增多。', '医生提醒，多喝水、少暴晒即可缓解。（县人民医院 李敏）'),
    });
    expect(articles.map((a) => [a.headline, a.correspondents, a.reporters, a.paragraphs])).toEqual([
      ['县法院开展普法进社区活动', ['韦晓峰'], [], ['5月8日，县法院干警走进社区，发放普法宣传资料200余份。']],
      ['夏季如何预防中暑', [], ['王刚'], ['入夏以来，中暑患者增多。', '医生提醒，多喝水、少暴晒即可缓解。（县人民医院 李敏）']],
    ]);
  });
});

describe('a picture between two stories, its credit on the line under its caption', () => {
  const stories = (caption: string) => page('城北立体停车楼投用', '本报讯（记者 欧阳青）5月9日，城北首座立体停车楼正式投用。', '停车楼采用智能引导系统，市民可查询空余车位。',
    `\n${caption}\n本报记者 王刚 摄\n`, '全市春耕生产有序推进', '本报讯（记者 李明）连日来，各镇街抢抓农时，组织群众开展春耕生产。');
  it('goes with the story whose words it shares, credit and all', () => {
    const { articles } = ingestText({ '03.txt': stories('各镇街抢抓农时开展春耕生产，村民在田间插秧。') });
    expect(articles.map((a) => [a.headline, a.captions, a.photographers, a.paragraphs.length])).toEqual([
      ['城北立体停车楼投用', [], [], 2],
      ['全市春耕生产有序推进', ['各镇街抢抓农时开展春耕生产，村民在田间插秧。'], ['王刚'], 1],
    ]);
  });
  it('goes with the story above when it shares the words of neither', () => {
    const { articles } = ingestText({ '03.txt': stories('市民驾车驶入新建车位。') });
    expect(articles.map((a) => [a.headline, a.captions, a.photographers])).toEqual([
      ['城北立体停车楼投用', ['市民驾车驶入新建车位。'], ['王刚']],
      ['全市春耕生产有序推进', [], []],
    ]);
  });
});

describe('a writer’s unit that is a brigade', () => {
  it('credits the name after a 大队 or 支队 in brackets under a brief as its correspondent', () => {
    const { articles } = ingestText({
      '02.txt': page('交巡警开展夜查', '5月9日晚,县交巡警大队在城区开展夜查行动。\n（交巡警大队 王 军）', '消防进校园', '5月8日,县消防救援支队走进县实验小学。\n（县消防救援支队 李强）'),
    });
    expect(articles.map((a) => [a.headline, a.correspondents, a.paragraphs])).toEqual([
      ['交巡警开展夜查', ['王军'], ['5月9日晚,县交巡警大队在城区开展夜查行动。']],
      ['消防进校园', ['李强'], ['5月8日,县消防救援支队走进县实验小学。']],
    ]);
  });
});

describe('a report’s points and a column’s numbered questions, each headed on a block of its own', () => {
  it('reads 一是…, 二是… and ①…, ②… heads as subheads, the text under each its paragraphs', () => {
    const { articles } = ingestText({
      '03.txt': page('龙集镇：“三个聚焦”绘就和美乡村新画卷', '本报讯（通讯员 陈思思）今年以来，龙集镇聚焦产业、环境、乡风三个方面发力。',
        '一是聚焦产业发展，让农民“钱袋子”鼓起来', '龙集镇大力发展青花椒、生猪两大产业。', '二是聚焦人居环境，让乡村“颜值”靓起来', '全镇开展村庄清洁行动120余次。'),
      '07.txt': page('秋冬季节 警惕儿童支原体肺炎', '区妇幼保健院儿科 赵敏', '入秋以来，儿童呼吸道感染患者明显增多。',
        '①什么是支原体肺炎', '肺炎支原体是一种介于细菌和病毒之间的病原微生物。', '②如何预防', '勤洗手、多通风。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['龙集镇：“三个聚焦”绘就和美乡村新画卷', ['今年以来，龙集镇聚焦产业、环境、乡风三个方面发力。', '一是聚焦产业发展，让农民“钱袋子”鼓起来', '龙集镇大力发展青花椒、生猪两大产业。', '二是聚焦人居环境，让乡村“颜值”靓起来', '全镇开展村庄清洁行动120余次。'], [1, 3]],
      ['秋冬季节 警惕儿童支原体肺炎', ['入秋以来，儿童呼吸道感染患者明显增多。', '①什么是支原体肺炎', '肺炎支原体是一种介于细菌和病毒之间的病原微生物。', '②如何预防', '勤洗手、多通风。'], [1, 3]],
    ]);
  });
  it('joins a paragraph that opens with 一是 and was torn by a column break, when no second point’s head follows', () => {
    const { articles } = ingestText({
      '03.txt': page('我区部署秋季森林防火工作', '本报讯（记者 李娜）10月8日，我区召开秋季森林防火工作会。会议要求，一要压实责任。', '一是加强组织领导，成立', '工作专班，实行24小时值班制度。'),
    });
    expect(articles.map((a) => [a.paragraphs, a.subheads])).toEqual([[['10月8日，我区召开秋季森林防火工作会。会议要求，一要压实责任。', '一是加强组织领导，成立工作专班，实行24小时值班制度。'], []]]);
  });
  it('reads a tip box (温馨提示) after a story as the story’s part when it speaks of the story’s subject, else as a box of its own', () => {
    const read = (...tip: string[]) => ingestText({
      '04.txt': page('老旧小区改造 改出居民“幸福感”', '融媒体中心记者 吴倩', '去年以来，我区启动实施老旧小区改造项目46个，涉及居民8600余户。', ...tip),
    }).articles.map((a) => [a.headline, a.subheads.map((at) => a.paragraphs[at]), a.paragraphs.length]);
    expect(read('温馨提示', '春季是流感等呼吸道传染病高发季节，区疾控中心提醒广大市民勤洗手、常通风。')).toEqual([
      ['老旧小区改造 改出居民“幸福感”', [], 1],
      ['温馨提示', [], 1],
    ]);
    expect(read('温馨提示', '改造期间，小区居民出行请注意安全，服从现场管理。')).toEqual([['老旧小区改造 改出居民“幸福感”', ['温馨提示'], 3]]);
  });
  it('keeps the police’s or a doctor’s advice under its label (警方提醒) in the story above, a subhead of it', () => {
    const { articles } = ingestText({
      '04.txt': page('区公安局破获一起盗窃电动车案', '本报讯(通讯员 罗宇)近日,区公安局破获一起系列盗窃电动车案件。', '警方提醒', '广大市民要将电动车停放在有监控的车棚内。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['区公安局破获一起盗窃电动车案', ['近日,区公安局破获一起系列盗窃电动车案件。', '警方提醒', '广大市民要将电动车停放在有监控的车棚内。'], [1]],
    ]);
  });
  it('reads an explainer’s questions, each in a block of its own over its answer, as subheads of the piece, and a question headline alone as a story’s', () => {
    const { articles } = ingestText({
      '05.txt': page('春季过敏高发 专家教你科学应对', '本报记者 张丹', '春暖花开,不少市民出现过敏症状。记者采访了区人民医院皮肤科主任李敏。', '哪些人容易过敏?',
        '过敏体质人群更容易在春季发生过敏。', '过敏了该怎么办?', '应尽量远离过敏原。', '孩子沉迷手机怎么办?', '本报讯(记者 王芳)近日,区教委发布家长指南。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.length, a.subheads])).toEqual([
      ['春季过敏高发 专家教你科学应对', 5, [1, 3]],
      ['孩子沉迷手机怎么办?', 1, []],
    ]);
  });
  it('reads 短评 over a title as a commentary’s kicker, a piece of its own, and over text as the story’s part', () => {
    const pieces = ingestText({ '02.txt': page('让“小切口”撬动“大民生”', '办好民生实事,就要从群众最关心的小事做起。', '短评', '别让“打卡”变了味', '为基层减负,要从减少不必要的“打卡”做起。') }).articles;
    expect(pieces.map((a) => [a.kicker, a.headline, a.paragraphs.length])).toEqual([[null, '让“小切口”撬动“大民生”', 1], ['短评', '别让“打卡”变了味', 1]]);
    const part = ingestText({ '02.txt': page('区检察院开展开放日活动', '本报讯(记者 王芳)近日,区检察院开展检察开放日活动。', '短评', '开放日让检察工作走近群众,值得点赞。') }).articles;
    expect(part.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([['区检察院开展开放日活动', ['近日,区检察院开展检察开放日活动。', '短评', '开放日让检察工作走近群众,值得点赞。'], [1]]]);
  });
  it('keeps a follow-up’s parts under their labels (记者调查, 部门回应) in the story, each label a subhead', () => {
    const { articles } = ingestText({
      '06.txt': page('曝光台', '小区垃圾清运不及时 居民盼解决', '本报讯(融媒体中心记者 黄伟)近日,有读者反映某小区垃圾清运不及时。', '记者调查', '3月13日,记者来到该小区看到,垃圾桶已经装满。',
        '部门回应', '对此,区城市管理局表示,已责成环卫公司增加清运频次。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.reporters, a.paragraphs.length, a.subheads])).toEqual([['曝光台', '小区垃圾清运不及时 居民盼解决', ['黄伟'], 5, [1, 3]]]);
  });
  it('keeps a round-up’s numbered cases (案例一 over its title) in the story under its editor’s note, and its closing credit the whole story’s', () => {
    const { articles } = ingestText({
      '02.txt': page('以案说法 守护群众“钱袋子”', '编者按:近日,区法院选取了两起典型案例,以案释法。', '案例一', '网购“低价手机”被骗8000元', '【基本案情】市民王某添加卖家为好友,被骗8000元。',
        '案例二', '借钱不还 “老赖”被司法拘留', '【基本案情】张某向邻居李某借款5万元,到期拒不还款。', '融媒体中心记者 刘 洋 通讯员 周 敏'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.reporters, a.correspondents, a.subheads.map((at) => a.paragraphs[at])])).toEqual([
      [null, '以案说法 守护群众“钱袋子”', ['刘洋'], ['周敏'], ['案例一', '网购“低价手机”被骗8000元', '案例二', '借钱不还 “老赖”被司法拘留']],
    ]);
  });
  it('keeps the editor’s note after a story’s closing credit (编者的话, 编后) in the story, its label a subhead', () => {
    for (const label of ['编者的话', '编后']) {
      const { articles } = ingestText({
        '08.txt': page('小区门口的路灯啥时候能亮?', '本报讯 近日,有读者反映小区门口三盏路灯坏了快一个月。', '接到来信后,记者联系了区城市管理局,路灯已全部恢复照明。', '融媒体中心记者 张 丹',
          label, '“小事”连着民生。一盏路灯,照亮的是群众回家的路。', '我区召开春耕生产推进会', '本报讯(记者 王刚)近日,我区召开春耕生产推进会。'),
      });
      expect(articles.map((a) => [a.headline, a.reporters, a.subheads.map((at) => a.paragraphs[at]), a.paragraphs.length])).toEqual([
        ['小区门口的路灯啥时候能亮?', ['张丹'], [label], 4],
        ['我区召开春耕生产推进会', ['王刚'], [], 1],
      ]);
    }
  });
  it('reads a column of students’ essays (校园作文) over an essay’s title as its kicker, and a slogan after its teacher’s line as the page’s banner', () => {
    const { articles, pages } = ingestText({
      '05.txt': page('校园作文', '我的外婆', '荣昌区昌州小学五年级(2)班 王雨萱', '外婆今年七十岁了,她的手像老树皮一样粗糙。', '指导老师：刘晓梅', '读书点亮人生 书香浸润校园'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.authors, a.paragraphs])).toEqual([
      ['校园作文', '我的外婆', null, ['王雨萱'], ['外婆今年七十岁了,她的手像老树皮一样粗糙。', '指导老师：刘晓梅']],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['读书点亮人生 书香浸润校园', 'banner']]);
  });
});

