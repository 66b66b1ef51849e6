// A county paper's back pages that are not news (the review of 2026-12-01, session 26): a service page's listings
// (programmes, lottery results, a pharmacy rota, telephone numbers), notices signed and dated, a page's section
// printed alone among its header's lines, and a front page's masthead printed a field a line.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a listing’s rows', () => {
  it('keeps each row of a programme list, a lottery’s results and a rota its own paragraph, never two figures fused', () => {
    const { articles } = ingestText({
      '03.txt': page('今晚电视节目', '重庆卫视', '19:00 转播中央台新闻联播 19:30 重庆新闻联播 20:00 电视剧:繁花(15) 21:30 雾都夜话', '彩票开奖',
        '体彩大乐透第24029期开奖结果:03 11 17 25 33+05 09', '福彩3D第2024067期开奖结果:5 2 9', '本周药店夜间值班表',
        '3月15日(周五) 老百姓大药房(昌州店) 昌州大道东段102号 46788120', '3月16日(周六) 桐君阁大药房(宝城店) 宝城路56号 46723315'),
    });
    const text = articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, ...a.paragraphs]).filter((t) => t !== null);
    expect(text).toEqual([
      '今晚电视节目', '重庆卫视', '19:00 转播中央台新闻联播 19:30 重庆新闻联播 20:00 电视剧:繁花(15) 21:30 雾都夜话', '彩票开奖',
      '体彩大乐透第24029期开奖结果:03 11 17 25 33+05 09', '福彩3D第2024067期开奖结果:5 2 9', '本周药店夜间值班表',
      '3月15日(周五) 老百姓大药房(昌州店) 昌州大道东段102号 46788120', '3月16日(周六) 桐君阁大药房(宝城店) 宝城路56号 46723315',
    ]);
  });
  it('reads a forecast’s rows under their label as the piece’s text, not as its headline and subtitle', () => {
    const { articles } = ingestText({
      '02.txt': page('一周天气', '4月12日 周五 阴转小雨 16～22℃', '4月13日 周六 小雨 15～20℃', '4月15日 周一 晴 18～28℃', '中国福利彩票双色球第2024040期开奖公告', '开奖日期:2024年4月11日', '红色球号码:05 12 16 23 28 33 蓝色球号码:07'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['一周天气', null, ['4月12日 周五 阴转小雨 16～22℃', '4月13日 周六 小雨 15～20℃', '4月15日 周一 晴 18～28℃']],
      ['中国福利彩票双色球第2024040期开奖公告', null, ['开奖日期:2024年4月11日', '红色球号码:05 12 16 23 28 33 蓝色球号码:07']],
    ]);
  });
  it('reads an events’ or a clinic’s rows of words under their label as the piece’s text, not its headline and subtitle', () => {
    const { articles } = ingestText({
      '04.txt': page('荣昌女篮夺得全市冠军', '本报讯(通讯员 蒋 涛)近日,荣昌区女子篮球队战胜江津区队,夺得冠军。', '赛事预告',
        '12月9日 荣昌区第三届全民健身马拉松 起点:海棠公园', '12月16日 荣昌区中小学生象棋比赛 地点:区文化馆',
        '荣昌区中医院 名医坐诊', '3月16日 周六 心内科 李主任医师', '3月17日 周日 骨科 王主任医师'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['荣昌女篮夺得全市冠军', null, ['近日,荣昌区女子篮球队战胜江津区队,夺得冠军。']],
      ['赛事预告', null, ['12月9日 荣昌区第三届全民健身马拉松 起点:海棠公园', '12月16日 荣昌区中小学生象棋比赛 地点:区文化馆']],
      ['荣昌区中医院 名医坐诊', null, ['3月16日 周六 心内科 李主任医师', '3月17日 周日 骨科 王主任医师']],
    ]);
  });
  it('still joins prose torn by a column break, spaced around its figures or not', () => {
    const { articles } = ingestText({
      '02.txt': page('我区召开重点项目调度会', '本报讯(记者 黄晓)3月14日,全区 68 个市区重点项目完成投资 23.6 亿元,占年度计划的', '26.1%,同比增长 12.4 个百分点。'),
    });
    expect(articles[0]!.paragraphs).toEqual(['3月14日,全区 68 个市区重点项目完成投资 23.6 亿元,占年度计划的26.1%,同比增长 12.4 个百分点。']);
  });
});

describe('a notice’s signature and date, and a serial’s note', () => {
  it('keeps a notice’s date, printed by two notices of the issue, under its signature, and the next piece keeps its headline', () => {
    const { articles, pages } = ingestText({
      '03.txt': page('2024年3月15日 星期五', '城区公交线路临时调整公告', '因管网改造施工,101路公交线路临时调整。', '恢复时间另行通知。给市民出行带来的不便,敬请谅解。',
        '重庆市荣昌区公共交通有限公司', '2024年3月14日', '荣昌汽车站客运班车时刻表', '荣昌→内江 7:30 9:30 11:30 13:30 15:30 票价32元'),
      '04.txt': page('2024年3月15日 星期五', '讣告', '荣昌区退休教师刘德明同志因病医治无效,于2024年3月13日逝世,享年86岁。', '刘德明同志治丧委员会', '2024年3月14日',
        '遗失声明', '荣昌区宏发建材经营部遗失营业执照正本,声明作废。'),
    }, { folder: '2024-03-15' });
    expect(articles.map((a) => [a.headline, a.paragraphs.at(-1)])).toEqual([
      ['城区公交线路临时调整公告', '2024年3月14日'],
      ['荣昌汽车站客运班车时刻表', '荣昌→内江 7:30 9:30 11:30 13:30 15:30 票价32元'],
      ['讣告', '2024年3月14日'],
      ['遗失声明', '荣昌区宏发建材经营部遗失营业执照正本,声明作废。'],
    ]);
    expect(articles[0]!.paragraphs.at(-2)).toBe('重庆市荣昌区公共交通有限公司');
    expect(pages.flatMap((p) => p.furniture.map((f) => f.text))).toEqual(['2024年3月15日 星期五', '2024年3月15日 星期五']);
  });
  it('keeps a notice’s signature over its address or whom to call in the notice, and the next notice keeps its headline', () => {
    const { articles } = ingestText({
      '04.txt': page('拍卖公告', '受委托,我公司定于2024年3月28日上午10时公开拍卖商业用房一套。', '重庆鑫源拍卖有限公司', '地址:荣昌区海棠大道66号', '电话:023-46789012 13983456789',
        '2024年《荣昌报》征订启事', '订阅方式:直接到荣昌区融媒体中心报刊发行部订阅。', '荣昌区融媒体中心', '联系人:杨老师 联系电话:023-46722088',
        '招聘启事', '重庆荣昌鑫味食品有限公司因业务发展需要,现面向社会招聘普工20名。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.slice(1)])).toEqual([
      [null, '拍卖公告', null, ['重庆鑫源拍卖有限公司', '地址:荣昌区海棠大道66号', '电话:023-46789012 13983456789']],
      [null, '2024年《荣昌报》征订启事', null, ['荣昌区融媒体中心', '联系人:杨老师 联系电话:023-46722088']],
      [null, '招聘启事', null, []],
    ]);
  });
  it('ends a declaration with its declarant’s signature, and the notices under the next heading are a piece of their own', () => {
    const { articles, pages } = ingestText({
      '04.txt': page('声明', '本人罗国平与刘晓梅于2024年3月15日经荣昌区民政局登记离婚。', '特此声明。', '声明人：罗国平', '遗失声明',
        '荣昌区昌州街道张记烧烤店遗失营业执照副本,声明作废。', '陈明华遗失住院收费票据1张,声明作废。', '本版广告代理：荣昌区融媒体中心广告部 电话：023-46722088'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['声明', ['本人罗国平与刘晓梅于2024年3月15日经荣昌区民政局登记离婚。', '特此声明。', '声明人：罗国平']],
      ['遗失声明', ['荣昌区昌州街道张记烧烤店遗失营业执照副本,声明作废。', '陈明华遗失住院收费票据1张,声明作废。']],
    ]);
    // The page's own note at its foot is no notice's line.
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['本版广告代理：荣昌区融媒体中心广告部 电话：023-46722088', 'page-note']]);
  });
  it('keeps a table of posts and a price list in their notice, and a signing office over whom to call in its notice', () => {
    const { articles } = ingestText({
      '03.txt': page('荣昌区2024年上半年公开招聘事业单位工作人员公告', '本次招聘岗位共4个,具体岗位见下表。', '岗位名称 招聘人数 学历要求 专业要求',
        '区人民医院临床医生 5 本科及以上 临床医学', '区中医院护士 8 大专及以上 护理学', '区农业技术推广站技术员 2 本科及以上 农学', '重庆市荣昌区人力资源和社会保障局', '2024年5月10日',
        '2024年荣昌区征兵公告', '根据上级征兵命令,2024年我区征兵工作已全面展开。', '荣昌区人民政府征兵办公室', '咨询电话:023-46782233',
        '本周菜价', '(5月9日 荣昌区农贸市场)', '猪肉(后腿) 14元/斤', '土鸡蛋 1元/个', '白菜 1.5元/斤'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.slice(1)])).toEqual([
      [null, '荣昌区2024年上半年公开招聘事业单位工作人员公告', null, ['岗位名称 招聘人数 学历要求 专业要求', '区人民医院临床医生 5 本科及以上 临床医学',
        '区中医院护士 8 大专及以上 护理学', '区农业技术推广站技术员 2 本科及以上 农学', '重庆市荣昌区人力资源和社会保障局', '2024年5月10日']],
      [null, '2024年荣昌区征兵公告', null, ['荣昌区人民政府征兵办公室', '咨询电话:023-46782233']],
      [null, '本周菜价', null, ['猪肉(后腿) 14元/斤', '土鸡蛋 1元/个', '白菜 1.5元/斤']],
    ]);
  });
  it('reads a standing column’s box beside a story as a piece of its own, though the story ends in a field', () => {
    const { articles } = ingestText({
      '02.txt': page('专家谈手足口病防治', '本报讯(记者 黄晓)近日,记者采访了区人民医院儿科主任医师钟丽华。', '出诊时间:每周二、四上午', '健康小贴士', '夏季饮食"五宜五忌"',
        '一宜清淡,忌油腻;二宜温热,忌过凉。', '(区疾控中心供稿)'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '专家谈手足口病防治', ['近日,记者采访了区人民医院儿科主任医师钟丽华。', '出诊时间:每周二、四上午']],
      ['健康小贴士', '夏季饮食"五宜五忌"', ['一宜清淡,忌油腻;二宜温热,忌过凉。']],
    ]);
  });
  it('reads a tender notice’s numbered fields as its clauses, and a numbered heading without a value as its subhead', () => {
    const { articles } = ingestText({
      '04.txt': page('荣昌区2024年农村公路养护工程招标公告', '一、项目名称:荣昌区2024年农村公路日常养护工程', '二、招标人:重庆市荣昌区交通运输委员会',
        '三、工程规模:养护农村公路约215公里,招标控制价为386.52万元。', '四、投标截止时间:2024年4月8日9时30分', '五、联系方式', '联系人:罗先生', '电话:023-46752318'),
    });
    const [notice] = articles;
    expect(notice!.subheads.map((i) => notice!.paragraphs[i])).toEqual(['五、联系方式']);
    expect(notice!.paragraphs).toHaveLength(7);
  });
  it('keeps `（未完待续）` at the end of each of two serials of the issue', () => {
    const { articles } = ingestText({
      '02.txt': page('荣昌夏布的前世今生', '——荣昌非物质文化遗产漫谈', '夏布织造技艺始于汉代,盛于明清。', '（未完待续）'),
      '03.txt': page('濑溪河', '文/张德明', '那年春天,河水涨得比往年早。', '（未完待续）'),
    });
    expect(articles.map((a) => a.paragraphs.at(-1))).toEqual(['（未完待续）', '（未完待续）']);
  });
});

describe('a page’s top printed a line each', () => {
  it('reads a section’s name alone between the header’s lines, or over them as the page’s first line, as the page’s section', () => {
    const { articles } = ingestText({
      '02.txt': page('2024年3月15日 星期五', '责任编辑:唐丽 版式:罗艳 校对:付静', '综合', '2', '清流镇桃花节开幕', '本报讯(记者 李佳)3月14日,清流镇桃花节开幕。'),
      '03.txt': page('理论', '2024年3月15日 星期五', '责任编辑：赵红 版式：陈曦', '3', '以新质生产力推动县域经济高质量发展', '□ 区委党校 王丽娟', '发展新质生产力是推动高质量发展的内在要求。'),
    }, { folder: '2024-03-15' });
    expect(articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([
      ['综合', null, '清流镇桃花节开幕'],
      ['理论', null, '以新质生产力推动县域经济高质量发展'],
    ]);
  });
  it('keeps a story’s short kicker under the header as its kicker', () => {
    const { articles } = ingestText({
      '02.txt': page('2024年3月15日 星期五', '责任编辑:唐丽', '2', '聚焦两会', '代表委员热议乡村振兴', '本报讯(记者 李佳)3月14日,代表委员热议乡村振兴。'),
    }, { folder: '2024-03-15' });
    expect(articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([[null, '聚焦两会', '代表委员热议乡村振兴']]);
  });
  it('reads a front page’s masthead printed a field a line as the masthead, and the first story keeps its headline', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('荣昌报', '中共重庆市荣昌区委机关报', '2024年6月14日', '星期五', '农历甲辰年五月初九', '第3047期', '主管主办:中共重庆市荣昌区委', '出版:荣昌区融媒体中心',
        '我区召开防汛工作会', '本报讯(融媒体中心记者 黄晓)6月13日,我区召开防汛工作会。', '中共重庆市荣昌区委主管主办 荣昌区融媒体中心出版'),
    }, { folder: '2024-06-14' });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs])).toEqual([[null, '我区召开防汛工作会', null, ['6月13日,我区召开防汛工作会。']]]);
    // The masthead's date dates the issue, a later date in a story's text does not.
    expect(pages[0]!.furniture.map((f) => f.reason)).toEqual(['masthead', 'masthead', 'page-header', 'masthead', 'masthead', 'masthead', 'masthead', 'masthead', 'masthead']);
    const undated = ingestText({ '01.txt': page('荣昌报', '2024年6月14日', '星期五', '我区召开防汛工作会', '本报讯(融媒体中心记者 黄晓)6月13日,我区召开防汛工作会,部署2024年6月20日起的主汛期工作。') }, { folder: 'issue' });
    expect(undated.articles.map((a) => [a.date, a.dateEstimated, a.kicker, a.headline])).toEqual([['2024-06-14', false, null, '我区召开防汛工作会']]);
  });
});

describe('a supplement’s and a commentary page’s writers', () => {
  it('reads a stanza with a comma in one verse as a stanza, and each poem keeps its own title and poet', () => {
    const { articles } = ingestText({
      '03.txt': page('濑溪河畔', '□ 杨光明', '清晨的濑溪河\n披着薄薄的雾\n早起的渔人\n撑篙划开一河碎银', '乡愁是一碗羊肉汤', '□ 钟晓燕',
        '离家的时候\n母亲往行囊里塞了一包干辣椒\n她说,想家了\n就煮一碗羊肉汤', '学书小记', '文/黄德平', '我学书法,始于小学三年级。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.authors, a.paragraphs])).toEqual([
      [null, '濑溪河畔', null, ['杨光明'], ['清晨的濑溪河\n披着薄薄的雾\n早起的渔人\n撑篙划开一河碎银']],
      [null, '乡愁是一碗羊肉汤', null, ['钟晓燕'], ['离家的时候\n母亲往行囊里塞了一包干辣椒\n她说,想家了\n就煮一碗羊肉汤']],
      [null, '学书小记', null, [], ['我学书法,始于小学三年级。']],
    ]);
  });
  it('reads a poem printed a verse a block under its poet’s mark as a poem of its own, its verses apart', () => {
    const { articles } = ingestText({
      '03.txt': page('老屋的桂花树', '文/陈晓燕', '后来，老屋拆了，桂花树被移栽到了新建的村民广场。', '春到濑溪河（外一首）', '□ 刘德平', '河水醒了', '柳枝绿了', '一只白鹭', '衔起半河春光'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.authors, a.paragraphs])).toEqual([
      [null, '老屋的桂花树', null, [], ['后来，老屋拆了，桂花树被移栽到了新建的村民广场。']],
      [null, '春到濑溪河（外一首）', null, ['刘德平'], ['河水醒了', '柳枝绿了', '一只白鹭', '衔起半河春光']],
    ]);
  });
  it('reads the numbers of a group of poems’ parts (一, 二) as its subheads, the first no rule', () => {
    const { articles, pages } = ingestText({
      '03.txt': page('濑溪河畔(组诗)', '□ 杨光明', '一', '清晨的濑溪河\n披着薄薄的雾\n早起的渔人', '二', '岸边的黄葛树\n又老了一圈年轮\n树下下棋的老人'),
    });
    const [poems] = articles;
    expect(poems!.subheads.map((i) => poems!.paragraphs[i])).toEqual(['一', '二']);
    expect(pages[0]!.furniture).toEqual([]);
  });
  it('reads the works a supplement prints, each captioned on one line, as pieces of their own, not as an essay’s text and photographer', () => {
    const { articles, pages } = ingestText({
      '03.txt': page('学书小记', '文/黄德平', '我学书法,始于小学三年级。', '《荷韵》 国画 作者:钟永和', '《濑溪春晓》 (油画) 刘梅 作', '摄影作品《万灵古镇春色》 杨涛 摄',
        '书法作品:《沁园春·雪》 刘志强', '作者简介:刘志强,重庆市书法家协会会员。', '副刊投稿邮箱:rcbfk@163.com'),
    });
    expect(articles.map((a) => [a.headline, a.credits, a.authors, a.photographers, a.paragraphs, a.captions])).toEqual([
      ['学书小记', ['文/黄德平'], [], [], ['我学书法,始于小学三年级。'], []],
      ['《荷韵》 国画', ['作者:钟永和'], ['钟永和'], [], [], []],
      ['《濑溪春晓》 (油画)', ['刘梅 作'], ['刘梅'], [], [], []],
      ['摄影作品《万灵古镇春色》', ['杨涛 摄'], [], ['杨涛'], [], []],
      // The form before the title, after a colon; the note on its maker under it is the work's.
      ['书法作品:《沁园春·雪》', ['刘志强'], ['刘志强'], [], ['作者简介:刘志强,重庆市书法家协会会员。'], []],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['副刊投稿邮箱:rcbfk@163.com', 'imprint']]);
  });
  it('reads the paper’s commentator over a commentary’s headline as its byline, not as the story above’s last credit', () => {
    const { articles } = ingestText({
      '01.txt': page('我区一季度地区生产总值同比增长6.8%', '本报讯(融媒体中心记者 唐小军)记者从区统计局获悉,一季度全区经济增长6.8%。', '本报评论员',
        '稳中求进 实干为先', '一季度经济“成绩单”来之不易。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.credits, a.reporters])).toEqual([
      ['我区一季度地区生产总值同比增长6.8%', '本报讯(融媒体中心记者 唐小军)', ['本报讯(融媒体中心记者 唐小军)'], ['唐小军']],
      ['稳中求进 实干为先', '本报评论员', ['本报评论员'], []],
    ]);
  });
  it('reads a serial’s headline over its subtitle’s dash and its part, and a novel’s serial label as its kicker', () => {
    const { articles } = ingestText({
      '02.txt': page('荣昌夏布的前世今生\n——荣昌非物质文化遗产漫谈\n连载（十二）', '□ 刘明远', '夏布织造技艺始于汉代,盛于明清。', '长篇小说连载\n濑溪河（十八）', '□ 张国华', '那年春天,河水涨得比往年早。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.authors])).toEqual([
      [null, '荣昌夏布的前世今生', '荣昌非物质文化遗产漫谈——连载（十二）', ['刘明远']],
      ['长篇小说连载', '濑溪河（十八）', null, ['张国华']],
    ]);
  });
  it('credits the writer a note names after 作者系 as the piece’s author', () => {
    const { articles } = ingestText({
      '02.txt': page('坚持和发展新时代“枫桥经验”', '矛盾不上交、平安不出事、服务不缺位,是新时代“枫桥经验”的精髓。', '（作者系区委组织部干部 李春燕）'),
    });
    expect(articles.map((a) => [a.authors, a.correspondents])).toEqual([[['李春燕'], []]]);
  });
});

describe('the second review’s pages (session 26)', () => {
  it('ends an advertisement at whom to call, and the next notice keeps its heading', () => {
    const { articles } = ingestText({
      '04.txt': page('房屋出租', '昌州大道东段临街门面出租，面积80平方米。电话：13908345566', '海棠大道“海棠名苑”三室两厅出租，月租1800元。电话：15823451234', '寻物启事',
        '本人于6月10日下午在万达广场附近遗失黑色钱包一个，有拾到者请与失主联系。', '联系电话：13883345678'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['房屋出租', ['昌州大道东段临街门面出租，面积80平方米。电话：13908345566', '海棠大道“海棠名苑”三室两厅出租，月租1800元。电话：15823451234']],
      ['寻物启事', ['本人于6月10日下午在万达广场附近遗失黑色钱包一个，有拾到者请与失主联系。', '联系电话：13883345678']],
    ]);
  });
  it('keeps a notice’s numbered clauses apart, though one lists places and ends in no stop', () => {
    const { articles } = ingestText({
      '04.txt': page('招标公告', '三、建设地点:荣昌区清江镇、河包镇、古昌镇等6个镇', '四、工程规模:养护农村公路约215公里,招标控制价为386.52万元。'),
    });
    expect(articles[0]!.paragraphs).toEqual(['三、建设地点:荣昌区清江镇、河包镇、古昌镇等6个镇', '四、工程规模:养护农村公路约215公里,招标控制价为386.52万元。']);
  });
  it('reads a stanza with commas in two of its five verses as a stanza', () => {
    const { articles } = ingestText({
      '03.txt': page('母亲的菜园', '□ 钟晓燕', '母亲的菜园不大\n种着四季\n春天是豌豆尖\n夏天是红辣椒，紫茄子\n秋天，是一地金黄的南瓜'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs])).toEqual([
      ['母亲的菜园', ['钟晓燕'], ['母亲的菜园不大\n种着四季\n春天是豌豆尖\n夏天是红辣椒，紫茄子\n秋天，是一地金黄的南瓜']],
    ]);
  });
  it('starts a listing of its own at a heading after another listing’s rows, each row a line of its own', () => {
    const { articles } = ingestText({
      '03.txt': page('彩票开奖', '福彩3D第2024067期开奖结果:5 2 9', '本周药店夜间值班表', '日期\t药店\t地址\t电话', '3月15日(周五)\t老百姓大药房\t昌州大道东段102号\t46788120',
        '3月16日(周六) 桐君阁大药房(宝城店) 宝城路56号 46723315', '便民电话', '火警119 匪警110 急救120 交通事故122', '区供电服务热线95598 区自来水公司46722110'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs])).toEqual([
      [null, '彩票开奖', null, ['福彩3D第2024067期开奖结果:5 2 9']],
      [null, '本周药店夜间值班表', null, ['日期\t药店\t地址\t电话', '3月15日(周五)\t老百姓大药房\t昌州大道东段102号\t46788120', '3月16日(周六) 桐君阁大药房(宝城店) 宝城路56号 46723315']],
      [null, '便民电话', null, ['火警119 匪警110 急救120 交通事故122', '区供电服务热线95598 区自来水公司46722110']],
    ]);
  });
  it('lifts a picture’s caption and credit out of a story’s middle, and the story goes on under them', () => {
    const { articles } = ingestText({
      '02.txt': page('荣昌夏布走进巴黎时装周', '本报讯（记者 李佳）6月18日，12套荣昌夏布时装亮相巴黎时装周。', '图为模特身着荣昌夏布时装走秀。', '（区夏布协会供图）',
        '据统计，2023年全区夏布产业产值达8.6亿元。', '万灵古镇端午游客量创新高', '本报讯（通讯员 陈思思）端午假期，万灵古镇共接待游客15.6万人次。',
        '6月10日，万灵古镇濑溪河上龙舟竞渡。', '通讯员 陈思思 摄', '假期期间，古镇推出龙舟竞渡、非遗展演等活动。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.captions, a.photographers])).toEqual([
      ['荣昌夏布走进巴黎时装周', ['6月18日，12套荣昌夏布时装亮相巴黎时装周。', '据统计，2023年全区夏布产业产值达8.6亿元。'], ['图为模特身着荣昌夏布时装走秀。'], []],
      ['万灵古镇端午游客量创新高', ['端午假期，万灵古镇共接待游客15.6万人次。', '假期期间，古镇推出龙舟竞渡、非遗展演等活动。'], ['6月10日，万灵古镇濑溪河上龙舟竞渡。'], ['陈思思']],
    ]);
  });
  it('reads the days a listing covers under its title as its first line, not its headline', () => {
    const { articles } = ingestText({ '04.txt': page('一周电视节目', '6月17日—6月23日', '荣昌电视台', '周一 06:30 早安荣昌 12:00 荣昌新闻（重播） 18:30 荣昌新闻') });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs])[0]).toEqual([null, '一周电视节目', null, ['6月17日—6月23日']]);
  });
  it('reads a masthead’s lunar date without 农历, its running issue number and its publisher alone as the masthead’s', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('荣昌报', '2024年6月14日', '星期五', '甲辰年五月初九', '总第3047期', '本期8版', '中共重庆市荣昌区委主管主办', '荣昌区融媒体中心出版',
        '全区经济运行分析会召开', '本报讯(记者 黄晓)6月13日,全区经济运行分析会召开。'),
    }, { folder: '2024-06-14' });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([[null, '全区经济运行分析会召开', null]]);
    expect(pages[0]!.furniture).toHaveLength(8);
  });
});

describe('the third review’s pages (session 26)', () => {
  it('keeps a prize list’s grades and rows each a line of its own, and the next story keeps its headline', () => {
    const { articles } = ingestText({
      '04.txt': page('喜报', '我区学生在2024年重庆市青少年科技创新大赛中获佳绩', '一等奖', '荣昌中学 高二(5)班 陈思远 《基于物联网的智能鱼塘监测系统》', '二等奖',
        '荣昌区永荣中学 初二(1)班 黄子轩 《荣昌夏布染色工艺改良研究》', '荣昌区玉屏实验小学 五年级(1)班 刘浩然、王可欣 《植物叶片光合作用观察》',
        '2024年中考我区成绩喜人', '2024年我区中考共有7865名考生参加,总分650分以上的有312人。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs, a.authors])).toEqual([
      ['喜报', '我区学生在2024年重庆市青少年科技创新大赛中获佳绩', null, ['一等奖', '荣昌中学 高二(5)班 陈思远 《基于物联网的智能鱼塘监测系统》', '二等奖',
        '荣昌区永荣中学 初二(1)班 黄子轩 《荣昌夏布染色工艺改良研究》', '荣昌区玉屏实验小学 五年级(1)班 刘浩然、王可欣 《植物叶片光合作用观察》'], []],
      [null, '2024年中考我区成绩喜人', null, ['2024年我区中考共有7865名考生参加,总分650分以上的有312人。'], []],
    ]);
  });
  it('reads a masthead’s fields printed on one line (`第2586期 今日4版`) as the masthead’s', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('荣昌报', '中共重庆市荣昌区委机关报', '2024年7月5日', '星期五', '第2586期 今日4版', '我区召开防汛抗旱工作调度会', '本报讯(记者 黄晓)7月4日,我区召开防汛抗旱工作调度会。'),
    }, { folder: '2024-07-05' });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([[null, '我区召开防汛抗旱工作调度会', null]]);
    expect(pages[0]!.furniture.map((f) => f.text)).toContain('第2586期 今日4版');
  });
  it('reads a byline under a note on the story’s people (`（文中当事人均为化名）`) as the story’s, and its text goes on under it', () => {
    const { articles } = ingestText({
      '04.txt': page('一张欠条引发的纠纷', '(文中当事人均为化名)', '本报记者 廖国颖', '老李和老张是多年的老朋友。2021年,老张向老李借款10万元。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.reporters, a.paragraphs])).toEqual([
      ['一张欠条引发的纠纷', '本报记者 廖国颖', ['廖国颖'], ['(文中当事人均为化名)', '老李和老张是多年的老朋友。2021年,老张向老李借款10万元。']],
    ]);
  });
});
