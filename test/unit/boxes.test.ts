import { describe, expect, it } from 'vitest';
import { boxLine } from '../../src/lib/ingest/boxes.ts';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('boxLine', () => {
  it('reads a guide’s entries, which point to another page', () => {
    for (const text of ['◆ 荣昌陶入选非遗名录 3版', '● 夏布小镇迎来游客高峰……第4版', '我区召开春耕生产推进会（详见第2版）', '荣昌卤鹅节开幕 ２版', '【3版】荣昌陶入选非遗名录', '◆【3版】荣昌陶入选非遗名录',
      '2版 我区启动“阳光厨房”建设', '3版 荣昌夏布走向国际']) {
      expect(boxLine(text), text).toBe('guide');
    }
    // A headline that merely ends in 版, a book's edition, and a jump, are no guide's entries.
    for (const text of ['荣昌报推出数字版', '学习读本（2020版）', '荣昌日报推出新版', '（下转第十四版）', '（下转第4版）', '第3版',
      '3版 法治荣昌', '2版 经济·民生']) expect(boxLine(text), text).toBeNull();
  });
  it('reads the imprint’s serial numbers and price, and a masthead in capitals', () => {
    for (const text of ['国内统一连续出版物号：CN 50-0001', 'CN50－0001', '邮发代号：77-10', '广告经营许可证：渝荣工商广字001号', '零售定价：1.00元',
      '印刷：重庆日报报业集团印务有限公司 零售价：1.00元', '承印：重庆新华印刷厂']) {
      expect(boxLine(text), text).toBe('imprint');
    }
    expect(boxLine('RONGCHANG DAILY')).toBe('masthead');
    expect(boxLine('CHONGQING RONGCHANG')).toBe('masthead');
    for (const text of ['5G 基站建设提速', 'CBD 商圈开业', 'Rongchang Daily']) expect(boxLine(text), text).toBeNull();
    // The organ's line: whose paper it is, who publishes it.
    for (const text of ['中共重庆市荣昌区委机关报 荣昌区融媒体中心出版', '中共荣昌区委机关报', '中共荣昌区委宣传部主管 荣昌区融媒体中心主办']) expect(boxLine(text), text).toBe('masthead');
    for (const text of ['今日8版', '本期16版', '今日共十二版']) expect(boxLine(text), text).toBe('masthead');
    // The day in the lunar calendar, by the date in the masthead's ear.
    for (const text of ['农历甲辰年四月初三', '农历四月二十', '农历癸卯年闰二月十五', '农历腊月廿九']) expect(boxLine(text), text).toBe('masthead');
    for (const text of ['农历新年话团圆', '农历四月初八庙会开幕']) expect(boxLine(text), text).toBeNull();
    for (const text of ['市委机关报创刊70周年', '今日头版', '第8版', '县税务局 主办', '区政府机关报刊发行工作会召开']) expect(boxLine(text), text).toBeNull();
    // A price in an advertisement or a story is no imprint's.
    for (const text of ['团购定价：68元/只', '政府指导定价：每吨2.1元', '印刷：纸张、油墨价格上涨']) expect(boxLine(text), text).toBeNull();
  });
  it('reads a forecast’s lines, and not a headline that speaks of the weather', () => {
    for (const text of ['今日天气', '天气预报：', '多云转小雨', '气温 12℃～18℃', '东北风 2级', '荣昌 阴转多云 8～14℃', '晴 -2℃～6℃ 北风 3～4级', '县气象台 发布', '县气象台 5月9日16时发布', '荣昌区气象局 17时30分发布',
      '今天白天：多云转阴 18℃～26℃', '今天夜间：小雨 17℃～22℃', '今夜：阴转小雨']) {
      expect(boxLine(text), text).toBe('weather');
    }
    for (const text of ['最低气温将降至2℃', '晴好天气助秋收', '寒潮来袭 气温骤降', '荣昌 重庆', '雨中 坚守']) expect(boxLine(text), text).toBeNull();
    // The sky alone is as often a headline or a poem's title.
    for (const text of ['小雨', '大雪', '雾', '多云']) expect(boxLine(text), text).toBeNull();
  });
});

describe('boxes on a page', () => {
  it('keeps a front page’s guide, imprint, weather box and Latin masthead out of its stories, each listed with its reason', () => {
    const result = ingestText({
      '01.txt': page(
        '第1版 要闻 2024年3月15日 星期五 责任编辑 李四',
        'RONGCHANG DAILY',
        '导读',
        '◆ 荣昌陶入选非遗名录 3版\n◆ 夏布小镇迎来游客高峰 4版',
        '全区春耕生产全面铺开',
        '本报讯（记者 王晓明）3月14日，全区春耕生产推进会召开。会议要求各镇街抓好春耕备耕工作。',
        '今日天气\n多云转小雨\n气温 12℃～18℃\n东北风 2级\n荣昌城区 空气质量 良',
        '国内统一连续出版物号：CN 50-0001\n邮发代号：77-10\n地址：荣昌区昌州大道100号\n印刷：重庆日报印务公司',
      ),
    });
    expect(result.articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['全区春耕生产全面铺开', ['3月14日，全区春耕生产推进会召开。会议要求各镇街抓好春耕备耕工作。']],
    ]);
    expect(result.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([
      ['第1版 要闻 2024年3月15日 星期五 责任编辑 李四', 'page-header'],
      ['RONGCHANG DAILY', 'masthead'],
      ['导读', 'column-label'],
      ['◆ 荣昌陶入选非遗名录 3版', 'guide'],
      ['◆ 夏布小镇迎来游客高峰 4版', 'guide'],
      ['今日天气', 'weather'],
      ['多云转小雨', 'weather'],
      ['气温 12℃～18℃', 'weather'],
      ['东北风 2级', 'weather'],
      ['荣昌城区 空气质量 良', 'weather'],
      ['国内统一连续出版物号：CN 50-0001', 'imprint'],
      ['邮发代号：77-10', 'imprint'],
      ['地址：荣昌区昌州大道100号', 'imprint'],
      ['印刷：重庆日报印务公司', 'imprint'],
    ]);
  });
  it('reads a paper’s name over its masthead’s other lines as the masthead, where no setting names the paper', () => {
    const result = ingestText({
      '01.txt': page('铜梁报\nTONGLIANG BAO', '2024年5月17日 星期五 第1版 要闻 责任编辑:陈小兵', '区政府召开常务会议', '本报讯(融媒体记者 陈小兵)5月16日，区政府召开常务会议。'),
      '02.txt': page('荣昌报', '中共重庆市荣昌区委机关报 荣昌区融媒体中心出版', '区委常委会召开会议', '本报讯（记者 杨丽丹）5月9日，区委常委会召开会议。'),
      // A notice headed 喜报 is no paper's name.
      '03.txt': page('喜报', '2024年5月17日 星期五 第3版 综合', '我县学子获全国大奖', '本报讯（记者 李娜）5月16日，我县学子获奖。'),
      '04.txt': page('金門日報', '2024年5月10日 星期五 第4版 地方新聞', '金城鎮舉辦母親節感恩活動', '【記者許加泰／金城報導】金城鎮公所9日舉辦母親節感恩活動。'),
    });
    expect(result.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '区政府召开常务会议'], [null, '区委常委会召开会议'], ['喜报', '我县学子获全国大奖'], [null, '金城鎮舉辦母親節感恩活動'],
    ]);
    expect(result.pages.map((p) => p.furniture.filter((f) => f.reason === 'masthead').map((f) => f.text))).toEqual([
      ['铜梁报', 'TONGLIANG BAO'], ['荣昌报', '中共重庆市荣昌区委机关报 荣昌区融媒体中心出版'], [], ['金門日報'],
    ]);
  });
  it('reads a page’s number and section printed at its top without a date as its header, over a running head or not', () => {
    const result = ingestText({
      'a.txt': ['3 法治', '2024年5月10日 星期五 责任编辑 周洁', '', '以案说法', '', '网购“低价手机”被骗 法院判决退一赔三', '', '本报记者 王晓丽', '', '近日，县法院审结一起网购纠纷案。'].join('\n'),
      'b.txt': ['综合 5', '', '县第十届运动会篮球赛落幕', '', '本报记者 高峰', '', '5月8日晚，县运动会男子篮球决赛打响。'].join('\n'),
      'c.txt': ['第一版', '要闻', '', '我县召开经济运行调度会', '', '本报讯(记者 唐敏)5月9日，我县召开经济运行调度会。'].join('\n'),
    });
    expect(result.articles.map((a) => [a.page, a.section, a.kicker, a.headline])).toEqual([
      [3, '法治', '以案说法', '网购“低价手机”被骗 法院判决退一赔三'],
      [5, '综合', null, '县第十届运动会篮球赛落幕'],
      [1, '要闻', null, '我县召开经济运行调度会'],
    ]);
    expect(result.pages.map((p) => p.furniture.map((f) => f.reason))).toEqual([['page-header', 'page-header'], ['page-header'], ['page-header', 'page-header']]);
    // A page numbered with a section's letter is a lettered page (page-labels.ts): A6.
    const lettered = ingestText({ 'd.txt': ['港聞 A6', '', '天文台發出黃色暴雨警告', '', '本報訊（記者 陳家豪）昨日，天文台發出黃色暴雨警告。'].join('\n') });
    expect(lettered.articles.map((a) => [a.page, a.section, a.kicker, a.headline])).toEqual([[106, '港聞', null, '天文台發出黃色暴雨警告']]);
    // The running head under the page's number still says the date it prints, on its own line.
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^2024-03-15\/a\.txt:2: the page header prints 2024-05-10/u),
    ]);
  });
  it('reads a section’s name alone in its block under the page’s header as the page’s section, spaced out or not, over a headline or a jump’s tail', () => {
    const header = (n: number) => `2024年7月5日 星期五 编辑:刘  燕 校对:陈  红 第${n}版`;
    const result = ingestText({
      '01.txt': page(header(1), '全区防汛工作调度会召开', '本报讯（记者 李娜）7月4日，全区召开防汛工作调度会。(下转第2版)'),
      '02.txt': page(header(2), '要 闻', '(上接第1版)', '会议要求，各镇街要压实防汛责任。'),
      '03.txt': page(header(3), '教 育', '我区2024年高考再创佳绩', '本报讯（记者 王芳）7月4日，记者从区教委获悉，我区高考再创佳绩。'),
      '04.txt': page(header(4), '海棠香国', '春到濑溪河', '□ 周晓云', '濑溪河的水绿了，岸边的柳枝发芽了。'),
      // The header names the section, and the page prints it again under it.
      '05.txt': page(`${header(5)} 民生`, '民生', '停水公告', '因管网改造，5月20日城区部分区域停水。'),
      // A combined section, each of its parts a section's name: no locality stamp (`重庆·荣昌`).
      '06.txt': page(header(6), '健康·民生', '秋冬季节 警惕儿童支原体肺炎', '本报讯（记者 王芳）入秋以来，儿童呼吸道感染患者明显增多。'),
    }, { settings: { sections: ['要闻', '教育', '民生', '海棠香国', '健康'] } });
    expect(result.articles.map((a) => [a.page, a.section, a.kicker, a.headline, a.paragraphs.at(-1)])).toEqual([
      [1, null, null, '全区防汛工作调度会召开', '会议要求，各镇街要压实防汛责任。'],
      [3, '教育', null, '我区2024年高考再创佳绩', '7月4日，记者从区教委获悉，我区高考再创佳绩。'],
      [4, '海棠香国', null, '春到濑溪河', '濑溪河的水绿了，岸边的柳枝发芽了。'],
      [5, '民生', null, '停水公告', '因管网改造，5月20日城区部分区域停水。'],
      [6, '健康·民生', null, '秋冬季节 警惕儿童支原体肺炎', '入秋以来，儿童呼吸道感染患者明显增多。'],
    ]);
    // As the page's first line, with no header over it: a combined section's name, not a place's nor a kicker.
    const first = ingestText({ '07.txt': page('法治·民生', '邻居装修震裂我家墙 该由谁来赔?', '融媒体中心记者 张 丹', '近日，刘女士发现自家墙面出现裂缝。') });
    expect(first.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([['法治·民生', null, '邻居装修震裂我家墙 该由谁来赔?']]);
    // One section's name there, in a block of its own over the first story's titles; 人物 and 公告 are sections too.
    // A section's page may add a word to its name (`镇街风采`).
    for (const section of ['文旅', '人物', '镇街风采', '法治天地']) {
      const alone = ingestText({ '07.txt': page(section, '春到万灵 古镇正当时', '本报记者 刘洋', '三月的万灵古镇,油菜花开得正盛。') });
      expect(alone.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([[section, null, '春到万灵 古镇正当时']]);
    }
    // A paper that names no such section keeps the line a title: `海棠香国` is no section by default.
    expect(ingestText({ '04.txt': page(header(4), '海棠香国', '春到濑溪河', '本报讯（记者 王芳）濑溪河的水绿了。') }).articles.map((a) => [a.section, a.headline, a.subheadline])).toEqual([[null, '海棠香国', '春到濑溪河']]);
  });
  it('reads a header printed a field a line, the paper’s name among them, as the page’s date, number and section', () => {
    // A notice page names later dates in its text (the outage's): the date is the header's.
    const notice = ingestText({
      '07.txt': page('公告·服务', '第7版', '2024年4月18日', '停电公告', '因电力线路检修需要，定于2024年4月20日8:00至18:00停电。'),
    }, { folder: 'issue' });
    expect(notice.articles.map((a) => [a.date, a.dateEstimated, a.page, a.section, a.headline])).toEqual([['2024-04-18', false, 7, '公告·服务', '停电公告']]);
    expect(notice.warnings).toEqual([]);
    // In one block, the section under the date and number; the paper's name in the middle takes no header line's place.
    const block = ingestText({
      '07.txt': page('第7版\n2024年4月18日\n公告·服务', '停电公告', '因电力线路检修需要，定于2024年4月20日8:00至18:00停电。'),
      '02.txt': page('2024年4月18日 星期四', '荣昌报', '第2版', '要闻', '我区召开经济运行分析会', '本报讯（记者 杨丽丹）4月17日，我区召开经济运行分析会。'),
      '03.txt': page('2024年4月18日 星期四\n荣昌报\n要闻\n第3版', '我区举行春季植树活动', '本报讯（记者 廖国颖）4月16日，我区举行植树活动。'),
    }, { folder: 'issue' });
    expect(block.articles.map((a) => [a.date, a.page, a.section, a.kicker, a.headline])).toEqual([
      ['2024-04-18', 7, '公告·服务', null, '停电公告'],
      ['2024-04-18', 2, '要闻', null, '我区召开经济运行分析会'],
      ['2024-04-18', 3, '要闻', null, '我区举行春季植树活动'],
    ]);
    // A headline with a paper's shape under the header, a story under it, stays the story's.
    const report = ingestText({ '05.txt': page('第5版 文化 2024年4月18日 星期四', '文化馆工作简报', '本报讯（记者 江娟）文化馆发布一季度工作简报。') }, { folder: 'issue' });
    expect(report.articles.map((a) => [a.page, a.headline])).toEqual([[5, '文化馆工作简报']]);
    // A date alone under a story's first lines is the story's, not the page's.
    const signed = ingestText({ '01.txt': page('停电公告', '因检修需要，定于2024年4月20日停电。', '2024年4月18日') }, { folder: 'issue' });
    expect(signed.articles.map((a) => [a.date, a.dateEstimated, a.paragraphs.at(-1)])).toEqual([['2024-04-20', true, '2024年4月18日']]);
  });
  it('reads a special section’s name and its sponsor in a block of their own as the page’s banner', () => {
    const result = ingestText({
      '05.txt': page('优化营商环境专刊\n县发展和改革委员会 主办', '县优化营商环境二十条措施出台', '近日，县政府办公室印发《若干措施》，提出20条具体措施。',
        '县税务局 主办', '税企直通车开进产业园', '本报讯（通讯员 王芳）3月28日，“税企直通车”开进县高新区。'),
    });
    expect(result.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, '县优化营商环境二十条措施出台'], ['县税务局 主办', '税企直通车开进产业园']]);
    expect(result.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['优化营商环境专刊', 'banner'], ['县发展和改革委员会 主办', 'banner']]);
    // A block each, as an extraction that parts every line sets them: the name is the page's section, the sponsor the banner's.
    const apart = ingestText({ '07.txt': page('2024年5月24日 星期五 第7版', '乡村振兴专版', '荣昌区农业农村委员会 协办', '稻田养鱼 “一田双收”', '本报讯（通讯员 周晓燕）眼下，村民们正忙着插秧。') });
    expect(apart.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([['乡村振兴专版', null, '稻田养鱼 “一田双收”']]);
    expect(apart.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['2024年5月24日 星期五 第7版', 'page-header'], ['乡村振兴专版', 'page-header'], ['荣昌区农业农村委员会 协办', 'banner']]);
    // A name with no 专刊 in it, first on its page, over its sponsor: the banner's too, not a story's kicker or headline.
    const named = ingestText({ '02.txt': page('第2版 法治 2024年3月15日 星期五', '法治荣昌', '荣昌区委政法委 主办', '以案说法 守护群众“钱袋子”', '本报讯(通讯员 黄晓燕)近日,区法院发布三起典型案例。') });
    expect(named.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([['法治', null, '以案说法 守护群众“钱袋子”']]);
    expect(named.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['第2版 法治 2024年3月15日 星期五', 'page-header'], ['法治荣昌', 'banner'], ['荣昌区委政法委 主办', 'banner']]);
    // Two bodies a line each, the last saying how they sponsor it, in the name's block or in one of their own.
    const bodies = ingestText({
      '01.txt': page('两会特刊', '中共重庆市荣昌区委宣传部\n重庆市荣昌区融媒体中心 联合主办', '政协第十五届荣昌区委员会第三次会议开幕', '本报讯（记者 张丽）1月10日，会议开幕。'),
      '02.txt': page('两会特刊\n中共重庆市荣昌区委宣传部\n重庆市荣昌区融媒体中心 联合主办', '代表委员热议报告', '本报讯（记者 王刚）代表委员们热议政府工作报告。'),
    }, { folder: '2024-01-11' });
    expect(bodies.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      [null, '政协第十五届荣昌区委员会第三次会议开幕', null],
      [null, '代表委员热议报告', null],
    ]);
    expect(bodies.pages.map((p) => p.furniture.filter((f) => f.reason === 'banner').length)).toEqual([2, 3]);
  });
  it('reads a forecast on one line under its label, or after it (今日天气：…), with the wind’s force glued to it', () => {
    const result = ingestText({
      '01.txt': page('今日天气', '晴转多云 10℃～20℃ 东南风2级', '县委常委会（扩大）会议召开', '本报讯（记者 王晓明）3月14日，县委常委会召开会议。'),
      '02.txt': page('今日天气：晴转多云 10℃～20℃', '县里召开会议', '本报讯（记者 李娜）3月14日，县里召开会议。'),
    });
    expect(result.articles.map((a) => [a.headline, a.subheadline])).toEqual([['县委常委会（扩大）会议召开', null], ['县里召开会议', null]]);
    expect(result.pages.flatMap((p) => p.furniture.map((f) => [f.text, f.reason]))).toEqual([
      ['今日天气', 'weather'], ['晴转多云 10℃～20℃ 东南风2级', 'weather'], ['今日天气：晴转多云 10℃～20℃', 'weather'],
    ]);
  });
  it('leaves a poem titled 小雨 and a story headlined 大雪 alone, and a headline set beside a forecast', () => {
    const result = ingestText({
      '01.txt': page('大雪', '本报讯（记者 王晓明）12月7日是二十四节气中的大雪。', '雨后春笋满山坡\n多云转小雨\n12℃～18℃'),
      '04.txt': page('小雨', '□ 陈晓东', '小雨\n落在青石板上\n落在外婆的油纸伞上'),
    });
    expect(result.articles.map((a) => [a.headline, [...a.reporters, ...a.authors]])).toEqual([['大雪', ['王晓明']], ['小雨', ['陈晓东']]]);
    expect(result.pages.flatMap((p) => p.furniture.map((f) => [f.text, f.reason]))).toEqual([['多云转小雨', 'weather'], ['12℃～18℃', 'weather']]);
  });
  it('leaves a notice’s address and telephone to the notice: only an imprint’s block takes them', () => {
    const result = ingestText({
      '04.txt': page('招聘启事', '因工作需要，我单位面向社会公开招聘工作人员2名。', '地址：荣昌区昌州大道100号\n电话：023-46720000'),
    });
    expect(result.articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['招聘启事', ['因工作需要，我单位面向社会公开招聘工作人员2名。', '地址：荣昌区昌州大道100号', '电话：023-46720000']],
    ]);
  });
  it('reads a public-service advertisement’s slogan over the body that runs it as the page’s furniture, in one block or two', () => {
    const story = ['城区新增300个停车位', '本报讯(融媒体中心记者 杨丽丹)近日,城区新增停车位300个。'];
    const kept = (result: ReturnType<typeof ingestText>) => [
      result.articles.map((a) => [a.kicker, a.headline, a.paragraphs]),
      result.pages.flatMap((p) => p.furniture.filter((f) => f.reason === 'public-service-ad').map((f) => f.text)),
    ];
    const parked = [[null, '城区新增300个停车位', ['近日,城区新增停车位300个。']]];
    expect(kept(ingestText({ '03.txt': page('文明交通 你我同行', '荣昌区交通安全委员会 宣', story.join('\n')) }))).toEqual([parked, ['文明交通 你我同行', '荣昌区交通安全委员会 宣']]);
    expect(kept(ingestText({ '03.txt': page(story.join('\n'), '创文明城市\n建美好家园\n重庆市荣昌区精神文明建设委员会办公室 宣制') })))
      .toEqual([parked, ['创文明城市', '建美好家园', '重庆市荣昌区精神文明建设委员会办公室 宣制']]);
    // A headline that ends in 宣传 names no body before it: the story's.
    expect(kept(ingestText({ '03.txt': page('区科协开展科普宣传', '本报讯(融媒体中心记者 杨丽丹)近日,区科协走进社区。') }))).toEqual([[[null, '区科协开展科普宣传', ['近日,区科协走进社区。']]], []]);
  });
  it('reads a front page’s guide of entries that print their page first with no bullet, a short one among them, as the guide’s', () => {
    const result = ingestText({
      '01.txt': page('春耕时节农事忙', '本报讯(融媒体中心记者 廖国颖)眼下正值春耕时节,清升镇农户们抢抓农时。', '今日导读', '2版 我区启动“阳光厨房”建设', '4版 法治荣昌', '3版 荣昌夏布走向国际'),
    });
    expect(result.articles.map((a) => a.headline)).toEqual(['春耕时节农事忙']);
    expect(result.pages[0]!.furniture.filter((f) => f.reason === 'guide').map((f) => f.text)).toEqual(['2版 我区启动“阳光厨房”建设', '4版 法治荣昌', '3版 荣昌夏布走向国际']);
  });
  it('reads a front page’s number and section under a masthead of many lines as its header, and the lead keeps its three titles', () => {
    const { articles } = ingestText({
      '01.txt': page('荣昌报\nRONGCHANG BAO', '中共重庆市荣昌区委主管主办 荣昌区融媒体中心出版', '国内统一连续出版物号:CN50-0039 邮发代号:77-12', '2024年3月15日 星期五', '1\n要闻',
        '抢抓春耕农时 夯实粮食安全根基', '我区全面推进春耕备耕工作', '今年计划播种粮食作物86.5万亩', '本报讯(融媒体中心记者 刘婷)3月12日,清江镇春耕正忙。'),
    });
    expect(articles.map((a) => [a.page, a.section, a.kicker, a.headline, a.subheadline, a.reporters])).toEqual([
      [1, '要闻', '抢抓春耕农时 夯实粮食安全根基', '我区全面推进春耕备耕工作', '今年计划播种粮食作物86.5万亩', ['刘婷']],
    ]);
  });
  it('reads a business’s advertisement and the paper’s contact box, titled lines over an address or a telephone with no sentence, as furniture', () => {
    const result = ingestText({
      '04.txt': page('春季警惕过敏性鼻炎', '本报讯(融媒体中心记者 郑光慧)春暖花开,不少市民出现鼻痒等症状。', '专家建议,外出时可佩戴口罩。',
        '荣昌仁爱医院', '专业治疗颈肩腰腿痛', '特色疗法 无需住院 当天见效', '地址:荣昌区昌州街道海棠大道88号', '咨询电话:023-46712345',
        '联系我们', '地址:荣昌区昌州大道东段99号', '邮编:402460'),
    });
    expect(result.articles.map((a) => [a.headline, a.paragraphs])).toEqual([['春季警惕过敏性鼻炎', ['春暖花开,不少市民出现鼻痒等症状。', '专家建议,外出时可佩戴口罩。']]]);
    expect(result.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([
      ['荣昌仁爱医院', 'advertisement'], ['专业治疗颈肩腰腿痛', 'advertisement'], ['特色疗法 无需住院 当天见效', 'advertisement'],
      ['地址:荣昌区昌州街道海棠大道88号', 'advertisement'], ['咨询电话:023-46712345', 'advertisement'],
      ['联系我们', 'imprint'], ['地址:荣昌区昌州大道东段99号', 'imprint'], ['邮编:402460', 'imprint'],
    ]);
    // A notice, which says what it offers in sentences, is an article, its telephone with it.
    const notice = ingestText({ '04.txt': page('荣昌仁爱医院', '即日起,我院开设颈肩腰腿痛专科门诊。', '咨询电话:023-46712345') });
    expect(notice.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['荣昌仁爱医院', 2]]);
  });
  it('reads a guide’s entries with their page on the line under them, and a teaser that ends in its page, as the guide’s, over the lead story', () => {
    const lead = ['荣昌猪入选国家首批畜禽遗传资源保护名录', '本报讯(融媒体中心记者 张泽美)近日,农业农村部公布保护品种名单,荣昌猪名列其中。'];
    const read = (...guide: string[]) => {
      const result = ingestText({ '01.txt': page('导读', ...guide, ...lead) });
      return [result.articles.map((a) => [a.page, a.section, a.kicker, a.headline, a.subheadline]), result.pages[0]!.furniture.filter((f) => f.reason === 'guide').map((f) => f.text)];
    };
    const story = [[1, null, null, '荣昌猪入选国家首批畜禽遗传资源保护名录', null]];
    // `详见第2版` had numbered the page 2, its section `详见第`.
    expect(read('区政协十届三次会议闭幕\n详见第2版', '“荣昌陶”亮相米兰设计周\n详见第3版')).toEqual([story, ['区政协十届三次会议闭幕', '详见第2版', '“荣昌陶”亮相米兰设计周', '详见第3版']]);
    expect(read('区政协十届三次会议闭幕 (2版)', '“荣昌陶”亮相米兰设计周', '(3版)')).toEqual([story, ['区政协十届三次会议闭幕 (2版)', '“荣昌陶”亮相米兰设计周', '(3版)']]);
    expect(read('区政协十届三次会议闭幕', '3月14日,区政协十届三次会议闭幕。 (详见第2版)')).toEqual([story, ['区政协十届三次会议闭幕', '3月14日,区政协十届三次会议闭幕。 (详见第2版)']]);
  });
  it('reads a forecast’s label that names its place, over the forecast, as the weather box’s, not the lead story’s kicker', () => {
    const lead = ['荣昌猪入选国家级保护名录', '本报讯(融媒体中心记者 张泽美)近日,荣昌猪入选国家级畜禽遗传资源保护名录。'];
    for (const box of [['荣昌天气', '小雨转阴 11℃～16℃'], ['荣昌天气\n小雨转阴 11℃～16℃']]) {
      const result = ingestText({ '01.txt': page(...box, ...lead) });
      expect(result.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, '荣昌猪入选国家级保护名录']]);
      expect(result.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['荣昌天气', 'weather'], ['小雨转阴 11℃～16℃', 'weather']]);
    }
  });
  it('reads a slogan of two or three phrases as the page’s last line, after a story’s finished sentence, as a banner', () => {
    const story = ['荣昌猪入选国家级保护名录', '本报讯(融媒体中心记者 张泽美)近日,荣昌猪入选国家级畜禽遗传资源保护名录。'];
    for (const slogan of ['文明城市 共建共享', '创建全国文明城区 建设美丽幸福荣昌']) {
      const result = ingestText({ '01.txt': page(...story, slogan) });
      expect(result.articles.map((a) => a.paragraphs)).toEqual([['近日,荣昌猪入选国家级畜禽遗传资源保护名录。']]);
      expect(result.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([[slogan, 'banner']]);
    }
    // A paragraph torn before such a line, which ends no sentence, goes on in it.
    expect(ingestText({ '01.txt': page(story[0]!, '本报讯(融媒体中心记者 张泽美)近日,荣昌猪入选了', '国家级畜禽 遗传资源名录') }).pages[0]!.furniture).toEqual([]);
    // Under a public service's hotline, after the story's last sentence, the two are a public-service advertisement.
    const hotline = ingestText({ '01.txt': page(...story, '法律援助热线:12348', '平安荣昌 你我共建') });
    expect(hotline.articles.map((a) => a.paragraphs)).toEqual([['近日,荣昌猪入选国家级畜禽遗传资源保护名录。']]);
    expect(hotline.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['法律援助热线:12348', 'public-service-ad'], ['平安荣昌 你我共建', 'public-service-ad']]);
  });
});

