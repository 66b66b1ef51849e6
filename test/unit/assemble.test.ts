// Page shapes the sample does not have, written by hand: each a few lines of a plausible page.
import { describe, expect, it } from 'vitest';
import { closeSpacedOut } from '../../src/lib/ingest/lines.ts';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('assembling articles', () => {
  it('reads a byline on its own line, and a kicker, headline and subtitle stacked', () => {
    const { articles } = ingestText({
      '01.txt': page('坚持以人民为中心', '我区全力推进民生实事', '——今年完成十大民生项目', '本报记者 王晓明 实习生 刘畅',
        '今年以来，我区围绕群众急难愁盼，全力推进民生实事。', '截至目前，十大项目全部完工。'),
    });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      kicker: '坚持以人民为中心', headline: '我区全力推进民生实事', subheadline: '今年完成十大民生项目',
      byline: '本报记者 王晓明 实习生 刘畅', reporters: ['王晓明'], interns: ['刘畅'],
      paragraphs: ['今年以来，我区围绕群众急难愁盼，全力推进民生实事。', '截至目前，十大项目全部完工。'],
    });
  });

  it('reads the writer of a supplement’s piece as its author, and the paper’s reporter there as a reporter still', () => {
    const { articles } = ingestText({
      '04.txt': page('第4版 副刊 2024年5月20日 星期一', '濑溪河畔的春天', '文/陈晓梅', '春天来了，濑溪河畔的柳树抽出了新芽。',
        '老街记忆', '文/图 本报记者 王刚', '昌元老街的青石板路，留下了几代人的脚印。'),
      '02.txt': page('第2版 综合 2024年5月20日 星期一', '河包镇粉条飘香', '文/陈晓梅 图/李明', '河包镇的粉条作坊又忙起来了。'),
    }, { folder: '2024-05-20' });
    expect(articles.map((a) => [a.section, a.headline, a.reporters, a.authors, a.photographers])).toEqual([
      ['副刊', '濑溪河畔的春天', [], ['陈晓梅'], []],
      ['副刊', '老街记忆', ['王刚'], [], ['王刚']],
      // On a news page, the same form names the paper's writer.
      ['综合', '河包镇粉条飘香', ['陈晓梅'], [], ['李明']],
    ]);
  });

  it('reads a brief’s writer, named with their unit in brackets at its one paragraph’s end, as its correspondent', () => {
    const { articles } = ingestText({
      '03.txt': page('第3版 镇街动态 2024年5月20日 星期一', '清江镇开展防溺水宣传', '近日，清江镇组织志愿者深入村社开展防溺水宣传，发放宣传资料2000余份。(清江镇 刘 敏)',
        '安富街道举办陶艺培训', '5月15日，安富街道举办陶艺技能培训班，30余名群众参加。（安富街道 陈丽）',
        '夏季如何预防中暑', '问：夏季如何预防中暑？', '答：多喝水，避免在高温时段外出。（区人民医院 李敏）'),
    }, { folder: '2024-05-20' });
    expect(articles.map((a) => [a.headline, a.byline, a.correspondents, a.paragraphs])).toEqual([
      ['清江镇开展防溺水宣传', '(清江镇 刘 敏)', ['刘敏'], ['近日，清江镇组织志愿者深入村社开展防溺水宣传，发放宣传资料2000余份。']],
      ['安富街道举办陶艺培训', '（安富街道 陈丽）', ['陈丽'], ['5月15日，安富街道举办陶艺技能培训班，30余名群众参加。']],
      // Under an answer in a piece of more than one paragraph, the note says who answered.
      ['夏季如何预防中暑', null, [], ['问：夏季如何预防中暑？', '答：多喝水，避免在高温时段外出。（区人民医院 李敏）']],
    ]);
    // A town whose name reads as a person's (吴 is a surname) is still the writer's unit, and credited to no one.
    const [town] = ingestText({ '03.txt': page('召开产业发展座谈会', '近日,吴家镇召开产业发展座谈会,收集意见建议23条。(吴家镇 陈晓)') }).articles;
    expect([town!.reporters, town!.correspondents]).toEqual([[], ['陈晓']]);
  });
  it('reads 镇街动态 as a column’s label and each brief’s town over its title as its kicker, under the page’s section 镇街', () => {
    const { articles, pages } = ingestText({
      '03.txt': page('镇街', '镇街动态', '清江镇', '开展春季森林防火巡查', '近日,清江镇组织护林员开展森林防火巡查。(清江镇 刘敏)', '远觉镇', '“院坝会”解民忧', '3月11日,远觉镇召开“院坝会”。(远觉镇 邓佳)'),
    });
    expect(articles.map((a) => [a.section, a.kicker, a.headline, a.subheadline, a.correspondents])).toEqual([
      ['镇街', '清江镇', '开展春季森林防火巡查', null, ['刘敏']],
      ['镇街', '远觉镇', '“院坝会”解民忧', null, ['邓佳']],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['镇街', 'page-header'], ['镇街动态', 'column-label']]);
  });

  it('reads the titles of a feature’s parts, printed with no mark between its paragraphs, as its subheads', () => {
    const { articles } = ingestText({
      '05.txt': page('小小粉条串起致富链\n——河包镇粉条产业发展纪实', '本报记者 王刚 通讯员 李明',
        '初夏时节，走进河包镇粉条加工厂，工人们正忙着晾晒粉条。', '近年来，河包镇依托传统工艺，把小粉条做成了大产业。',
        '传统工艺焕发新生', '河包粉条制作技艺已有300多年历史。过去，粉条全靠手工制作。',
        '品牌建设拓宽销路', '为了让产品走出大山，当地注册了地理标志商标，销往全国各地。',
        '县人民医院开展义诊', '近日，县人民医院专家在峰高街道开展义诊，为群众测量血压。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.subheads.map((at) => a.paragraphs[at])])).toEqual([
      // The first part speaks of 粉条 and 河包 as the story does; the second follows a part.
      ['小小粉条串起致富链', ['王刚'], ['传统工艺焕发新生', '品牌建设拓宽销路']],
      // A brief under the feature speaks of something else: a story of its own.
      ['县人民医院开展义诊', [], []],
    ]);
    // A news story, opened by its dateline, and a titled brief under it on the same subject: two stories.
    const news = ingestText({
      '01.txt': page('河包镇粉条节开幕', '本报讯（记者 王刚）5月18日，河包镇第五届粉条文化节开幕。', '活动持续三天，河包粉条企业集中展销。',
        '河包粉条获评地理标志产品', '日前，河包粉条获评国家地理标志产品，河包镇粉条产业再添名片。'),
    });
    expect(news.articles.map((a) => a.headline)).toEqual(['河包镇粉条节开幕', '河包粉条获评地理标志产品']);
  });

  it('reads the parallel titles between a dated story’s paragraphs as its parts, and titles of other lengths as stories', () => {
    const parts = (titles: [string, string, string]) => ingestText({
      '03.txt': page('小小夏布织出致富大产业', '本报讯(融媒体中心记者 杨丽丹)走进盘龙镇的夏布织造车间,机杼声声。近年来,我区推动夏布产业向高端化发展。',
        titles[0], '荣昌夏布织造技艺已有上千年历史。在盘龙镇,不少老人仍保留着手工绩麻的习惯。',
        titles[1], '如今,设计师们将夏布与现代时尚元素相结合,开发出上百种夏布产品。',
        titles[2], '目前,荣昌夏布产品已远销20多个国家和地区,夏布年产值突破10亿元。',
        '区人民医院开展义诊', '本报讯(记者 王刚)近日,区人民医院专家在峰高街道开展义诊。'),
    }).articles.map((a) => [a.headline, a.subheads.map((at) => a.paragraphs[at])]);
    expect(parts(['传承古老技艺', '创新产品设计', '走向国际市场'])).toEqual([
      ['小小夏布织出致富大产业', ['传承古老技艺', '创新产品设计', '走向国际市场']],
      ['区人民医院开展义诊', []],
    ]);
    // Titles of a brief's lengths, with no byline: stories of their own, as a page of untitled briefs prints them.
    expect(parts(['夏布技艺', '盘龙镇夏布产品创新设计', '夏布远销海外']).map(([headline]) => headline)).toEqual([
      '小小夏布织出致富大产业', '夏布技艺', '盘龙镇夏布产品创新设计', '夏布远销海外', '区人民医院开展义诊',
    ]);
  });

  it('lifts a caption with no credit out from between the halves of a torn paragraph, which are joined', () => {
    for (const caption of ['刘芳(右)在课堂上辅导学生。', '刘芳(右)在课堂上辅导学生']) {
      const { articles } = ingestText({
        '01.txt': page('为乡村孩子点亮成长之路', '本报记者 梁 燕 文/图', '她组建“乡村小书屋”,募集图书3000余册,让留守儿童在家门', caption, '口就能读到好书。', '在她的带动下,学校青年教师成长迅速。'),
      });
      expect(articles.map((a) => [a.paragraphs, a.captions])).toEqual([
        [['她组建“乡村小书屋”,募集图书3000余册,让留守儿童在家门口就能读到好书。', '在她的带动下,学校青年教师成长迅速。'], [caption]],
      ]);
    }
  });

  it('keeps a lead’s first line, torn before its full stop, that opens with when and goes on in clauses, as the lead’s, not a subtitle', () => {
    const { articles } = ingestText({
      '06.txt': page('“院坝会”开到群众家门口', '近日,古昌镇在各村开展“院坝会”,镇村干部与群众围坐一起,面对面', '听取意见建议,现场解决问题32个。', '(通讯员 蒋 丽)'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs, a.correspondents])).toEqual([
      ['“院坝会”开到群众家门口', null, ['近日,古昌镇在各村开展“院坝会”,镇村干部与群众围坐一起,面对面听取意见建议,现场解决问题32个。'], ['蒋丽']],
    ]);
  });

  it('reads a 镇街 brief’s town run onto its lead behind a mark or in brackets, however short, as its title', () => {
    const { articles } = ingestText({
      '06.txt': page('镇街动态', '■吴家镇 近日,吴家镇召开2024年春耕生产工作会,安排部署春耕备耕工作。(通讯员 王刚)', '【清江镇】3月12日,清江镇开展春季森林防火巡查。(通讯员 刘敏)'),
    });
    expect(articles.map((a) => [a.headline, a.headlineInferred, a.correspondents, a.paragraphs])).toEqual([
      ['吴家镇', false, ['王刚'], ['近日,吴家镇召开2024年春耕生产工作会,安排部署春耕备耕工作。']],
      ['清江镇', false, ['刘敏'], ['3月12日,清江镇开展春季森林防火巡查。']],
    ]);
  });

  it('reads a 镇街 brief’s town over its title after the brief above closed on its writer, as its kicker, crediting nobody', () => {
    const { articles } = ingestText({
      '02.txt': page('镇街动态', '清江镇', '开展春季森林防火巡查', '5月13日,清江镇组织护林员开展森林防火巡查。(刘 科)', '吴家镇', '举办农村实用技术培训',
        '5月12日,吴家镇邀请专家讲授水稻病虫害防治技术。(陈 晓)'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.reporters, a.authors])).toEqual([
      ['清江镇', '开展春季森林防火巡查', ['刘科'], []],
      ['吴家镇', '举办农村实用技术培训', ['陈晓'], []],
    ]);
  });

  it('reads a headline that names its person or body first (王丽:十年坚守办税窗口) after a story as the next story’s, and a field as text', () => {
    const { articles } = ingestText({
      '10.txt': page('税费优惠政策送上门', '本报讯(通讯员 周晓红)近日,区税务局组织业务骨干走进荣昌高新区,送去最新税费优惠政策。',
        '王丽:十年坚守办税窗口', '王丽是区税务局办税服务厅的一名窗口工作人员,从事纳税服务工作已有十年。', '(通讯员 何 静)',
        '区医保局：打通医保服务最后一公里', '近日,区医保局在各镇街设立医保服务站。', '服务时间：每周一至周五上午', '(通讯员 陈 丽)'),
    });
    expect(articles.map((a) => [a.headline, a.correspondents, a.paragraphs.length])).toEqual([
      ['税费优惠政策送上门', ['周晓红'], 1],
      ['王丽:十年坚守办税窗口', ['何静'], 1],
      ['区医保局：打通医保服务最后一公里', ['陈丽'], 2],
    ]);
  });

  it('reads a brief’s headline that names its town first (远觉镇：小柠檬做成大产业) after a story as the next story’s', () => {
    const { articles } = ingestText({
      '03.txt': page('荣昌猪种质资源保护取得新进展', '本报讯(记者 胡 燕)近日,国家级荣昌猪保种场新增核心群种猪200头。',
        '远觉镇：小柠檬做成大产业', '近日,远觉镇大力发展柠檬产业,种植面积达1.2万亩。(通讯员 肖 红)'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents])).toEqual([
      ['荣昌猪种质资源保护取得新进展', ['胡燕'], []],
      ['远觉镇：小柠檬做成大产业', [], ['肖红']],
    ]);
  });

  it('reads a □ signature after a finished story as the signature of the commentary after it', () => {
    const { articles } = ingestText({
      '04.txt': page('我区举办农技培训', '本报讯（记者 刘畅）近日，我区举办农技培训。', '（融媒体中心记者 刘畅）', '□ 李明远', '实干才能出实绩。', '空谈误国，实干兴邦。'),
    });
    // Signed with a mark alone, a commentary's writer is its author, not a reporter of the paper.
    expect(articles.map((a) => [a.headline, a.reporters, a.authors, a.paragraphs])).toEqual([
      ['我区举办农技培训', ['刘畅'], [], ['近日，我区举办农技培训。']],
      ['实干才能出实绩', [], ['李明远'], ['实干才能出实绩。', '空谈误国，实干兴邦。']],
    ]);
    expect(articles[1]).toMatchObject({ byline: '□ 李明远', headlineInferred: true });
  });

  it('reads a commentary signed with □', () => {
    const { articles } = ingestText({ '04.txt': page('让实干成为鲜明导向', '□ 李明远', '实干才能出实绩。', '空谈误国，实干兴邦。') });
    expect(articles[0]).toMatchObject({ headline: '让实干成为鲜明导向', reporters: [], authors: ['李明远'], byline: '□ 李明远' });
  });

  it('keeps subheads and numbered points inside their article', () => {
    const { articles } = ingestText({
      '02.txt': page('全区教育工作会议召开', '本报讯（记者 张三）近日，全区教育工作会议召开。', '一、提高政治站位', '会议要求，一是强化组织领导；二是压实工作责任。',
        '■ 抓好工作落实', '各校要抓好落实。', '记者 张三 摄'),
    });
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toEqual(['近日，全区教育工作会议召开。', '一、提高政治站位', '会议要求，一是强化组织领导；二是压实工作责任。', '■ 抓好工作落实', '各校要抓好落实。']);
    expect(articles[0]!.subheads).toEqual([1, 3]);
    expect(articles[0]!.photographers).toEqual(['张三']);
  });

  it('reads a brief’s closing （李明） as its writer, not as the next brief’s headline, and a kicker ending in a colon as a kicker', () => {
    const briefs = ingestText({
      '03.txt': page('区图书馆开展读书月活动', '近日，区图书馆开展读书月活动，吸引市民500余人次参与。', '（李明）',
        '昌元街道开展消防演练', '3月12日，昌元街道组织辖区企业开展消防应急演练。', '（刘洋 张雪）'),
    });
    expect(briefs.articles.map((a) => [a.headline, a.subheadline, a.reporters])).toEqual([
      ['区图书馆开展读书月活动', null, ['李明']], ['昌元街道开展消防演练', null, ['刘洋', '张雪']],
    ]);
    const kicker = ingestText({ '03.txt': page('双河街道：\n打通服务群众“最后一公里”', '本报讯（记者 李小红）近日，双河街道在各社区设立便民服务站。') });
    expect(kicker.articles.map((a) => [a.kicker, a.headline, a.reporters])).toEqual([['双河街道', '打通服务群众“最后一公里”', ['李小红']]]);
    expect(kicker.warnings).toEqual([]);
  });

  it('reads a short line wrapped inside a block of body text as the paragraph’s text, not as a new story’s headline', () => {
    const { articles } = ingestText({
      '01.txt': page('我区召开民营经济发展大会', '本报讯(记者 王晓明)3月14日，我区召开民营经济发展大会。\n会议要求各部门要强化协同配合\n确保各项政策落地见效。', '区领导张三、李四参加会议。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([['我区召开民营经济发展大会', [
      '3月14日，我区召开民营经济发展大会。', '会议要求各部门要强化协同配合确保各项政策落地见效。', '区领导张三、李四参加会议。',
    ]]]);
  });

  it('reads a second subtitle under a dash as part of the subtitle, not as a story of its own', () => {
    const { articles } = ingestText({
      '01.txt': page('为民办实事\n区医院开通便民服务热线\n群众就医更方便\n—— 记区人民医院便民服务改革', '本报讯(记者 李小红)连日来，区人民医院推出多项便民措施。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.reporters])).toEqual([
      ['为民办实事', '区医院开通便民服务热线', '群众就医更方便——记区人民医院便民服务改革', ['李小红']],
    ]);
  });

  it('reads a page whose OCR spaced out every character, and a headline spaced into words over its dateline', () => {
    const { articles } = ingestText({
      '01.txt': page('我 区 召 开 民 营 经 济 发 展 大 会', '本 报 讯（记 者 王 晓 明）3 月 14 日，我 区 召 开 民 营 经 济 发 展 大 会。',
        '春耕 备耕 正当 时节', '本报讯（记者 李小红）连日来，各镇街组织农户开展春耕备耕工作。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.paragraphs])).toEqual([
      ['我区召开民营经济发展大会', ['王晓明'], ['3月14日，我区召开民营经济发展大会。']],
      ['春耕 备耕 正当 时节', ['李小红'], ['连日来，各镇街组织农户开展春耕备耕工作。']],
    ]);
    // Spaces that part names, words or a page's label stay.
    for (const text of ['张三丰 李小龙 王大锤', '学思想 强党性 重实践 建新功', '第 3 版 要闻', 'A I 识别']) expect(closeSpacedOut(text)).toBe(text);
    // ASCII punctuation in a line spaced out closes up too.
    expect(closeSpacedOut('本 报 讯 ( 记 者 杨 帆 ) 5 月 9 日 , 县 委 举 行 学 习 会 。')).toBe('本报讯(记者杨帆)5月9日,县委举行学习会。');
  });

  it('separates short news briefs with their own headlines', () => {
    const { articles } = ingestText({
      '03.txt': page('简讯', '区图书馆新增图书五千册', '近日，区图书馆新增图书五千册，供市民免费借阅。', '昌元街道开展消防演练',
        '12日，昌元街道组织辖区商户开展消防演练。', '我区举办农民丰收节', '丰收节上，农户展销特色农产品。'),
    });
    expect(articles.map((a) => a.headline)).toEqual(['区图书馆新增图书五千册', '昌元街道开展消防演练', '我区举办农民丰收节']);
    // 简讯 is the column's label, not the first brief's kicker.
    expect(articles.map((a) => a.kicker)).toEqual([null, null, null]);
  });

  it('keeps explicit captions and their photo credit with the story', () => {
    const { articles } = ingestText({
      '05.txt': page('荣昌夏布亮相博览会', '本报讯（记者 李四）近日，荣昌夏布亮相博览会。', '图为参展商向观众展示夏布制品。', '记者 赵磊 摄', '展会期间，夏布产品签约金额超千万元。'),
    });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ captions: ['图为参展商向观众展示夏布制品。'], photographers: ['赵磊'], reporters: ['李四'] });
    expect(articles[0]!.paragraphs).toHaveLength(2);
  });

  it('merges a jump into one article when both pages are ingested', () => {
    const result = ingestText({
      '01.txt': page('民营经济高质量发展大会召开', '本报讯（记者 王五）近日，我区召开民营经济高质量发展大会。会议指出，要持续优化营商', '（下转第4版）'),
      '04.txt': page('民营经济高质量发展大会召开', '(上接第1版)', '环境，为企业办实事。', '记者 王五 通讯员 钱七'),
    });
    expect(result.articles).toHaveLength(1);
    const [a] = result.articles;
    expect(a).toMatchObject({ page: 1, continuesTo: null, continuedFrom: null, reporters: ['王五'], correspondents: ['钱七'] });
    expect(a!.paragraphs).toEqual(['近日，我区召开民营经济高质量发展大会。会议指出，要持续优化营商环境，为企业办实事。']);
    expect(a!.alsoFrom).toEqual([{ file: '2024-03-15/04.txt', lines: [1, 7] }]);
    expect(result.pages[1]!.lines.every((l) => l.article === a!.id)).toBe(true);
  });

  it('warns once of a problem in a jump’s tail, naming the tail’s own file and line', () => {
    const result = ingestText({
      '01.txt': page('民营经济高质量发展大会召开', '本报讯（记者 王五）近日，我区召开民营经济高质量发展大会。会议指出，要持续优化营商', '（下转第4版）'),
      '04.txt': page('(上接第1版)', '环境，为企业办实事。', '融媒体中心记者 张'),
    });
    expect(result.articles).toHaveLength(1);
    expect(result.warnings.filter((w) => w.code === 'truncated-credit').map((w) => [w.file, w.line])).toEqual([['2024-03-15/04.txt', 5]]);
  });

  it('joins a story across pages printed with full-width digits, and one whose tail starts with a bare 上接第1版 line', () => {
    const fullWidth = ingestText({
      '01.txt': page('第１版　要闻　２０２４年３月１５日　星期五', '我区召开民营经济发展大会', '本报讯（记者　王晓明）３月１４日，我区召开民营经济发展大会。', '会议指出，要持续优化营商环境，（下转第２版）'),
      '02.txt': page('第２版　综合　２０２４年３月１５日　星期五', '（上接第１版）为各类市场主体提供更好服务。'),
    }, { folder: 'misc' });
    expect(fullWidth.errors).toEqual([]);
    expect(fullWidth.articles.map((a) => [a.date, a.page, a.section, a.headline, a.paragraphs.at(-1)])).toEqual([
      ['2024-03-15', 1, '要闻', '我区召开民营经济发展大会', '会议指出，要持续优化营商环境，为各类市场主体提供更好服务。'],
    ]);
    const bare = ingestText({
      '01.txt': page('我区召开民营经济发展大会', '本报讯(记者 王晓明)3月14日,我区召开民营经济发展大会。会议指出,要持续优化营商环境,(下接第2版)'),
      '02.txt': page('上接第1版', '为各类市场主体提供更好服务。'),
    });
    expect(bare.articles.map((a) => [a.headline, a.paragraphs.at(-1)])).toEqual([['我区召开民营经济发展大会', '3月14日,我区召开民营经济发展大会。会议指出,要持续优化营商环境,为各类市场主体提供更好服务。']]);
  });

  it('joins two stories that jump to one page to their own tails, in whatever order the tails are printed, reprinted headline or not', () => {
    const front = page(
      '我区召开民营经济发展大会', '本报讯(记者 王晓明)3月14日,我区召开民营经济发展大会,总结去年工作,安排部署今年任务。', '会议指出,要坚持两个毫不动摇,持续优化营商环境,(下转第2版)',
      '春耕备耕正当时', '本报讯(记者 李小红)连日来,各镇街抢抓晴好天气,组织农户开展春耕备耕工作。', '据了解,今年全区计划播种水稻面积达到三十万亩,(下转第2版)',
    );
    const tails = ['(上接第1版)较去年增加两万亩。农业部门将组织技术人员下沉一线,开展技术指导服务。', '(上接第1版)为各类市场主体提供更好服务。会议要求,各部门要强化协同配合。'];
    const joined = [
      ['我区召开民营经济发展大会', '会议指出,要坚持两个毫不动摇,持续优化营商环境,为各类市场主体提供更好服务。会议要求,各部门要强化协同配合。'],
      ['春耕备耕正当时', '据了解,今年全区计划播种水稻面积达到三十万亩,较去年增加两万亩。农业部门将组织技术人员下沉一线,开展技术指导服务。'],
    ];
    const lastParagraphs = (back: string) => ingestText({ '01.txt': front, '02.txt': back }).articles.map((a) => [a.headline, a.paragraphs.at(-1)]);
    expect(lastParagraphs(page(...tails))).toEqual(joined);
    expect(lastParagraphs(page('春耕备耕正当时', tails[0]!, '我区召开民营经济发展大会', tails[1]!))).toEqual(joined);
  });

  it('joins a story over three pages whose middle piece is one paragraph', () => {
    const { articles } = ingestText({
      '01.txt': page('我区召开民营经济发展大会', '本报讯(记者 王晓明)3月14日,我区召开民营经济发展大会。会议指出,要坚持两个毫不动摇,(下转第2版)'),
      '02.txt': page('(上接第1版)持续优化营商环境,为各类市场主体提供更好服务。(下转第3版)'),
      '03.txt': page('(上接第2版)会议要求,各部门要强化协同配合,确保各项政策落地见效。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([['我区召开民营经济发展大会', [
      '3月14日,我区召开民营经济发展大会。会议指出,要坚持两个毫不动摇,持续优化营商环境,为各类市场主体提供更好服务。', '会议要求,各部门要强化协同配合,确保各项政策落地见效。',
    ]]]);
  });

  it('keeps a jump tail on its own when the head page is missing', () => {
    const { articles } = ingestText({ '04.txt': page('(上接第1版)', '环境，为企业办实事。') });
    expect(articles[0]).toMatchObject({ continuedFrom: { page: 1 }, headlineInferred: true, headline: '环境' });
  });

  it('marks a head whose tail is missing as continued on that page', () => {
    const { articles } = ingestText({ '01.txt': page('大会召开', '本报讯（记者 王五）会议指出，要持续优化营商(下转第4版)') });
    expect(articles[0]!.continuesTo).toEqual({ page: 4 });
    expect(articles[0]!.paragraphs).toEqual(['会议指出，要持续优化营商']);
  });

  it('takes page, section and date from a printed page header', () => {
    const result = ingestText(
      { 'a.txt': page('第3版 综合 2024年3月15日 星期五 责任编辑 李四', '春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。') },
      { folder: 'archive/misc' },
    );
    expect(result.articles[0]).toMatchObject({ page: 3, section: '综合', date: '2024-03-15', dateEstimated: false });
    expect(result.pages[0]!.furniture).toEqual([{ line: 1, text: '第3版 综合 2024年3月15日 星期五 责任编辑 李四', reason: 'page-header' }]);
  });

  it('gives a page without a printed date its siblings’ date', () => {
    const result = ingestText(
      {
        '01.txt': page('第1版 要闻 2024年3月15日 星期五', '春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。'),
        '02.txt': page('夏布产业提质增效', '本报讯（记者 李四）近日，夏布产业提质增效。'),
      },
      { folder: 'archive/misc' },
    );
    expect(result.articles.map((a) => `${a.date} p${a.page}`)).toEqual(['2024-03-15 p1', '2024-03-15 p2']);
  });

  it('uses the manifest over everything printed', () => {
    const result = ingestText({ 'x.txt': page('第3版 综合 2024年3月15日', '标题在此', '本报讯（记者 张三）正文。') }, {
      manifest: { date: '2024-03-16', paper: '某某报', pages: { 'x.txt': { page: 5, section: '要闻' } } },
    });
    expect(result.articles[0]).toMatchObject({ date: '2024-03-16', page: 5, section: '要闻', paper: '某某报' });
  });

  it('removes lines repeated across the pages of an issue', () => {
    const result = ingestText({
      '01.txt': page('荣昌新闻网 www.example.cn', '春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。'),
      '02.txt': page('荣昌新闻网 www.example.cn', '夏布产业提质增效', '本报讯（记者 李四）近日，夏布产业提质增效。'),
    });
    expect(result.articles.map((a) => a.headline)).toEqual(['春耕备耕有序推进', '夏布产业提质增效']);
    expect(result.pages.map((p) => p.furniture[0]?.reason)).toEqual(['repeated', 'repeated']);
  });

  it('keeps a jumped story’s headline and subtitle over its byline, when the extraction set them down again far from the jump', () => {
    const result = ingestText({
      '01.txt': page('全力推动县域经济高质量发展', '我区召开一季度经济形势分析会', '本报讯（记者 杨丽丹）3月14日，我区召开一季度经济形势分析会。(下转第2版)'),
      '02.txt': page('全力推动县域经济高质量发展', '我区召开一季度经济形势分析会', '万灵古镇迎来旅游小高峰', '本报讯（记者 张泽美）近日，万灵古镇迎来旅游小高峰。', '(上接第1版)', '会议还对安全生产工作进行了安排。'),
    });
    // An exhortation over a news headline is its kicker (article.ts).
    expect(result.articles.map((a) => [a.page, a.kicker, a.headline, a.subheadline, a.paragraphs.length])).toEqual([
      [1, '全力推动县域经济高质量发展', '我区召开一季度经济形势分析会', null, 2], [2, null, '万灵古镇迎来旅游小高峰', null, 1],
    ]);
    // The copies on page 2 are listed, not lost.
    expect(result.pages[1]!.furniture.map((f) => [f.line, f.reason])).toEqual([[1, 'repeated'], [3, 'repeated']]);
  });

  it('keeps a sentence printed on two pages in both stories: only unpunctuated lines repeat as furniture', () => {
    const result = ingestText({
      '01.txt': page('春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。', '区领导李四参加活动。'),
      '02.txt': page('夏布产业提质增效', '本报讯（记者 李四）近日，夏布产业提质增效。', '区领导李四参加活动。'),
    });
    expect(result.articles.map((a) => a.paragraphs.at(-1))).toEqual(['区领导李四参加活动。', '区领导李四参加活动。']);
    expect(result.pages.flatMap((p) => p.furniture)).toEqual([]);
  });

  it('keeps the headlines that a guide (导读) on page 1 lists: the guide is furniture, the stories keep their titles', () => {
    const result = ingestText({
      '01.txt': page('导读', '荣昌卤鹅节开幕', '夏布文化节开幕', '区委常委会召开会议', '本报讯（记者 张三）1日，区委常委会召开会议。'),
      '03.txt': page('荣昌卤鹅节开幕', '本报讯（记者 张三）1月30日，卤鹅节在万灵古镇开幕。', '游客纷纷品尝卤鹅。',
        '夏布文化节开幕', '1月30日，夏布文化节在盘龙镇开幕。', '（记者 王五）'),
    });
    expect(result.articles.map((a) => [a.headline, a.reporters])).toEqual([
      ['区委常委会召开会议', ['张三']], ['荣昌卤鹅节开幕', ['张三']], ['夏布文化节开幕', ['王五']],
    ]);
    expect(result.pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([
      ['导读', 'column-label'], ['荣昌卤鹅节开幕', 'repeated'], ['夏布文化节开幕', 'repeated'],
    ]);
    expect(result.pages[1]!.furniture).toEqual([]);
  });

  it('keeps a headline that a front page’s teaser repeats, over its byline on its own page', () => {
    const result = ingestText({
      '01.txt': page('市政府召开第47次常务会议', '会议研究部署安全生产、防汛备汛等工作。（全文见2版）', '龙舟赛周末开锣', '本报讯（记者 蓝天宇）龙舟邀请赛将于5月11日举行。'),
      '02.txt': page('市政府召开第47次常务会议', '本报记者 黄明', '5月9日，市长主持召开市政府第47次常务会议。'),
    });
    expect(result.articles.at(-1)).toMatchObject({ headline: '市政府召开第47次常务会议', reporters: ['黄明'], page: 2 });
  });

  it('keeps running heads furniture on every page, beside each other or not, and a slogan that ends in ！', () => {
    const result = ingestText({
      '02.txt': page('荣昌日报', '学思想 强党性', '春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。', '安全生产 人人有责！'),
      '03.txt': page('荣昌日报', '学思想 强党性', '夏布产业提质增效', '本报讯（记者 李四）近日，夏布产业提质增效。', '安全生产 人人有责！'),
      '04.txt': page('荣昌日报', '卤鹅节开幕', '本报讯（记者 王五）近日，卤鹅节开幕。', '学思想 强党性'),
    });
    expect(result.articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['春耕备耕有序推进', ['眼下，全区春耕备耕有序推进。']], ['夏布产业提质增效', ['近日，夏布产业提质增效。']], ['卤鹅节开幕', ['近日，卤鹅节开幕。']],
    ]);
    expect(result.pages.map((p) => p.furniture.map((f) => f.reason))).toEqual([
      ['repeated', 'repeated', 'repeated'], ['repeated', 'repeated', 'repeated'], ['repeated', 'repeated'],
    ]);
  });

  it('reads a photo credit spaced from its name under a caption, and 文/图 after a byline', () => {
    const { articles, warnings } = ingestText({
      '04.txt': page('夏布织造技艺展示', '本报记者 李四 文/图', '近日，夏布织造技艺在古镇展示。', '图为游客在体验夏布织造。', '张雪 李明 摄'),
    });
    expect(articles[0]).toMatchObject({ reporters: ['李四'], photographers: ['李四', '张雪', '李明'], captions: ['图为游客在体验夏布织造。'] });
    expect(warnings).toEqual([]);
  });

  it('keeps a caption that is a sentence and its photo credit out of the text around it', () => {
    const { articles } = ingestText({
      '04.txt': page('春耕备耕正当时', '本报讯(记者 李小红)连日来，各镇街组织农户开展春耕备耕工作。', '据了解，今年全区计划播种水稻三十万亩，', '',
        '3月14日，荣隆镇村民在田间插秧。 记者 张雪 摄', '', '较去年增加两万亩。'),
    });
    expect(articles[0]).toMatchObject({
      photographers: ['张雪'], captions: ['3月14日，荣隆镇村民在田间插秧。 记者 张雪 摄'],
      paragraphs: ['连日来，各镇街组织农户开展春耕备耕工作。', '据了解，今年全区计划播种水稻三十万亩，较去年增加两万亩。'],
    });
  });

  it('makes each picture of a page of pictures alone (图片新闻) an article of its caption and its photographer', () => {
    const result = ingestText({
      '04.txt': page('图片新闻', '', '图为3月14日，昌元街道居民在公园内赏花。', '本报记者 张雪 摄', '', '', '▲ 荣隆镇村民在田间采摘春茶。', '通讯员 刘洋 摄'),
    });
    expect(result.articles.map((a) => [a.headline, a.headlineInferred, a.paragraphs, a.photographers, a.captions])).toEqual([
      ['昌元街道居民在公园内赏花', true, [], ['张雪'], ['图为3月14日，昌元街道居民在公园内赏花。']],
      ['荣隆镇村民在田间采摘春茶', true, [], ['刘洋'], ['▲ 荣隆镇村民在田间采摘春茶。']],
    ]);
    // Every line is the article's, but the column label.
    expect(result.pages[0]!.lines.filter((l) => l.article === null).map((l) => l.role)).toEqual(['furniture']);
    // An untitled picture over titled ones, each with a caption and credit of its own: a picture of its own too.
    const titled = ingestText({
      '08.txt': page('图为5月18日，市民在濑溪河湿地公园游玩。', '融媒体中心记者 张雪 摄', '荷花盛开引客来', '图为昌州街道荷花池的荷花竞相开放。', '通讯员 李明 摄'),
    });
    expect(titled.articles.map((a) => [a.headline, a.headlineInferred, a.photographers, a.captions])).toEqual([
      ['市民在濑溪河湿地公园游玩', true, ['张雪'], ['图为5月18日，市民在濑溪河湿地公园游玩。']],
      ['荷花盛开引客来', false, ['李明'], ['图为昌州街道荷花池的荷花竞相开放。']],
    ]);
    // Under the column's label, a title after a picture its credit closed is the next picture's; and an untitled
    // picture after a titled one is one of its own, not the titled one's text.
    const column = ingestText({
      '08.txt': page('图片新闻', '5月14日,河包镇中心小学学生在体验传统农耕。', '融媒体中心记者 刘 阳 摄', '夏布织出新花样', '5月15日,织布工人正在赶制一批出口订单。', '融媒体中心记者 张 雪 摄',
        '5月16日,安富街道垭口村的村民在采收枇杷。', '通讯员 李 军 摄'),
    });
    expect(column.articles.map((a) => [a.headline, a.photographers, [...a.paragraphs, ...a.captions]])).toEqual([
      ['河包镇中心小学学生在体验传统农耕', ['刘阳'], ['5月14日,河包镇中心小学学生在体验传统农耕。']],
      ['夏布织出新花样', ['张雪'], ['5月15日,织布工人正在赶制一批出口订单。']],
      ['安富街道垭口村的村民在采收枇杷', ['李军'], ['5月16日,安富街道垭口村的村民在采收枇杷。']],
    ]);
    // A kicker after a picture whose caption ends in its credit heads the next story.
    const kicker = ingestText({
      '03.txt': page('图片新闻', '5月17日,峰高街道组织开展应急疏散演练,300余名师生参加。 通讯员 廖 雪 摄', '清江镇：', '“积分超市”激发乡村治理新活力',
        '5月13日，清江镇竹林村村民在村里的“积分超市”兑换了生活用品。', '（融媒体中心记者 钟 华）'),
    });
    expect(kicker.articles.map((a) => [a.kicker, a.headline, a.photographers, a.reporters])).toEqual([
      [null, '峰高街道组织开展应急疏散演练', ['廖雪'], []],
      ['清江镇', '“积分超市”激发乡村治理新活力', [], ['钟华']],
    ]);
    // A caption that ends in its credit, over a titled picture of something else, is a picture of its own.
    const inline = ingestText({ '08.txt': page('5月18日，市民在濑溪河湿地公园游玩。融媒体中心记者 张雪 摄', '荷花盛开引客来', '图为昌州街道荷花池的荷花竞相开放。', '通讯员 李明 摄') });
    expect(inline.articles.map((a) => [a.headline, a.photographers])).toEqual([['市民在濑溪河湿地公园游玩', ['张雪']], ['荷花盛开引客来', ['李明']]]);
    // Over a story that speaks of what it shows, it is that story's picture.
    const story = ingestText({
      '02.txt': page('图为荷花池的荷花竞相开放。', '融媒体中心记者 张雪 摄', '荷花盛开引客来', '本报讯（记者 李明）近日，昌州街道荷花池的荷花竞相开放。', '图为市民在荷花池边拍照。'),
    });
    expect(story.articles.map((a) => [a.headline, a.photographers, a.captions.length])).toEqual([['荷花盛开引客来', ['张雪'], 2]]);
  });

  it('credits the photographer a caption names at its end, and keeps the caption as printed', () => {
    const { articles } = ingestText({
      '04.txt': page('荣昌卤鹅走向全国', '本报讯（记者 李四）近日，荣昌卤鹅销往全国各地。', '图为卤鹅加工车间一角。 张雪 摄'),
    });
    expect(articles[0]).toMatchObject({ reporters: ['李四'], photographers: ['张雪'], captions: ['图为卤鹅加工车间一角。 张雪 摄'] });
  });

  it('lists a credit that stands before any story among the lines kept out of articles, with its text', () => {
    const result = ingestText({ '06.txt': page('融媒体中心记者 郑光慧', '春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。') });
    expect(result.articles.map((a) => [a.headline, a.reporters])).toEqual([['春耕备耕有序推进', ['张三']]]);
    expect(result.pages[0]!.furniture).toEqual([{ line: 1, text: '融媒体中心记者 郑光慧', reason: 'orphan-credit' }]);
    expect(result.warnings).toEqual([{
      file: '2024-03-15/06.txt', line: 1, code: 'orphan-credit',
      message: '2024-03-15/06.txt:1: a credit line stands before any story (融媒体中心记者 郑光慧); it is kept in the report only.',
    }]);
  });

  it('words each problem of a credit before any story as what it is: cut off, and before any story', () => {
    const result = ingestText({ '06.txt': page('融媒体中心记者 张', '春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。') });
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      ['truncated-credit', '2024-03-15/06.txt:1: the credit “融媒体中心记者 张” looks cut off (its last name has one character); the line is kept as printed, and that name is credited to nobody.'],
      ['orphan-credit', '2024-03-15/06.txt:1: a credit line stands before any story (融媒体中心记者 张); it is kept in the report only.'],
    ]);
  });

  it('warns of a cut-off photo credit under a caption between two stories, as under a story’s own caption', () => {
    const result = ingestText({
      '06.txt': page(
        '春耕备耕有序推进', '眼下，全区春耕备耕有序推进。', '融媒体中心记者 张三', '', '', '图为农民在田间劳作。', '摄影记者 张雪 李', '', '',
        '秋收工作全面展开', '连日来，各镇街秋收工作全面展开。', '融媒体中心记者 李四',
      ),
    });
    expect(result.articles[0]).toMatchObject({ captions: ['图为农民在田间劳作。'], photographers: ['张雪'], credits: ['融媒体中心记者 张三', '摄影记者 张雪 李'] });
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['truncated-credit', 13]]);
  });

  it('keeps text with no recognisable headline as an untitled article, with a warning', () => {
    const result = ingestText({ '06.txt': '会议强调，要把各项工作抓实抓细，确保取得实效。\n\n各部门要加强协作。' });
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({ headlineInferred: true, headline: '会议强调' });
    expect(result.warnings.map((w) => w.code)).toContain('no-headline');
  });

  it('warns of a page whose header prints another date than its issue, and of a manifest entry that names no page', () => {
    const result = ingestText({
      '01.txt': page('第1版 要闻 2024年3月15日 星期五', '春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。'),
      '02.txt': page('第2版 综合 2024年3月22日 星期五', '秋收工作全面展开', '本报讯（记者 李四）连日来，各镇街秋收工作全面展开。'),
    }, { folder: 'misc', manifest: { pages: { '3.txt': { section: '综合' } } } });
    expect(result.articles.map((a) => a.date)).toEqual(['2024-03-15', '2024-03-15']);
    expect(result.warnings.map((w) => [w.file, w.line, w.code, w.message])).toEqual([
      ['misc/02.txt', 1, 'page-date-differs', 'misc/02.txt:1: the page header prints 2024-03-22, but the issue is dated 2024-03-15 (from the first dated page header); the page is filed with the issue. If it belongs to another issue, move it to that issue’s folder.'],
      ['misc', null, 'manifest-page-unmatched', 'misc: the issue.yaml sets 3.txt under pages:, but the issue has no page file of that name (its pages: 01.txt, 02.txt); that entry is not used.'],
    ]);
  });

  it('reads the paper’s running head (name, date, weekday) as the page’s header: the headline stays the headline, the date is printed', () => {
    const result = ingestText({
      '03.txt': page('荣昌报 2024年3月15日 星期五', '我区召开民营经济发展大会', '本报讯(记者 王晓明)3月14日,我区召开民营经济发展大会。', '本版编辑 李四 校对 王五'),
    }, { folder: 'misc', settings: { name: '荣昌报' } });
    expect(result.articles.map((a) => [a.headline, a.subheadline, a.date, a.dateEstimated, a.section])).toEqual([['我区召开民营经济发展大会', null, '2024-03-15', false, null]]);
    expect(result.warnings).toEqual([]);
  });

  it('fails an issue with no date anywhere, naming the file and what to do', () => {
    const result = ingestText({ '01.txt': page('春耕备耕有序推进', '本报讯（记者 张三）眼下，全区春耕备耕有序推进。') }, { folder: 'archive/misc' });
    expect(result.articles).toEqual([]);
    expect(result.errors[0]).toMatchObject({ file: 'archive/misc/01.txt', code: 'no-date' });
    expect(result.errors[0]!.message).toContain('issue.yaml');
    // The page is still in the report, every line with the role it would have and no article.
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]).toMatchObject({ file: 'archive/misc/01.txt', date: null, articles: [] });
    expect(result.pages[0]!.lines).toEqual([
      { from: 1, to: 1, role: 'headline', article: null },
      { from: 3, to: 3, role: 'byline', article: null },
    ]);
  });

  it('joins a hard-wrapped paragraph inside one block', () => {
    const { articles } = ingestText({ '07.txt': '春耕备耕有序推进\n\n本报讯（记者 张三）眼下，全区春耕\n备耕有序推进。\n各镇街加强农资供应。' });
    expect(articles[0]!.paragraphs).toEqual(['眼下，全区春耕备耕有序推进。', '各镇街加强农资供应。']);
  });
});

describe('jumps over three pages', () => {
  it('merges head, middle and tail into one article', () => {
    const result = ingestText({
      '01.txt': page('大会召开', '本报讯（记者 王五）会议指出，要持续优化营商(下转第2版)'),
      '02.txt': page('(上接第1版)', '环境，为企业办实事，解难题(下转第3版)'),
      '03.txt': page('(上接第2版)', '，推动民营经济做大做强。'),
    });
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]!.paragraphs).toEqual(['会议指出，要持续优化营商环境，为企业办实事，解难题，推动民营经济做大做强。']);
    expect(result.articles[0]!.alsoFrom.map((s) => s.file)).toEqual(['2024-03-15/02.txt', '2024-03-15/03.txt']);
    expect(result.warnings.map((w) => w.code)).not.toContain('jump-unanswered');
  });
  it('warns of a jump to a page the issue does not hold, and of a tail no story jumps to', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('荣昌陶艺作品获全国大奖', '本报讯(融媒体中心记者 郑光慧)近日,我区陶艺家梁先才创作的《陶韵》获得金奖。', '梁先才从事陶艺创作40余年。(下转第6版)'),
      '02.txt': page('(上接第1版)', '会议强调,要持续优化营商环境。'),
    });
    expect(articles.map((a) => a.paragraphs.at(-1))).toEqual(['梁先才从事陶艺创作40余年。', '会议强调,要持续优化营商环境。']);
    expect(warnings.filter((w) => w.code === 'jump-unanswered').map((w) => `${w.file.split('/').at(-1)}:${w.line}`)).toEqual(['01.txt:5', '02.txt:1']);
    expect(warnings.find((w) => w.file.endsWith('01.txt'))!.message).toContain('the issue has no page 6');
  });
});

describe('notices and advertisements', () => {
  it('ends a notice at its date and an advertisement at its telephone number: the next one’s title starts the next', () => {
    const { articles } = ingestText({
      '04.txt': page(
        '停水通知', '因管网改造，3月18日昌州街道部分区域将暂停供水。', '荣昌区自来水有限公司\n2024年3月15日',
        '停电公告', '因线路检修，3月19日双河街道金鹅社区将停止供电。', '国网荣昌供电公司\n2024年3月15日',
        '荣昌卤鹅 百年老店', '正宗荣昌卤鹅，传承百年卤制工艺。', '订购热线：023-46712345',
        '旺铺招租', '城区中心地段门面200平方米，适合餐饮、超市。', '联系电话：13983000000\n重庆市荣昌区某某物业公司',
      ),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['停水通知', ['因管网改造，3月18日昌州街道部分区域将暂停供水。', '荣昌区自来水有限公司', '2024年3月15日']],
      ['停电公告', ['因线路检修，3月19日双河街道金鹅社区将停止供电。', '国网荣昌供电公司', '2024年3月15日']],
      ['荣昌卤鹅 百年老店', ['正宗荣昌卤鹅，传承百年卤制工艺。', '订购热线：023-46712345']],
      ['旺铺招租', ['城区中心地段门面200平方米，适合餐饮、超市。', '联系电话：13983000000', '重庆市荣昌区某某物业公司']],
    ]);
  });
});

describe('briefs, notes and chapters', () => {
  it('reads bulleted briefs that end in their writer’s credit as sentences, crediting each writer', () => {
    const { articles } = ingestText({
      '02.txt': page('简讯', '●3月12日，县农业农村局组织农技人员深入田间指导春耕。（王小红）', '●3月13日，双河街道开展消防安全演练。（通讯员 陈静）'),
    });
    expect(articles.map((a) => [a.paragraphs, a.reporters, a.correspondents, a.subheads])).toEqual([
      [['●3月12日，县农业农村局组织农技人员深入田间指导春耕。'], ['王小红'], [], []],
      [['●3月13日，双河街道开展消防安全演练。'], [], ['陈静'], []],
    ]);
  });
  it('takes a marked line over a brief (`■区图书馆举办亲子阅读活动`) for its headline, without the mark', () => {
    const { articles } = ingestText({
      '02.txt': page('简讯', '■区图书馆举办亲子阅读活动', '近日，区图书馆举办亲子阅读活动，吸引80余组家庭参加。（刘洋）',
        '■双河街道开展消防演练', '3月13日，双河街道开展消防安全演练，200余名居民参与。（通讯员 陈静）'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.reporters, a.correspondents])).toEqual([
      ['区图书馆举办亲子阅读活动', ['近日，区图书馆举办亲子阅读活动，吸引80余组家庭参加。'], ['刘洋'], []],
      ['双河街道开展消防演练', ['3月13日，双河街道开展消防安全演练，200余名居民参与。'], [], ['陈静']],
    ]);
    // Briefs with no writer's note to close them: each marked title opens the next. A story with a headline of its
    // own keeps its marked lines as subheads.
    const unsigned = ingestText({
      '02.txt': page('简讯', '■区图书馆举办读书分享会', '5月8日，区图书馆举办读书分享会。', '■县医院开展义诊', '5月8日，县医院开展义诊。',
        '我区推进城市更新', '本报讯（记者 李明）近日，我区推进城市更新。', '■老旧小区焕新颜', '今年改造老旧小区30个。', '■背街小巷变通途', '打通背街小巷12条。'),
    });
    expect(unsigned.articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['区图书馆举办读书分享会', ['5月8日，区图书馆举办读书分享会。'], []],
      ['县医院开展义诊', ['5月8日，县医院开展义诊。'], []],
      ['我区推进城市更新', ['近日，我区推进城市更新。', '■老旧小区焕新颜', '今年改造老旧小区30个。', '■背街小巷变通途', '打通背街小巷12条。'], [1, 3]],
    ]);
  });
  it('takes a brief’s marked title run onto its lead (`■区图书馆举办读书分享会 5月8日，…`) for its headline, also after a story that goes on', () => {
    const { articles, pages } = ingestText({
      '02.txt': page('县人大开展执法检查', '本报讯（记者 张丽）4月17日，县人大常委会执法检查组开展执法检查。',
        '■区图书馆举办“书香荣昌”读书分享会 5月8日，区图书馆举办“书香荣昌”读书分享会，30余名读者分享阅读心得。（陈晨）',
        '■安富街道开展防汛应急演练 安富街道在通安村开展防汛应急演练，提升基层应急处置能力。',
        // A sentence with a space after a word or two is no title and lead: the lead neither says when nor shares its words.
        '■全区各镇街 要抓好春耕备耕工作，确保粮食安全。'),
    });
    expect(articles.map((a) => [a.headline, a.headlineInferred, a.paragraphs, a.reporters])).toEqual([
      ['县人大开展执法检查', false, ['4月17日，县人大常委会执法检查组开展执法检查。'], ['张丽']],
      ['区图书馆举办“书香荣昌”读书分享会', false, ['5月8日，区图书馆举办“书香荣昌”读书分享会，30余名读者分享阅读心得。'], ['陈晨']],
      ['安富街道开展防汛应急演练', false, ['安富街道在通安村开展防汛应急演练，提升基层应急处置能力。', '■全区各镇街 要抓好春耕备耕工作，确保粮食安全。'], []],
    ]);
    // A brief's line is listed under its headline, which it opens with.
    expect(pages[0]!.lines.map((l) => l.role)).toEqual(['headline', 'byline', 'headline', 'headline', 'body']);
    // Its lead wrapped in a narrow column: the first line holds no full stop yet.
    const wrapped = ingestText({
      '02.txt': '简 讯\n●区总工会开展"劳模工匠进校园"活动 5月14日,区总工会组织\n5名劳模工匠走进铜梁中学,与学生面对面交流。(陈丽)\n' +
        '●东城街道开展燃气安全检查 近日,东城街道联合区住房城乡建设委\n对辖区餐饮店开展燃气安全专项检查,排查整改隐患23处。\n(通讯员 杨帆)',
    });
    expect(wrapped.articles.map((a) => [a.headline, a.paragraphs, a.reporters, a.correspondents])).toEqual([
      ['区总工会开展"劳模工匠进校园"活动', ['5月14日,区总工会组织5名劳模工匠走进铜梁中学,与学生面对面交流。'], ['陈丽'], []],
      ['东城街道开展燃气安全检查', ['近日,东城街道联合区住房城乡建设委对辖区餐饮店开展燃气安全专项检查,排查整改隐患23处。'], [], ['杨帆']],
    ]);
  });
  it('keeps a list of people and where they work, a long label’s telephone number and an interviewer’s question each a line of its own', () => {
    const { articles } = ingestText({
      '08.txt': ['2024年度县级优秀教师拟表彰人选公示', '', '现将拟表彰人选公示如下:', '', '张晓燕 县实验小学', '', '王 芳 城南幼儿园', '', '公示期为5月10日至5月16日。', '',
        '《措施》有哪些亮点?', '', '记者:《措施》有哪些亮点?', '', '县发展改革委负责人:一是突出系统集成。', '', '营商环境投诉举报电话:023-45678901', '', '县12345政务服务便民热线'].join('\n'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['2024年度县级优秀教师拟表彰人选公示', null, ['现将拟表彰人选公示如下:', '张晓燕 县实验小学', '王 芳 城南幼儿园', '公示期为5月10日至5月16日。']],
      ['《措施》有哪些亮点?', null, ['记者:《措施》有哪些亮点?', '县发展改革委负责人:一是突出系统集成。', '营商环境投诉举报电话:023-45678901', '县12345政务服务便民热线']],
    ]);
  });
  it('reads a second credit after a story’s closing credit, over a headline whose story has no byline, as that story’s byline', () => {
    const { articles } = ingestText({
      '01.txt': page('我县开展禁毒宣传月活动', '近日，县禁毒办在城区人民广场开展集中宣传活动。', '通讯员 谭小芳 记者 曹 阳', '文/图 本报记者 邹 杰',
        '荷花池公园改造完成', '经过半年的改造提升，荷花池公园日前重新向市民开放。', '融媒体中心记者 郑光慧', '张雪 摄', '县里召开会议', '近日，县里召开会议。',
        '记者 王磊', '通讯员 李四', '城区新增停车位', '本报讯（记者 赵磊）近日，城区新增停车位500个。'),
    });
    // A photographer's credit after the closing credit is the story above's pictures'; a second credit over a story
    // with a byline of its own is the story above's too.
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.photographers])).toEqual([
      ['我县开展禁毒宣传月活动', ['曹阳'], ['谭小芳'], []],
      ['荷花池公园改造完成', ['邹杰', '郑光慧'], [], ['邹杰', '张雪']],
      ['县里召开会议', ['王磊'], ['李四'], []],
      ['城区新增停车位', ['赵磊'], [], []],
    ]);
  });
  it('reads a column’s tag over a headline and its byline as the story’s kicker, in its own block or the headline’s', () => {
    const { articles } = ingestText({
      '01.txt': page('【聚焦两会】', '代表委员热议乡村振兴', '本报讯（记者 李娜）全国两会召开期间，我区干部群众持续热议乡村振兴话题。', '大家纷纷表示，要把两会精神落到实处。',
        '【民生关注】\n城区新增充电桩500个', '本报讯（记者 赵磊）今年以来，城区新增新能源汽车充电桩500个。', '【相关链接】', '全区已建成充电站一百二十座。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs, a.subheads])).toEqual([
      ['【聚焦两会】', '代表委员热议乡村振兴', ['全国两会召开期间，我区干部群众持续热议乡村振兴话题。', '大家纷纷表示，要把两会精神落到实处。'], []],
      // Inside a story, such a line is its subhead.
      ['【民生关注】', '城区新增充电桩500个', ['今年以来，城区新增新能源汽车充电桩500个。', '【相关链接】', '全区已建成充电站一百二十座。'], [1]],
    ]);
  });
  it('keeps a reader’s letter whole, its signature a line of its own, and the reporter’s follow-up after it', () => {
    const { articles } = ingestText({
      '05.txt': page('读者来信', '小区垃圾何时能清运？', '编辑同志：', '我是昌州街道某小区居民。小区门口的垃圾无人清运。', '读者 李华', '记者追踪：接到来信后，记者联系了区城市管理局。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      // The column's name over the letter's title, which asks over its salutation; the salutation on a line of its own.
      ['读者来信', '小区垃圾何时能清运？', ['编辑同志：', '我是昌州街道某小区居民。小区门口的垃圾无人清运。', '读者 李华', '记者追踪：接到来信后，记者联系了区城市管理局。']],
    ]);
  });
  it('reads a column’s tag over a kicker, a headline and a subtitle as the first of two kickers', () => {
    const { articles } = ingestText({
      '01.txt': page('【聚焦两会】\n坚持以人民为中心\n我区全力推进民生实事\n——今年完成十大民生项目', '本报讯（记者 李娜）3月14日，我区召开民生实事推进会。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([['【聚焦两会】——坚持以人民为中心', '我区全力推进民生实事', '今年完成十大民生项目']]);
  });
  it('keeps a regulation printed in full one article, its chapters subheads', () => {
    const { articles } = ingestText({
      '03.txt': page('荣昌区文明行为促进条例', '第一章 总则', '第一条 为了提升公民文明素质，制定本条例。', '第二章 文明行为规范', '第二条 公民应当遵守社会公德，文明出行。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['荣昌区文明行为促进条例', ['第一章 总则', '第一条 为了提升公民文明素质，制定本条例。', '第二章 文明行为规范', '第二条 公民应当遵守社会公德，文明出行。'], [0, 2]],
    ]);
  });
  it('keeps a note in brackets inside its story, a paragraph of its own, and a paragraph that exclaims in ASCII', () => {
    const { articles } = ingestText({
      '01.txt': page('小山村里的“新年味”', '本报记者 王晓明', '腊月二十八，记者来到盘龙镇长岗村，村里处处张灯结彩。', '（图片由盘龙镇提供）', '记者手记', '乡村的变化，看得见，摸得着。',
        '区文旅委负责人表示,将加大巡查力度,发现问题及时处置!', '荣昌区AI产业园揭牌', '本报讯（记者 赵磊）3月13日，荣昌区AI产业园正式揭牌。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['小山村里的“新年味”', ['腊月二十八，记者来到盘龙镇长岗村，村里处处张灯结彩。', '（图片由盘龙镇提供）', '记者手记', '乡村的变化，看得见，摸得着。',
        '区文旅委负责人表示,将加大巡查力度,发现问题及时处置!'], [2]],
      ['荣昌区AI产业园揭牌', ['3月13日，荣昌区AI产业园正式揭牌。'], []],
    ]);
  });
});

describe('misprinted numbers', () => {
  it('keeps a jump to page 0 as text instead of losing the story', () => {
    const { articles, errors } = ingestText({ '01.txt': page('大会召开', '本报讯（记者 王五）会议指出，要持续优化营商环境。(下转第0版)') });
    expect(errors).toEqual([]);
    expect(articles[0]!.continuesTo).toBeNull();
    expect(articles[0]!.paragraphs[0]).toContain('(下转第0版)');
  });
  it('keeps both pages when two claim the same page number, with distinct ids and a warning', () => {
    const header = '第3版 综合 2024年3月15日 星期五';
    const result = ingestText({ 'a.txt': page(header, '春耕备耕有序推进', '本报讯（记者 张三）眼下，春耕有序推进。'), 'b.txt': page(header, '夏布产业提质增效', '本报讯（记者 李四）近日，夏布产业提质增效。') });
    expect(result.articles.map((a) => a.id)).toEqual(['2024-03-15-03-01', '2024-03-15-03-01-2']);
    expect(result.warnings.filter((w) => w.code === 'duplicate-page-number').map((w) => w.message)).toEqual([
      '2024-03-15/a.txt (by its page header) and 2024-03-15/b.txt (by its page header) all say they are page 3; their articles are kept with distinct ids. Set each page\'s number under pages: in an issue.yaml beside them.',
    ]);
  });
  it('says to correct the issue.yaml when its entry gave the number another page prints', () => {
    const result = ingestText(
      { '01.txt': page('第1版 要闻 2024年3月15日 星期五', '春耕备耕有序推进', '本报讯（记者 张三）眼下，春耕有序推进。'), '02.txt': page('夏布产业提质增效', '本报讯（记者 李四）近日，夏布产业提质增效。') },
      { manifest: { pages: { '02.txt': { page: 1 } } } },
    );
    expect(result.warnings.filter((w) => w.code === 'duplicate-page-number').map((w) => w.message)).toEqual([
      '2024-03-15/01.txt (by its page header) and 2024-03-15/02.txt (by its issue.yaml entry) all say they are page 1; their articles are kept with distinct ids. Correct the page numbers under pages: in 2024-03-15\'s issue.yaml.',
    ]);
  });
});

describe('a headline reprinted over a jump', () => {
  it('is kept on both pages, not taken for furniture', () => {
    const result = ingestText({
      '01.txt': page('重点项目集中复工', '本报讯（记者 周晓峰）今年计划投资', '（下转第二版）'),
      '02.txt': page('重点项目集中复工', '（上接第一版）', '185亿元。'),
    });
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({ headline: '重点项目集中复工', headlineInferred: false, paragraphs: ['今年计划投资185亿元。'] });
    expect(result.pages.flatMap((p) => p.furniture)).toEqual([]);
  });
});

// An archivist's pages (review of 2026-11-30, session 18): forms a county paper prints that split or merged stories.
describe('an archivist’s pages', () => {
  it('reads headlines that hold a role word inside another word as headlines, crediting nobody', () => {
    const { articles, warnings } = ingestText({
      '02.txt': page('我区举办春季摄影大赛', '本报讯（融媒体中心记者 张丹）3月10日，我区举办春季摄影大赛。', '致敬一线医务工作者',
        '本报讯（融媒体中心记者 张丹）3月11日，我区举行座谈会。', '我区举行新闻记者节座谈会', '本报讯（融媒体中心记者 李明）3月12日，座谈会召开。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.photographers])).toEqual([
      ['我区举办春季摄影大赛', ['张丹'], []], ['致敬一线医务工作者', ['张丹'], []], ['我区举行新闻记者节座谈会', ['李明'], []],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps a story’s 记者手记 inside it, as a subhead', () => {
    const { articles } = ingestText({
      '02.txt': page('村里来了“法律明白人”', '本报讯（融媒体中心记者 张泽美）近日，清江镇培训“法律明白人”120名。', '记者手记', '普法不在多，而在于入脑入心。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.paragraphs, a.subheads])).toEqual([
      ['村里来了“法律明白人”', ['张泽美'], ['近日，清江镇培训“法律明白人”120名。', '记者手记', '普法不在多，而在于入脑入心。'], [1]],
    ]);
  });

  it('ends a paragraph at a closing note in brackets, and credits the writer it names', () => {
    const { articles } = ingestText({
      '02.txt': page('荣昌陶器走进国家博物馆', '本报讯（融媒体中心记者 张丹）近日，荣昌陶器在国家博物馆展出作品120余件。（完）', '区领导慰问困难群众',
        '3月13日，区领导走访慰问困难群众。（通讯员 陈静）', '区图书馆开展读书月活动', '近日，区图书馆开展读书月活动。(李明)'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['荣昌陶器走进国家博物馆', ['张丹'], [], ['近日，荣昌陶器在国家博物馆展出作品120余件。（完）']],
      ['区领导慰问困难群众', [], ['陈静'], ['3月13日，区领导走访慰问困难群众。']],
      ['区图书馆开展读书月活动', ['李明'], [], ['近日，区图书馆开展读书月活动。']],
    ]);
    expect(articles[1]!.credits).toEqual(['（通讯员 陈静）']);
  });

  it('ends a sentence at an ASCII full stop after a Han character, as OCR gives it', () => {
    const { articles } = ingestText({ '01.txt': page('我区召开推进会', '本报讯（记者 王晓明）3月14日，我区召开推进会.', '副区长李德伟参加会议.', '会议要求抓好落实.') });
    expect(articles[0]!.paragraphs).toEqual(['3月14日，我区召开推进会.', '副区长李德伟参加会议.', '会议要求抓好落实.']);
  });

  it('reads a headline that asks or exclaims as the headline of the story dated under it', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('区里开展义诊活动', '本报讯（融媒体中心记者 张丹）近日，区里开展义诊活动。', '医保卡还能这样用？', '本报讯（融媒体中心记者 张丹）近日，医保卡有了新用法。',
        '加油！荣昌健儿', '本报讯（记者 李明）3月12日，运动会开幕。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['区里开展义诊活动', ['近日，区里开展义诊活动。']], ['医保卡还能这样用？', ['近日，医保卡有了新用法。']], ['加油！荣昌健儿', ['3月12日，运动会开幕。']],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a headline with a stray mark at its end (县政协召开常委会议.) as the headline of the story dated under it, without the mark', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('县政协召开常委会议.', '本报讯（记者 张丽）3月14日，县政协召开常委会议，传达学习全国两会精神。', '会议审议通过了县政协2024年工作要点。',
        '城区新增500个停车位,', '本报讯（记者 赵磊）近日，城区新建的3个公共停车场投入使用。', '春季征兵工作启动;', '本报记者 孙悦', '3月13日，我县2024年春季征兵工作全面启动。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.paragraphs])).toEqual([
      ['县政协召开常委会议', ['张丽'], ['3月14日，县政协召开常委会议，传达学习全国两会精神。', '会议审议通过了县政协2024年工作要点。']],
      ['城区新增500个停车位', ['赵磊'], ['近日，城区新建的3个公共停车场投入使用。']],
      ['春季征兵工作启动', ['孙悦'], ['3月13日，我县2024年春季征兵工作全面启动。']],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps a short last line of a story, ending in a stop, in that story when the next story’s lead shares no words with it', () => {
    const { articles } = ingestText({
      '01.txt': page('区里开展义诊活动', '本报讯（记者 张丹）近日，区里开展义诊活动，', '惠及群众300余人.', '本报讯（记者 李明）3月12日，运动会开幕。'),
    });
    expect(articles[0]!.paragraphs.join('')).toContain('惠及群众300余人.');
    expect(articles.map((a) => a.headline)).not.toContain('惠及群众300余人');
  });

  it('joins a headline wrapped onto a line of one or two characters back together, the wrapped line being the headline', () => {
    const { articles, pages, warnings } = ingestText({
      '01.txt': page('我区召开2024年安全生产工作会\n议', '本报讯（记者 张丽）3月14日，我区召开2024年安全生产工作会议。',
        '全面推进乡村振兴\n县里召开2024年农业农村工作\n会议', '本报讯（记者 赵磊）3月13日，县里召开农业农村工作会议。',
        '父亲的菜园\n王芳', '菜园里种满了青菜。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, [...a.reporters, ...a.authors], a.paragraphs])).toEqual([
      [null, '我区召开2024年安全生产工作会议', null, ['张丽'], ['3月14日，我区召开2024年安全生产工作会议。']],
      ['全面推进乡村振兴', '县里召开2024年农业农村工作会议', null, ['赵磊'], ['3月13日，县里召开农业农村工作会议。']],
      // Two characters that may be a name are the author's, not the title's end.
      [null, '父亲的菜园', null, ['王芳'], ['菜园里种满了青菜。']],
    ]);
    expect(pages[0]!.roles).toMatchObject({ headline: 5, kicker: 1 });
    expect(warnings).toEqual([]);
    // One character in a block of its own, as an extraction that set a blank line after each of the headline's lines.
    const apart = ingestText({ '01.txt': page('昌州街道“夜间经济”点亮城市烟火', '气', '本报讯(记者 周 静)5月18日晚,美食街人头攒动。') });
    expect(apart.articles.map((a) => [a.headline, a.reporters, a.paragraphs])).toEqual([['昌州街道“夜间经济”点亮城市烟火气', ['周静'], ['5月18日晚,美食街人头攒动。']]]);
    expect(apart.warnings).toEqual([]);
    // A wrapped end whose title went to the story before is a title of its own, with a role like every line.
    const odd = ingestText({ '01.txt': '新\n新新\n新\n(上接第1版)' });
    expect(odd.pages[0]!.lines.map((range) => range.role)).toEqual(['body', 'headline', 'jump']);
  });

  it('joins a headline the column’s width wrapped at a word, by its grammar or by the lead that repeats it, back together', () => {
    const { articles, pages, warnings } = ingestText({
      '01.txt': page('全区安全生产暨\n防汛抗旱工作会议召开', '本报讯（记者 张丽）6月1日，全区召开安全生产工作会议。',
        '我区召开深化改革全面推进\n暨“三服务”活动动员大会', '本报讯（记者 赵磊）3月13日，动员大会召开。',
        '我区召开2024年农业农村\n工作会议', '本报讯（记者 王刚）3月12日，我区召开2024年农业农村工作会议。',
        '荣昌卤鹅香飘万家\n一只鹅的产业之路', '本报讯（记者 刘畅）荣昌卤鹅香飘万家，一只鹅带动了一条产业链。',
        '荣昌区2024年“荣昌陶”文化创意设计大\n赛颁奖典礼举行', '本报记者 刘 敏', '5月18日,2024年“荣昌陶”文化创意设计大赛颁奖典礼在安陶小镇举行。',
        '区十八届人大常委会第\n十四次会议召开', '本报讯(记者 廖国颖)5月17日,区人大常委会召开会议。',
        '区中医院成功开展首例\n经皮冠状动脉介入手术', '本报讯(记者 杨丽丹)近日,区中医院心血管内科团队成功为一名患者实施手术。',
        '荣昌高新区一季度新签约项目8个总投资达\n36.5亿元', '本报讯(融媒体中心记者 李双)3月13日,荣昌高新区举行项目集中签约活动。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      // A title's line ends in 暨 or the next starts with it: one meeting's name goes on.
      [null, '全区安全生产暨防汛抗旱工作会议召开', null],
      [null, '我区召开深化改革全面推进暨“三服务”活动动员大会', null],
      // The lead names the meeting as the two lines do, run together.
      [null, '我区召开2024年农业农村工作会议', null],
      // The lead says both, but with a stop between them: a headline and its subtitle.
      [null, '荣昌卤鹅香飘万家', '一只鹅的产业之路'],
      // The lead names the prize otherwise, but runs the words across the break together (`设计大赛颁奖`).
      [null, '荣昌区2024年“荣昌陶”文化创意设计大赛颁奖典礼举行', null],
      // An ordinal's 第 ends no title.
      [null, '区十八届人大常委会第十四次会议召开', null],
      // A first (首例) wants its noun on the next line.
      [null, '区中医院成功开展首例经皮冠状动脉介入手术', null],
      // Nor does a verb that wants its figure (总投资达).
      [null, '荣昌高新区一季度新签约项目8个总投资达36.5亿元', null],
    ]);
    expect(pages[0]!.roles).toMatchObject({ headline: 15, subheadline: 1 });
    expect(warnings).toEqual([]);
  });

  it('reads stories an extraction ran together without blank lines: a line over a dateline, after a finished sentence, is a headline', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('县里召开第一次会议', '本报讯（记者 王磊）3月14日，县里召开会议。\n会议研究了有关事项。\n河包镇举办首届粉条文化节\n本报讯（记者 杨丽 通讯员 陈丹）3月12日，河包镇首届粉条文化节开幕。\n盘龙镇新建污水处理站\n本报记者 彭伟\n近日，盘龙镇污水处理站建成。',
        '我区召开会议', '本报讯（记者 张丹）近日，会议要求各部门抓好\n落实工作\n本报讯（记者 李明）3月12日，运动会开幕。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.paragraphs])).toEqual([
      ['县里召开第一次会议', ['王磊'], ['3月14日，县里召开会议。', '会议研究了有关事项。']],
      ['河包镇举办首届粉条文化节', ['杨丽'], ['3月12日，河包镇首届粉条文化节开幕。']],
      ['盘龙镇新建污水处理站', ['彭伟'], ['近日，盘龙镇污水处理站建成。']],
      // A torn sentence's last words over a dateline are still its words.
      ['我区召开会议', ['张丹'], ['近日，会议要求各部门抓好落实工作']],
      ['运动会开幕', ['李明'], ['3月12日，运动会开幕。']],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['no-headline']);
    // Over a brief's lead, which opens with when, after a finished sentence: a headline too.
    const brief = ingestText({
      '02.txt': ['龙岗街道举办社区邻里节', '本报讯(记者 孙悦)5月7日,龙岗街道举办第三届社区邻里节。', '“邻里节让我们终于认识了。”居民张阿姨说。', '县图书馆新增自助借阅机',
        '近日,县图书馆在城区新增5台自助借阅机。(记者 孙悦)'].join('\n'),
    });
    expect(brief.articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['龙岗街道举办社区邻里节', ['5月7日,龙岗街道举办第三届社区邻里节。', '“邻里节让我们终于认识了。”居民张阿姨说。']],
      ['县图书馆新增自助借阅机', ['近日,县图书馆在城区新增5台自助借阅机。']],
    ]);
  });

  it('ends a story at a column’s label, and reads the briefs under it as stories of their own, titled by what happened', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('我县春耕生产全面铺开', '本报讯（记者 李娜）连日来，全县各地抢抓农时。', '简讯',
        '■3月13日，县人大常委会召开第十五次会议，听取有关报告。（陈红）', '■近日，县图书馆流动服务车开进乡村，送去图书3000余册。（赵敏）',
        '县里召开会议', '本报讯（记者 王磊）3月14日，县里召开会议。'),
    });
    expect(articles.map((a) => [a.headline, a.headlineInferred, a.reporters, a.paragraphs])).toEqual([
      ['我县春耕生产全面铺开', false, ['李娜'], ['连日来，全县各地抢抓农时。']],
      ['县人大常委会召开第十五次会议', true, ['陈红'], ['■3月13日，县人大常委会召开第十五次会议，听取有关报告。']],
      ['县图书馆流动服务车开进乡村', true, ['赵敏'], ['■近日，县图书馆流动服务车开进乡村，送去图书3000余册。']],
      ['县里召开会议', false, ['王磊'], ['3月14日，县里召开会议。']],
    ]);
    // A brief prints no headline: that is its form, and no warning.
    expect(warnings).toEqual([]);
  });

  it('reads a headline that asks or exclaims with a subtitle under it, over its byline, as one story’s titles', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('医保卡还能这样用？', '县医保局推出家庭共济新政', '本报记者 周小川', '近期，县医保局推出新政。',
        '加油！荣昌健儿', '——我县运动员备战市运会侧记', '本报讯（记者 李娜）近期，运动员们正在紧张训练。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.reporters, a.paragraphs])).toEqual([
      ['医保卡还能这样用？', '县医保局推出家庭共济新政', ['周小川'], ['近期，县医保局推出新政。']],
      ['加油！荣昌健儿', '我县运动员备战市运会侧记', ['李娜'], ['近期，运动员们正在紧张训练。']],
    ]);
    expect(warnings).toEqual([]);
    // With no byline under them, after a story: the dash says they are titles, not that story's paragraphs.
    const unsigned = ingestText({
      '06.txt': page('我区开展义诊活动', '本报讯（记者 张丽）近日，我区开展义诊活动。', '孩子沉迷手机怎么办？\n——专家支招家长科学引导',
        '暑假将至，不少家长担心孩子沉迷手机。', '医生建议，家长要以身作则。'),
    });
    expect(unsigned.articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['我区开展义诊活动', null, ['近日，我区开展义诊活动。']],
      ['孩子沉迷手机怎么办？', '专家支招家长科学引导', ['暑假将至，不少家长担心孩子沉迷手机。', '医生建议，家长要以身作则。']],
    ]);
    // The subtitle in a block of its own, an interview under them closed by its reporter's credit.
    const interview = ingestText({
      '06.txt': page('我区开展燃气安全检查', '本报讯(记者 黄 丽)5月15日,我区开展燃气安全检查。', '暑期将至 孩子安全如何保障？', '——访区教委相关负责人',
        '记者:暑期即将来临,学生安全需要注意哪些方面?', '区教委相关负责人:防溺水是暑期安全的重中之重。', '(融媒体中心记者 廖国颖)'),
    });
    expect(interview.articles.map((a) => [a.headline, a.subheadline, a.reporters, a.paragraphs.length])).toEqual([
      ['我区开展燃气安全检查', null, ['黄丽'], 1],
      ['暑期将至 孩子安全如何保障？', '访区教委相关负责人', ['廖国颖'], 2],
    ]);
  });

  it('reads the headline printed again under a jump’s line (（上接第一版） / headline) as the story’s, not its text', () => {
    const { articles } = ingestText({ '02.txt': page('（上接第一版）', '凝心聚力谋发展 实干担当开新局', '会场内外，代表们认真审议报告。', '此次会议共收到代表建议126件。') });
    expect(articles.map((a) => [a.headline, a.headlineInferred, a.continuedFrom, a.paragraphs])).toEqual([
      ['凝心聚力谋发展 实干担当开新局', false, { page: 1 }, ['会场内外，代表们认真审议报告。', '此次会议共收到代表建议126件。']],
    ]);
  });

  it('credits the writer at the end of a lead after a bare 本报讯, and a byline behind a subhead’s mark (■本报记者 王晓明)', () => {
    const { articles } = ingestText({
      '01.txt': page('我县开展消费者权益保护宣传', '本报讯 3月15日，县市场监管局开展宣传活动，现场受理投诉12件。（记者 刘芳 通讯员 吴涛）',
        '县里召开第五次会议', '■本报记者 王晓明', '3月14日，县里召开第五次会议。', '■ 注重能力培训', '会议要求加强培训。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.credits, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['我县开展消费者权益保护宣传', '本报讯', ['（记者 刘芳 通讯员 吴涛）'], ['刘芳'], ['吴涛'], ['3月15日，县市场监管局开展宣传活动，现场受理投诉12件。']],
      ['县里召开第五次会议', '■本报记者 王晓明', ['■本报记者 王晓明'], ['王晓明'], [], ['3月14日，县里召开第五次会议。', '■ 注重能力培训', '会议要求加强培训。']],
    ]);
    expect(articles[1]!.subheads).toEqual([1]);
  });

  it('reads a headline the extraction ran onto its dateline, spaced or not, as the headline of a story of its own', () => {
    const { articles, pages, warnings } = ingestText({
      '01.txt': page('县里召开第一次会议', '本报讯（记者 王磊）3月14日，县里召开会议。',
        '河包镇举办首届粉条文化节 本报讯（记者 杨丽 通讯员 陈丹）3月12日，河包镇首届粉条文化节开幕。', '文化节期间，举办了粉条制作技艺展示等活动。',
        '我县春季招聘会举行新华社重庆3月13日电（记者 李明）3月13日，招聘会举行。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['县里召开第一次会议', '本报讯（记者 王磊）', ['王磊'], [], ['3月14日，县里召开会议。']],
      ['河包镇举办首届粉条文化节', '本报讯（记者 杨丽 通讯员 陈丹）', ['杨丽'], ['陈丹'], ['3月12日，河包镇首届粉条文化节开幕。', '文化节期间，举办了粉条制作技艺展示等活动。']],
      ['我县春季招聘会举行', '新华社重庆3月13日电（记者 李明）', ['李明'], [], ['3月13日，招聘会举行。']],
    ]);
    expect(pages[0]!.lines.find((range) => range.from === 5)?.role).toBe('headline');
    expect(warnings).toEqual([]);
    // A sentence that names the dateline's word is no headline over it.
    expect(ingestText({ '01.txt': page('标题', '本报讯（记者 王磊）据悉，本报讯（记者 王磊）所述属实。') }).articles).toHaveLength(1);
  });

  it('ends a notice at its signature over a date without a year, and reads a town’s name over a headline as its kicker', () => {
    const { articles } = ingestText({
      '04.txt': page('停电通知', '因线路检修，3月17日昌元街道部分区域停电。', '县供电公司', '3月15日', '公交线路调整', '自3月18日起，城区5路公交车临时绕行新华路。',
        '安富街道', '开展陶瓷产业招商推介', '本报讯（通讯员 罗丹）3月12日，安富街道举办陶瓷产业招商推介会。',
        '路孔镇 仁义镇', '开展消防安全培训', '本报讯 近日,路孔镇、仁义镇分别组织商户开展消防安全培训。',
        '清江镇 吴家镇', '联合开展河道巡查', '本报讯 近日,清江镇、吴家镇联合开展河道巡查。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '停电通知', ['因线路检修，3月17日昌元街道部分区域停电。', '县供电公司', '3月15日']],
      [null, '公交线路调整', ['自3月18日起，城区5路公交车临时绕行新华路。']],
      ['安富街道', '开展陶瓷产业招商推介', ['3月12日，安富街道举办陶瓷产业招商推介会。']],
      // Towns named together, though 路 and 吴 are surnames: no list of people, nor a signature.
      ['路孔镇 仁义镇', '开展消防安全培训', ['近日,路孔镇、仁义镇分别组织商户开展消防安全培训。']],
      ['清江镇 吴家镇', '联合开展河道巡查', ['近日,清江镇、吴家镇联合开展河道巡查。']],
    ]);
  });

  it('ends a story at its source’s line (据新华社, 来源：央视新闻) and a piece at its note on the writer (作者单位：…)', () => {
    const { articles } = ingestText({
      '05.txt': page('我国成功发射两颗卫星', '3月13日，我国成功将两颗卫星送入预定轨道。', '据新华社', '多地出台措施促进消费', '近日，多地出台措施促进消费。', '来源：央视新闻',
        '国产大飞机完成首次商业航班', '国产大飞机完成首次商业航班。', '读懂四下基层的时代价值', '王强', '四下基层是党的群众路线的生动实践。', '作者单位：县委政策研究室',
        '深化全过程人民民主的县域实践', '李文华', '全过程人民民主是社会主义民主政治的本质属性。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.authors, a.paragraphs])).toEqual([
      ['我国成功发射两颗卫星', '据新华社', [], ['3月13日，我国成功将两颗卫星送入预定轨道。']],
      ['多地出台措施促进消费', '来源：央视新闻', [], ['近日，多地出台措施促进消费。']],
      ['国产大飞机完成首次商业航班', null, [], ['国产大飞机完成首次商业航班。']],
      ['读懂四下基层的时代价值', '王强', ['王强'], ['四下基层是党的群众路线的生动实践。', '作者单位：县委政策研究室']],
      ['深化全过程人民民主的县域实践', '李文华', ['李文华'], ['全过程人民民主是社会主义民主政治的本质属性。']],
    ]);
    // 据 before no paper, agency or station is a headline's word.
    expect(ingestText({ '05.txt': page('据理力争维护消费者权益', '近日，县消委会为消费者挽回损失。') }).articles[0]!.headline).toBe('据理力争维护消费者权益');
    // An agency's dispatch named at a story's end, in brackets: its source, not its last paragraph.
    const [wire] = ingestText({ '11.txt': page('美联储维持利率不变', '新华社记者 许缘', '美国联邦储备委员会8日宣布维持利率不变。', '（据新华社华盛顿5月8日电）') }).articles;
    expect([wire!.paragraphs, wire!.credits, wire!.reporters]).toEqual([['美国联邦储备委员会8日宣布维持利率不变。'], ['新华社记者 许缘', '（据新华社华盛顿5月8日电）'], ['许缘']]);
  });

  it('reads a titled photo after a story as a story of its own, and a title after its caption as the next story’s', () => {
    const { articles } = ingestText({
      '04.txt': page('濑溪河畔樱花开', '本报记者 张雪 摄影报道', '近日，濑溪河畔的樱花竞相开放。', '古镇迎来踏青游', '万灵古镇游人如织。 记者 刘洋 摄',
        '航拍新城', '近年来，昌州新城建设加速推进。（本报记者 黄涛）'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.reporters, a.photographers, a.paragraphs, a.captions])).toEqual([
      ['濑溪河畔樱花开', null, ['张雪'], ['张雪'], ['近日，濑溪河畔的樱花竞相开放。'], []],
      ['古镇迎来踏青游', null, [], ['刘洋'], [], ['万灵古镇游人如织。 记者 刘洋 摄']],
      ['航拍新城', null, ['黄涛'], [], ['近年来，昌州新城建设加速推进。'], []],
    ]);
  });

  it('keeps a caption the extraction wrapped over two lines whole, with its photo credit, and the story going on after it', () => {
    const { articles } = ingestText({
      '01.txt': page('春到茶乡采茶忙', '本报讯（记者 王晓明）3月14日，石门镇茶农正忙着采摘明前茶。',
        '图为石门镇茶农在茶园里采摘春茶，远处青山如黛，\n茶园层层叠叠，一派生机勃勃的景象。\n本报记者 张雪 摄', '茶叶加工厂里，工人们正在对鲜叶进行杀青、揉捻、烘干。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.captions, a.photographers])).toEqual([[
      '春到茶乡采茶忙', ['3月14日，石门镇茶农正忙着采摘明前茶。', '茶叶加工厂里，工人们正在对鲜叶进行杀青、揉捻、烘干。'],
      ['图为石门镇茶农在茶园里采摘春茶，远处青山如黛，茶园层层叠叠，一派生机勃勃的景象。'], ['张雪'],
    ]]);
  });
  it('warns of a dateline’s credit it cannot read, rather than dropping it without a word', () => {
    const { articles, warnings } = ingestText({ '01.txt': page('国际友人点赞非遗', '本报讯（记者 Tom Brown 通讯员 王磊）3月13日，6名外国友人走进县非遗馆。') });
    expect(articles.map((a) => [a.byline, a.paragraphs])).toEqual([['本报讯（记者 Tom Brown 通讯员 王磊）', ['3月13日，6名外国友人走进县非遗馆。']]]);
    expect(warnings.map((w) => w.message)).toEqual(['2024-03-15/01.txt:3: “记者 Tom Brown 通讯员 王磊” in a credit cannot be split into names; it is kept as printed and credited to nobody.']);
  });
  it('ends a story at its source’s credit (县林业局供稿), which heads nothing', () => {
    const { articles } = ingestText({
      '01.txt': page('我县开展森林防火宣传', '近日，县林业局开展森林防火宣传活动。', '县林业局供稿', '城区新增500个停车位', '本报讯（记者 赵磊）近日，城区新建的公共停车场投入使用。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.reporters])).toEqual([['我县开展森林防火宣传', '县林业局供稿', []], ['城区新增500个停车位', '本报讯（记者 赵磊）', ['赵磊']]]);
  });
  it('reads a question-and-answer piece’s lines as its text, however short, and its source’s credit in brackets as its credit', () => {
    const { articles } = ingestText({
      '04.txt': ['医保政策问答', '问:灵活就业人员如何参加职工医保?', '答:灵活就业人员可持身份证到区医保中心窗口或通过', '线上办理参保登记,按月或按年缴纳医保费用。',
        '问:职工医保个人账户可以给家人用吗?', '答:可以。', '(区医保局供稿)'].join('\n'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs, a.credits])).toEqual([
      ['医保政策问答', null, ['问:灵活就业人员如何参加职工医保?', '答:灵活就业人员可持身份证到区医保中心窗口或通过线上办理参保登记,按月或按年缴纳医保费用。',
        '问:职工医保个人账户可以给家人用吗?', '答:可以。'], ['(区医保局供稿)']],
    ]);
  });
  it('reads such a headline, and one spaced into words, over a byline on its own line as well', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('医保卡还能这样用？', '本报记者 王晓明', '3月14日，记者从区医保局获悉，参保群众可为家人缴纳医保费。',
        '加油！荣昌健儿', '本报记者 李娜 通讯员 张伟', '3月13日，区运动会在体育中心开幕。',
        '春耕 备耕 正当 时节', '本报记者 王晓明', '眼下正值春耕备耕关键时期。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['医保卡还能这样用？', ['王晓明'], [], ['3月14日，记者从区医保局获悉，参保群众可为家人缴纳医保费。']],
      ['加油！荣昌健儿', ['李娜'], ['张伟'], ['3月13日，区运动会在体育中心开幕。']],
      ['春耕 备耕 正当 时节', ['王晓明'], [], ['眼下正值春耕备耕关键时期。']],
    ]);
    // The headline spaced like a banner is the story's, and in no list of furniture.
    expect(pages[0]!.furniture).toEqual([]);
  });

  it('keeps an interview’s questions as its text, also those without a question mark, each a paragraph of its own', () => {
    const interview = ingestText({
      '03.txt': page('把“荣昌陶”做成大产业', '——访区陶瓷产业协会会长陈刚', '融媒体中心记者 杨丽丹', '记者：荣昌陶目前的产业规模如何', '陈刚：全区现有陶瓷企业160余家。',
        '记者：下一步有什么打算', '陈刚：我们将继续做大做强。'),
    });
    expect(interview.articles.map((a) => [a.headline, a.reporters, a.paragraphs])).toEqual([['把“荣昌陶”做成大产业', ['杨丽丹'], [
      '记者：荣昌陶目前的产业规模如何', '陈刚：全区现有陶瓷企业160余家。', '记者：下一步有什么打算', '陈刚：我们将继续做大做强。',
    ]]]);
    expect(interview.warnings).toEqual([]);
    const qa = ingestText({ '03.txt': page('异地就医怎么办', '本报讯（记者 李明）近日，记者采访了区医保局。', '问：群众如何办理异地就医备案', '答：可以通过手机办理。') });
    expect(qa.articles[0]!.paragraphs).toEqual(['近日，记者采访了区医保局。', '问：群众如何办理异地就医备案', '答：可以通过手机办理。']);
  });

  it('reads two-character names spaced to the width of three (张　伟) or by OCR (王 明) as names', () => {
    const { articles } = ingestText({
      '04.txt': page('我区举办农技培训', '本报讯（记者 王 明 通讯员 李 刚）近日，我区举办农技培训。', '融媒体中心记者 张丹 实习生 刘　畅', '让实干成为鲜明导向', '□ 张　伟', '实干才能出实绩。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.authors, a.correspondents, a.interns])).toEqual([
      ['我区举办农技培训', ['王明', '张丹'], [], ['李刚'], ['刘畅']], ['让实干成为鲜明导向', [], ['张伟'], [], []],
    ]);
  });

  it('joins a story whose jumps are printed with arrows', () => {
    for (const [to, from] of [['（下转2版▶）', '◀上接1版'], ['下转第2版▶', '（◀上接第1版）']]) {
      const { articles } = ingestText({
        '01.txt': page('我区召开招商推介会', '本报讯（记者 王晓明）3月14日，我区召开招商推介会。会议要求，要坚持精准招商，' + (to.startsWith('（') ? to : ''), ...(to.startsWith('（') ? [] : [to])),
        '02.txt': page(from, '引进一批优质项目。'),
      });
      expect(articles.map((a) => [a.headline, a.continuedOn.map((c) => c.page), a.paragraphs.at(-1)]), to).toEqual([
        ['我区召开招商推介会', [2], '3月14日，我区召开招商推介会。会议要求，要坚持精准招商，引进一批优质项目。'],
      ]);
    }
  });

  it('keeps the subheads two notices on two pages share, in both', () => {
    const notice = (title: string, what: string) => page(title, `根据工作需要，${what}。`, '一、报名时间', '3月20日至3月25日。', '二、联系方式', '电话：46789012。');
    const { articles } = ingestText({ '03.txt': notice('荣昌区公开招聘教师公告', '我区公开招聘教师10名'), '04.txt': notice('荣昌区公开招聘医生公告', '我区公开招聘医生8名') });
    expect(articles.map((a) => [a.headline, a.subheads.map((i) => a.paragraphs[i])])).toEqual([
      ['荣昌区公开招聘教师公告', ['一、报名时间', '二、联系方式']], ['荣昌区公开招聘医生公告', ['一、报名时间', '二、联系方式']],
    ]);
  });

  it('reads the datelines, credits and captions of a page in traditional characters, and keeps the names as printed', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('榮昌陶器走進國家博物館', '本報訊（融媒體中心記者 楊麗丹 通訊員 梁勝明）近日，榮昌陶器在國家博物館展出。', '圖為展出的陶器。', '融媒體中心記者 張雪 攝',
        '區領導慰問困難群眾', '本報記者 王曉明 實習生 劉　暢', '3月13日，區領導走訪慰問困難群眾。（歐陽曉川）'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.reporters, a.correspondents, a.photographers, a.interns, a.captions, a.paragraphs])).toEqual([
      ['榮昌陶器走進國家博物館', '本報訊（融媒體中心記者 楊麗丹 通訊員 梁勝明）', ['楊麗丹'], ['梁勝明'], ['張雪'], [], ['圖為展出的陶器。'], ['近日，榮昌陶器在國家博物館展出。']],
      ['區領導慰問困難群眾', '本報記者 王曉明 實習生 劉　暢', ['王曉明', '歐陽曉川'], [], [], ['劉暢'], [], ['3月13日，區領導走訪慰問困難群眾。']],
    ]);
    expect(warnings).toEqual([]);
    // A headline run onto its dateline, or a brief's title onto its lead, is kept as printed too.
    const glued = ingestText({
      '01.txt': page('河包鎮舉辦首屆粉條文化節 本報訊（記者 楊麗）3月14日，河包鎮舉辦首屆粉條文化節。', '■區圖書館舉辦讀書分享會 5月8日，區圖書館舉辦讀書分享會。'),
    });
    expect(glued.articles.map((a) => a.headline)).toEqual(['河包鎮舉辦首屆粉條文化節', '區圖書館舉辦讀書分享會']);
  });

  it('reads a sentence set apart in a picture’s gap, with a photo credit under it, as the picture’s caption, and the story goes on', () => {
    const { articles } = ingestText({
      '02.txt': ['“小积分”兑出乡村治理“大文明”', '', '本报讯（融媒体中心记者 张泽美）3月13日，我区开展积分兑换活动。', '', '', '', '村民在积分超市兑换商品。', '',
        '融媒体中心记者 张泽美 摄', '', '', '', '截至目前，全街道已发放积分12万余分。'].join('\n'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.photographers, a.captions, a.paragraphs])).toEqual([
      ['“小积分”兑出乡村治理“大文明”', ['张泽美'], ['张泽美'], ['村民在积分超市兑换商品。'], ['3月13日，我区开展积分兑换活动。', '截至目前，全街道已发放积分12万余分。']],
    ]);
  });

  it('reads a dateline’s credit in lenticular or square brackets, a second bracket of credits, and a lead opened by its credit', () => {
    const { articles } = ingestText({
      '01.txt': page('县举办消夏音乐会', '本报讯【记者 李明】近日，县文化馆举办消夏音乐会。', '县图书馆开展读书月活动', '本报讯[记者 王磊]近日，县图书馆开展读书月活动。',
        '县里召开会议', '本报讯(记者 李明)(通讯员 张华)近日，县里召开会议。', '城区新增停车位', '(本报记者 赵磊)近日，城区新增停车位500个。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['县举办消夏音乐会', '本报讯【记者 李明】', ['李明'], [], ['近日，县文化馆举办消夏音乐会。']],
      ['县图书馆开展读书月活动', '本报讯[记者 王磊]', ['王磊'], [], ['近日，县图书馆开展读书月活动。']],
      ['县里召开会议', '本报讯(记者 李明)(通讯员 张华)', ['李明'], ['张华'], ['近日，县里召开会议。']],
      ['城区新增停车位', '(本报记者 赵磊)', ['赵磊'], [], ['近日，城区新增停车位500个。']],
    ]);
    // Hong Kong's dateline in lenticular brackets, and a credit closed by 报道 and a colon, glued to the lead.
    const reported = ingestText({
      '01.txt': page('東涌新市鎮擴展區 首批居屋入伙', '【本報訊】記者 陳家豪 報道:東涌新市鎮擴展區首批居屋昨日開始入伙。', '港人北上消費熱潮持續', '【大公報訊】記者趙文博報道:五一假期,港人北上消費。',
        '氹仔舊城區活化計劃啟動', '【本報消息】記者 梁嘉欣 報道：特區政府昨日公佈活化計劃。',
        '县城首批保障房交付', '本报讯 记者陈家豪报道:县城首批保障房昨日开始交付。'),
      '02.txt': page('县委举行专题学习', '本报讯 记者王晓明 通讯员李刚报道：5月9日，县委举行专题学习。'),
    });
    expect(reported.articles.map((a) => [a.reporters, a.correspondents, a.paragraphs])).toEqual([
      [['陳家豪'], [], ['東涌新市鎮擴展區首批居屋昨日開始入伙。']], [['趙文博'], [], ['五一假期,港人北上消費。']], [['梁嘉欣'], [], ['特區政府昨日公佈活化計劃。']],
      [['陈家豪'], [], ['县城首批保障房昨日开始交付。']],
      [['王晓明'], ['李刚'], ['5月9日，县委举行专题学习。']],
    ]);
    // As OCR gives them: the credit spaced out a character at a time, or closed by the wrong bracket.
    const ocr = ingestText({ '01.txt': page('县举办消夏音乐会', '本报讯(记 者 李 明)近日，县文化馆举办消夏音乐会。', '县里召开会议', '本报讯(记者 王磊]近日，县里召开会议。') });
    expect(ocr.articles.map((a) => [a.reporters, a.paragraphs])).toEqual([[['李明'], ['近日，县文化馆举办消夏音乐会。']], [['王磊'], ['近日，县里召开会议。']]]);
    // A news agency's dispatch opening the lead, as Taiwan's papers print it: its reporters' names run into the place.
    const agency = ingestText({ '01.txt': page('行政院通過長照法修正草案', '(中央社記者黃慧敏台北9日電)行政院會今天通過修正草案。', '美方宣布對台軍售', '（中央社記者江今葉、徐薇婷華盛頓8日專電）美國國務院今天宣布。') });
    expect(agency.articles.map((a) => [a.byline, a.reporters, a.paragraphs])).toEqual([
      ['(中央社記者黃慧敏台北9日電)', ['黃慧敏'], ['行政院會今天通過修正草案。']],
      ['（中央社記者江今葉、徐薇婷華盛頓8日專電）', ['江今葉', '徐薇婷'], ['美國國務院今天宣布。']],
    ]);
    // Inside a report combined from several sources, the agency's dispatch is the report's part.
    const combined = ingestText({ '01.txt': page('縣府推動長照2.0', '記者陳冠霖/綜合報導', '縣府今年持續推動長照2.0計畫。', '(中央社記者黃慧敏台北9日電)行政院會今天通過修正草案。') });
    expect(combined.articles.map((a) => [a.reporters, a.paragraphs])).toEqual([[['陳冠霖'], ['縣府今年持續推動長照2.0計畫。', '(中央社記者黃慧敏台北9日電)行政院會今天通過修正草案。']]]);
    // A writer after their unit, with no role word: the paper's own newsroom's reporter, another unit's correspondent.
    const units = ingestText({ '01.txt': page('县举办消夏音乐会', '本报讯(县融媒体中心 李明)近日，县文化馆举办消夏音乐会。', '检察官进校园', '本报讯（县检察院 冯 琳）5月7日，检察官走进县第二中学。') });
    expect(units.articles.map((a) => [a.byline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['本报讯(县融媒体中心 李明)', ['李明'], [], ['近日，县文化馆举办消夏音乐会。']],
      ['本报讯（县检察院 冯 琳）', [], ['冯琳'], ['5月7日，检察官走进县第二中学。']],
    ]);
  });

  it('reads the credits that follow a dateline without brackets', () => {
    const { articles } = ingestText({
      '01.txt': page('我区召开推进会', '本报讯 记者 王晓明 通讯员 李刚 3月14日，我区召开推进会。', '农技培训进村', '本报荣昌讯 记者王晓明 3月14日，农技培训进村入户。',
        '义诊活动', '本报讯 近日，区医院开展义诊活动。', '县里召开会议', '本报讯 记者 王晓明 报道：3月14日，县里召开会议。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.reporters, a.correspondents, a.paragraphs[0]])).toEqual([
      ['我区召开推进会', '本报讯 记者 王晓明 通讯员 李刚', ['王晓明'], ['李刚'], '3月14日，我区召开推进会。'],
      ['农技培训进村', '本报荣昌讯 记者王晓明', ['王晓明'], [], '3月14日，农技培训进村入户。'],
      ['义诊活动', '本报讯', [], [], '近日，区医院开展义诊活动。'],
      // The word that closes the credit is not the lead's.
      ['县里召开会议', '本报讯 记者 王晓明', ['王晓明'], [], '3月14日，县里召开会议。'],
    ]);
  });

  it('keeps a notice’s signature and date as its last lines, not the next story’s titles; a date alone over the stories is the page’s', () => {
    const { articles, pages } = ingestText({
      '03.txt': page('2024年3月15日', '关于开展医保缴费的通知', '各参保单位：根据工作需要，现将有关事项通知如下。', '特此公告。', '重庆市荣昌区医疗保障局', '2024年3月10日',
        '我区开展植树造林活动', '本报讯（融媒体中心记者 杨丽丹）近日，我区开展植树造林活动。'),
    });
    expect(articles.map((a) => [a.headline, a.kicker, a.paragraphs])).toEqual([
      ['关于开展医保缴费的通知', null, ['各参保单位：根据工作需要，现将有关事项通知如下。', '特此公告。', '重庆市荣昌区医疗保障局', '2024年3月10日']],
      ['我区开展植树造林活动', null, ['近日，我区开展植树造林活动。']],
    ]);
    expect(pages[0]!.lines.find((l) => l.from === 1)).toMatchObject({ role: 'page-header' });
  });

  it('reads 本报评论员 under a commentary’s headline as its byline, crediting nobody, not as its subtitle', () => {
    const { articles, warnings } = ingestText({ '04.txt': page('让实干成为鲜明导向', '本报评论员', '实干才能出实绩。', '空谈误国，实干兴邦。') });
    expect(articles.map((a) => [a.headline, a.subheadline, a.byline, a.reporters, a.paragraphs])).toEqual([
      ['让实干成为鲜明导向', null, '本报评论员', [], ['实干才能出实绩。', '空谈误国，实干兴邦。']],
    ]);
    expect(warnings).toEqual([]);
  });
  it('keeps an editor’s note between a headline and its byline as the story’s first paragraph, and the byline its own', () => {
    const { articles } = ingestText({
      '03.txt': page('返乡青年的新农人之路', '编者按：乡村振兴，人才是关键。本报今起开设“新农人”专栏。', '本报记者 王晓明 通讯员 李刚', '清晨6点，吴家镇双流村的蔬菜基地里已经热闹起来。',
        '让文明新风吹遍城乡', '【编者按】移风易俗，需要久久为功。', '□ 本报评论员', '近年来，我区持续推进移风易俗工作。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['返乡青年的新农人之路', '本报记者 王晓明 通讯员 李刚', ['王晓明'], ['李刚'], ['编者按：乡村振兴，人才是关键。本报今起开设“新农人”专栏。', '清晨6点，吴家镇双流村的蔬菜基地里已经热闹起来。']],
      ['让文明新风吹遍城乡', '□ 本报评论员', [], [], ['【编者按】移风易俗，需要久久为功。', '近年来，我区持续推进移风易俗工作。']],
    ]);
  });
  it('keeps an editor’s note over a headline and its byline as that story’s first paragraph, not a story or the end of the one above', () => {
    const { articles, warnings } = ingestText({
      '03.txt': page('区里开展义诊活动', '本报讯（记者 张丹）近日，区里开展义诊活动。', '编者按：乡村振兴，人才是关键。本报今起开设“返乡创业者”专栏。',
        '养鸡大户的“致富经”', '本报记者 刘洋', '清晨6点，吴家镇双流村的养殖场里已经热闹起来。'),
      '04.txt': page('【编者按】民生无小事。本报今起推出系列评论。', '让“小切口”撬动“大民生”', '□ 本报评论员', '今年，我区确定了十件民生实事。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.paragraphs])).toEqual([
      ['区里开展义诊活动', '本报讯（记者 张丹）', ['近日，区里开展义诊活动。']],
      ['养鸡大户的“致富经”', '本报记者 刘洋', ['编者按：乡村振兴，人才是关键。本报今起开设“返乡创业者”专栏。', '清晨6点，吴家镇双流村的养殖场里已经热闹起来。']],
      ['让“小切口”撬动“大民生”', '□ 本报评论员', ['【编者按】民生无小事。本报今起推出系列评论。', '今年，我区确定了十件民生实事。']],
    ]);
    expect(warnings).toEqual([]);
    // The note under its label on a line of its own, in one paragraph or two.
    const labelled = ingestText({
      '03.txt': page('茶文化旅游节开幕', '本报讯(记者 何燕)5月9日，茶文化旅游节开幕。', '编者按', '今年以来，我区扎实办好民生实事。', '即日起，本报开设“民生实事看落实”专栏，敬请关注。',
        '民生实事看落实', '老旧小区“旧貌换新颜”', '本报记者 邓杰', '走进萱花社区，只见道路平整。'),
    });
    // The column the note names, printed over the title, is its kicker, however long.
    expect(labelled.articles.map((a) => [a.kicker, a.headline, a.reporters, a.paragraphs, a.subheads])).toEqual([
      [null, '茶文化旅游节开幕', ['何燕'], ['5月9日，茶文化旅游节开幕。'], []],
      ['民生实事看落实', '老旧小区“旧貌换新颜”', ['邓杰'], ['编者按', '今年以来，我区扎实办好民生实事。', '即日起，本报开设“民生实事看落实”专栏，敬请关注。', '走进萱花社区，只见道路平整。'], [0]],
    ]);
  });
});

describe('a third archivist’s leftovers', () => {
  it('reads a part’s label over a titled, signed piece (短评) as that piece’s kicker, and a pen name spaced out as its author', () => {
    const { articles, warnings } = ingestText({
      '04.txt': page('为实干点赞', '本报评论员', '实干才能梦想成真。', '短评', '别让指尖形式主义加重基层负担', '晓 言', '一些地方工作群过多，让基层干部疲于应付。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.byline, a.authors, a.paragraphs])).toEqual([
      [null, '为实干点赞', '本报评论员', [], ['实干才能梦想成真。']],
      ['短评', '别让指尖形式主义加重基层负担', '晓 言', ['晓言'], ['一些地方工作群过多，让基层干部疲于应付。']],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a column’s name of four characters over a title twice its length as a kicker', () => {
    const { articles } = ingestText({
      '03.txt': page('以案说法', '男子酒后挪车被判危险驾驶罪', '本报讯（通讯员 何静）近日，县人民法院审结一起危险驾驶案。',
        '春潮涌动', '——我县一季度经济运行综述', '本报记者 王磊', '一季度，全县经济运行开局良好。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['以案说法', '男子酒后挪车被判危险驾驶罪', null],
      [null, '春潮涌动', '我县一季度经济运行综述'],
    ]);
    // Of five or six characters, over a title three times its length.
    const longer = ingestText({
      '01.txt': page('党课开讲啦', '县委书记刘建国为全县党员干部讲专题党课', '本报讯（记者 王晓明）4月10日，县委书记刘建国讲专题党课。',
        '乡村振兴路', '我县打造十个示范村', '本报讯（记者 李娜）近日，我县公布十个示范村名单。'),
    });
    expect(longer.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['党课开讲啦', '县委书记刘建国为全县党员干部讲专题党课', null],
      [null, '乡村振兴路', '我县打造十个示范村'],
    ]);
  });

  it('reads the kind of writing over a supplement piece’s title as its kicker, however short the title (小小说 / 老 钟)', () => {
    const { articles } = ingestText({
      '07.txt': page('小小说', '老 钟', '张 平', '镇东头的老钟修了一辈子钟表。', '散文', '母亲的菜园', '□ 李文华', '母亲的菜园不大，却种满了四季。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.authors])).toEqual([
      ['小小说', '老钟', null, ['张平']],
      ['散文', '母亲的菜园', null, ['李文华']],
    ]);
  });

  it('keeps a box of figures as lines of their own, under the box’s title', () => {
    const { articles } = ingestText({
      '01.txt': page('县里召开会议', '本报讯（记者 王磊）3月14日，县里召开会议。', '数说2023', '412.6亿元——地区生产总值', '8600人——新增城镇就业', '186公里——新建改建农村公路'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['县里召开会议', null, ['3月14日，县里召开会议。']],
      ['数说2023', null, ['412.6亿元——地区生产总值', '8600人——新增城镇就业', '186公里——新建改建农村公路']],
    ]);
  });

  it('reads a photo story, a headline over a dash subtitle, its pictures’ captions a block each and its photographer’s credit, as one story of captions', () => {
    const { articles } = ingestText({
      '05.txt': page('指尖上的千年技艺', '——走近荣昌夏布织造', '传承人颜坤吉在织布机前演示传统织造技艺', '学员们在夏布工坊学习绩麻', '游客在夏布小镇选购夏布制品', '融媒体中心记者 方芳 摄',
        '荣昌陶艺作品亮相市级展览', '本报讯(融媒体中心记者 唐丽)3月6日,我区12件陶艺作品入选参展。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.photographers, a.captions, a.paragraphs])).toEqual([
      ['指尖上的千年技艺', '走近荣昌夏布织造', ['方芳'], ['传承人颜坤吉在织布机前演示传统织造技艺', '学员们在夏布工坊学习绩麻', '游客在夏布小镇选购夏布制品'], []],
      ['荣昌陶艺作品亮相市级展览', null, [], [], ['3月6日,我区12件陶艺作品入选参展。']],
    ]);
  });

  it('keeps a story’s figures set over their labels between its paragraphs as lines of the story, not a story headlined by a figure', () => {
    const { articles } = ingestText({
      '03.txt': page('我区工业经济实现“开门红”', '本报讯（融媒体中心记者 赵磊）1—2月，全区规模以上工业企业实现产值186.3亿元，同比增长11.2%。',
        '186.3亿元', '规上工业产值', '11.2%', '同比增长', '分行业看，全区五大支柱产业“四升一降”。',
        '95.6%', '本报讯（记者 王磊）今年1—2月，全区规模以上工业企业产销率达95.6%。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['我区工业经济实现“开门红”', null, ['1—2月，全区规模以上工业企业实现产值186.3亿元，同比增长11.2%。', '186.3亿元', '规上工业产值', '11.2%', '同比增长', '分行业看，全区五大支柱产业“四升一降”。']],
      // A figure over a dateline heads its story still.
      ['95.6%', null, ['今年1—2月，全区规模以上工业企业产销率达95.6%。']],
    ]);
    // Over a headline and a dateline after a story's text, it is that story's kicker, no line of the story above.
    const kicker = ingestText({
      '03.txt': page('我区工业经济实现“开门红”', '本报讯（融媒体中心记者 赵磊）1—2月，全区规上工业产值186.3亿元。', '95.6%', '我区工业产销率创新高', '本报讯（记者 王磊）今年1—2月，产销率达95.6%。'),
    });
    expect(kicker.articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '我区工业经济实现“开门红”', ['1—2月，全区规上工业产值186.3亿元。']],
      ['95.6%', '我区工业产销率创新高', ['今年1—2月，产销率达95.6%。']],
    ]);
  });

  it('reads a figure alone over a dateline as its story’s headline, but the page’s own number as furniture', () => {
    const { articles, warnings, pages } = ingestText({
      '2024-03-15/12.txt': page('荣昌报 2024年3月15日 星期五 第12版 综合', '某某新闻标题在此', '本报讯（记者 李娜）全县已储备春耕化肥。',
        '95.6%', '本报讯（记者 王磊）今年1—2月，全县规模以上工业企业产销率达95.6%。', '8', '本报讯（记者 王磊）全县新增8家规上企业。',
        '12', '本报讯（记者 王磊）全县新建12座桥梁。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['某某新闻标题在此', ['全县已储备春耕化肥。']],
      ['95.6%', ['今年1—2月，全县规模以上工业企业产销率达95.6%。']],
      ['8', ['全县新增8家规上企业。']],
      ['全县新建12座桥梁', ['全县新建12座桥梁。']],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toContainEqual(['12', 'page-number']);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('no recognisable headline')]);
  });

  it('keeps a list’s header over the names it lists in the story that speaks of them, and a profile’s label (人物名片) in its story', () => {
    const { articles } = ingestText({
      '01.txt': page('县委表彰优秀共产党员', '本报讯（记者 孙悦）3月12日，县委召开表彰大会，对优秀共产党员进行表彰。', '优秀共产党员', '王建国 李秀英 张德明 刘长青 陈光辉',
        '“土专家”带富一方百姓', '本报记者 杨丽', '如今，黄家村柑橘种植面积达3000亩。', '人物名片', '黄永福，男，1972年生，中共党员。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['县委表彰优秀共产党员', ['3月12日，县委召开表彰大会，对优秀共产党员进行表彰。', '优秀共产党员', '王建国 李秀英 张德明 刘长青 陈光辉'], [1]],
      ['“土专家”带富一方百姓', ['如今，黄家村柑橘种植面积达3000亩。', '人物名片', '黄永福，男，1972年生，中共党员。'], [1]],
    ]);
  });
  it('keeps a box of results after a story (首日比赛结果 / event:result lines) in the story, and the title after it heads the next', () => {
    const { articles } = ingestText({
      '06.txt': page('全县中小学生田径运动会开幕', '本报讯(记者 高峰)5月9日，全县中小学生田径运动会开幕。', '首日比赛结果', '男子初中组100米:张浩然(县一中)12秒05',
        '女子初中组100米:刘思琪(县二中)13秒21', '男子高中组跳远:赵磊(县职中)6米52', '“村晚”舞台唱响新时代', '本报讯 5月6日晚，青山镇“村晚”上演。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['全县中小学生田径运动会开幕', ['5月9日，全县中小学生田径运动会开幕。', '首日比赛结果', '男子初中组100米:张浩然(县一中)12秒05', '女子初中组100米:刘思琪(县二中)13秒21',
        '男子高中组跳远:赵磊(县职中)6米52'], [1]],
      ['“村晚”舞台唱响新时代', ['5月6日晚，青山镇“村晚”上演。'], []],
    ]);
    // A table of standings under its header, after the story of the games.
    const standings = ingestText({
      '06.txt': page('县运动会篮球赛落幕', '本报记者 高峰', '5月8日晚，县运动会男子篮球决赛打响。', '男子组最终排名', '名次 代表队 胜 负 积分', '1 城关镇队 6 0 12', '2 青山镇队 5 1 11'),
    });
    expect(standings.articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['县运动会篮球赛落幕', ['5月8日晚，县运动会男子篮球决赛打响。', '男子组最终排名', '名次 代表队 胜 负 积分', '1 城关镇队 6 0 12', '2 青山镇队 5 1 11'], [1]],
    ]);
    // A second table of results after the first, under a header of its own that names no word of the story.
    const tables = ingestText({
      '04.txt': page('区第十届运动会落幕', '本报讯(融媒体中心记者 王 彬)11月26日,荣昌区第十届运动会落下帷幕。', '团体总分前三名', '名次 单位 总分', '1 昌元街道 486', '2 峰高街道 452',
        '部分单项冠军', '项目 姓名 单位 成绩', '男子100米 陈浩 峰高街道 11秒02'),
    });
    expect(tables.articles.map((a) => [a.headline, a.subheads.map((at) => a.paragraphs[at]), a.paragraphs.length])).toEqual([['区第十届运动会落幕', ['团体总分前三名', '部分单项冠军'], 8]]);
  });
  it('keeps a table in a story’s middle in the story: its header a subhead, its source a line, the text after it the story’s', () => {
    const { articles } = ingestText({
      '03.txt': page('我区工业经济实现“开门红”', '本报讯（融媒体中心记者 赵磊）1—2月，全区规模以上工业企业实现产值186.3亿元。', '全区主要经济指标', '指标 绝对值 同比增长(%)',
        '规上工业产值(亿元) 186.3 11.2', '固定资产投资(亿元) 58.7 7.8', '来源:区统计局', '区经济信息委相关负责人介绍，全区新投产工业项目12个。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.subheads.map((at) => a.paragraphs[at]), a.paragraphs.length, a.paragraphs.at(-1)])).toEqual([
      ['我区工业经济实现“开门红”', ['赵磊'], ['全区主要经济指标'], 7, '区经济信息委相关负责人介绍，全区新投产工业项目12个。'],
    ]);
    // At the end of a story whose dateline credits nobody, over the writer's credit: the story's table, and its credit.
    const atEnd = ingestText({
      '03.txt': page('荣昌猪肉价格连续三周回落', '本报讯 3月第二周，我区猪肉平均零售价格为每公斤26.8元。', '本周主要农产品价格', '品名 单位 价格(元) 环比', '猪肉 公斤 26.8 ↓2.2%', '（融媒体中心记者 邓丽）'),
    });
    expect(atEnd.articles.map((a) => [a.headline, a.reporters, a.subheads.map((at) => a.paragraphs[at]), a.paragraphs.length])).toEqual([
      ['荣昌猪肉价格连续三周回落', ['邓丽'], ['本周主要农产品价格'], 4],
    ]);
  });
  it('keeps a box of rows after a story (活动日程 / its rows) in the story, under its header', () => {
    const { articles } = ingestText({
      '01.txt': page('荣昌陶文化旅游节将于4月20日开幕', '本报讯（记者 杨丽）4月11日，记者获悉，荣昌陶文化旅游节将于4月20日开幕。', '活动日程',
        '4月20日 上午9:30 开幕式（安陶小镇主广场）', '4月27日 晚上7:30 “窑火之夜”文艺晚会（安陶小镇滨河舞台）'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['荣昌陶文化旅游节将于4月20日开幕', ['4月11日，记者获悉，荣昌陶文化旅游节将于4月20日开幕。', '活动日程', '4月20日 上午9:30 开幕式（安陶小镇主广场）',
        '4月27日 晚上7:30 “窑火之夜”文艺晚会（安陶小镇滨河舞台）'], [1]],
    ]);
  });

  it('reads a title set with spaces between its characters (讣  告, 春 雨) as one word, and no author', () => {
    const { articles } = ingestText({
      '08.txt': page('招聘启事', '我公司招聘销售经理2名。', '联系电话：023-46712345', '讣  告', '原县教育局局长李德厚同志因病逝世，享年86岁。', '春 雨', '刘小明', '春雨轻轻地下，\n落在屋檐上，\n落在田野里。'),
    });
    expect(articles.map((a) => [a.headline, a.authors])).toEqual([['招聘启事', []], ['讣告', []], ['春雨', ['刘小明']]]);
  });
  it('gives a picture set apart after a finished story, over the next story’s headline, to a story, and makes no empty article of it', () => {
    const { articles, errors } = ingestText({
      '01.txt': ['擦亮德育底色 培养时代新人', '', '本报讯(融媒体中心记者 郑光慧)近日,我区召开德育工作推进会。', '', '融媒体中心记者 郑光慧', '', '', '',
        '近日,区机关事务管理中心组织开展行政中心后勤服务保障技能比拼大赛。', '', '', '', '融媒体中心记者 张雪摄', '我区启动“阳光厨房”建设工作', '',
        '本报讯(融媒体中心记者 张丹)我区日前印发《关于加强餐饮服务“阳光厨房”建设工作的通知》。'].join('\n'),
    });
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.headline, a.captions])).toEqual([
      ['擦亮德育底色 培养时代新人', ['近日,区机关事务管理中心组织开展行政中心后勤服务保障技能比拼大赛。']],
      ['我区启动“阳光厨房”建设工作', []],
    ]);
  });
  it('keeps a round table’s guests under its host lines of its text, not its headline and byline', () => {
    const { articles } = ingestText({
      '03.txt': page('聚焦农村养老服务', '主持人：本报记者 陈晨', '嘉宾：区民政局局长 周建国', '嘉宾：区政协委员、昌元街道玉屏社区党委书记 王德明', '主持人：我区农村养老服务现状如何？',
        '周建国：目前全区共有农村互助养老点186个。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.authors, a.paragraphs.slice(0, 2)])).toEqual([
      ['聚焦农村养老服务', ['陈晨'], [], ['嘉宾：区民政局局长 周建国', '嘉宾：区政协委员、昌元街道玉屏社区党委书记 王德明']],
    ]);
  });
  it('reads a poem’s spaced title over its poet’s spaced pen name (春 雨 / 晓 言) after a story as the poem’s, not the story’s signatures', () => {
    const { articles } = ingestText({
      '04.txt': page('春到荣昌 好景等你来', '本报讯（融媒体中心记者 张雪）春暖花开，我区各大景区迎来踏青赏花的游客。', '时间：3月16日上午9时', '地点：万灵古镇大荣寨',
        '届时，景区将推出汉服巡游、非遗展演等活动，欢迎广大市民游客前来打卡。', '春 雨', '晓 言', '春雨落在瓦檐上\n像母亲轻轻的叮咛\n一声一声\n落进我的梦里'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.reporters])).toEqual([['春到荣昌 好景等你来', [], ['张雪']], ['春雨', ['晓言'], []]]);
  });

  it('reads a work’s title and its artist (书法作品 / 李德厚 作) as a piece of its own, the title after it the next story’s', () => {
    const { articles, warnings } = ingestText({
      '06.txt': page('春 雨', '刘小明', '春雨轻轻地下，\n落在屋檐上，\n落在田野里。', '书法作品', '李德厚 作', '濑溪河畔的守望', '文/图 赵磊', '小时候，我家就住在濑溪河边。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.authors, a.reporters, a.paragraphs])).toEqual([
      [null, '春雨', null, ['刘小明'], [], ['春雨轻轻地下，\n落在屋檐上，\n落在田野里。']],
      [null, '书法作品', null, ['李德厚'], [], []],
      [null, '濑溪河畔的守望', null, [], ['赵磊'], ['小时候，我家就住在濑溪河边。']],
    ]);
    expect(warnings).toEqual([]);
    // Its maker named in brackets after 作者, under it or on its line, their post maybe before the name.
    for (const work of [['书法作品', '（作者：唐明远）'], ['书法作品', '（作者：区书法家协会主席 唐明远）'], ['书法作品（作者：唐明远）']]) {
      const read = ingestText({ '06.txt': page('春 雨', '刘小明', '春雨轻轻地下，\n落在屋檐上，\n落在田野里。', ...work) });
      expect(read.articles.map((a) => [a.headline, a.authors, a.paragraphs.length]), work.join(' / ')).toEqual([['春雨', ['刘小明'], 1], ['书法作品', ['唐明远'], 0]]);
      expect(read.warnings).toEqual([]);
    }
  });
  it('reads a supplement’s smaller forms of the seventh review: an art’s name over its title, a law quoted under 法律链接, the address for submissions', () => {
    const { articles, pages } = ingestText({
      '07.txt': page('书法', '宁静致远', '张德厚 书', '醉驾撞车逃逸 男子获刑八个月', '本报讯(通讯员 刘洋)近日，县人民法院审结一起交通肇事案。', '法律链接',
        '《中华人民共和国刑法》第一百三十三条之一规定，醉酒驾驶机动车的，处拘役，并处罚金。', '老 槐', '刘 成', '村口那棵老槐树，据说已经有三百多年了。', '投稿邮箱:fukan2024@163.com'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs, a.subheads])).toEqual([
      ['书法', '宁静致远', [], []],
      [null, '醉驾撞车逃逸 男子获刑八个月', ['近日，县人民法院审结一起交通肇事案。', '法律链接', '《中华人民共和国刑法》第一百三十三条之一规定，醉酒驾驶机动车的，处拘役，并处罚金。'], [1]],
      [null, '老槐', ['村口那棵老槐树，据说已经有三百多年了。'], []],
    ]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([['投稿邮箱:fukan2024@163.com', 'imprint']]);
  });
  it('credits a brief’s writer named after their unit in its closing brackets as a correspondent, and reads a caption under an arrow', () => {
    const { articles } = ingestText({
      '03.txt': page('检察官进校园 护航青少年成长', '5月7日，县检察院检察官走进县第二中学上法治课。', '（县检察院 冯 琳）',
        '茶文化旅游节开幕', '本报讯(记者 何燕)5月9日，茶文化旅游节开幕。', '↑开幕式现场，茶艺师进行茶艺表演。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.paragraphs, a.captions])).toEqual([
      ['检察官进校园 护航青少年成长', [], ['冯琳'], ['5月7日，县检察院检察官走进县第二中学上法治课。'], []],
      ['茶文化旅游节开幕', ['何燕'], [], ['5月9日，茶文化旅游节开幕。'], ['↑开幕式现场，茶艺师进行茶艺表演。']],
    ]);
    // At an answer's end the same note says whom the answer is by: it credits nobody, and the piece goes on.
    const answers = ingestText({
      '04.txt': page('健康问答', '问：春天总是犯困，是身体出了问题吗？', '答：这是“春困”，适当运动即可缓解。（县人民医院 李敏）', '问：孩子春季容易感冒，怎么预防？',
        '答：注意及时增减衣物。（县妇幼保健院 陈静）'),
    });
    expect(answers.articles.map((a) => [a.headline, a.correspondents, a.paragraphs.length])).toEqual([['健康问答', [], 4]]);
  });
  it('reads a work under a column’s tag in one block after a poem (`[书画]` / `荷塘清趣(国画)` / `刘德厚`) as a piece of its own, not a stanza', () => {
    const { articles } = ingestText({
      '07.txt': page('春 雨', '刘小明', '春雨轻轻地下，\n落在屋檐上，\n落在田野里。', '[书画]\n荷塘清趣(国画)\n刘德厚'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.authors, a.paragraphs])).toEqual([
      [null, '春雨', ['刘小明'], ['春雨轻轻地下，\n落在屋檐上，\n落在田野里。']],
      ['[书画]', '荷塘清趣(国画)', ['刘德厚'], []],
    ]);
  });
  it('reads a cartoon’s title and credit after a commentary (标题 / 漫画 李梅) as a piece of its own, and a cartoon under a story as the story’s', () => {
    const { articles } = ingestText({
      '06.txt': page('短评', '“口袋公园”装满民生温度', '晓 言', '城市建设既要有地标，也要有细节，让城市更有温度。', '“指尖上的形式主义”要不得', '漫画 李梅',
        '文明养犬从我做起', '本报讯（记者 王磊）近日，城区开展文明养犬宣传。', '漫画：张三'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.photographers, a.paragraphs])).toEqual([
      ['“口袋公园”装满民生温度', ['晓言'], [], ['城市建设既要有地标，也要有细节，让城市更有温度。']],
      ['“指尖上的形式主义”要不得', [], ['李梅'], []],
      ['文明养犬从我做起', [], ['张三'], ['近日，城区开展文明养犬宣传。']],
    ]);
  });
});

describe('a fourth archivist’s pages', () => {
  it('reads a closing credit in lenticular or square brackets as the story’s credit, on its line or after the last sentence', () => {
    const { articles } = ingestText({
      '01.txt': page('县图书馆举办读书分享会', '3月10日，县图书馆举办读书分享会。', '【记者 孙悦】', '双河街道开展矛盾纠纷排查', '近日，双河街道化解纠纷50件。[记者 王磊]',
        '县里召开会议', '3月14日，县里召开会议。【通讯员 陈静】'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['县图书馆举办读书分享会', ['孙悦'], [], ['3月10日，县图书馆举办读书分享会。']],
      ['双河街道开展矛盾纠纷排查', ['王磊'], [], ['近日，双河街道化解纠纷50件。']],
      ['县里召开会议', [], ['陈静'], ['3月14日，县里召开会议。']],
    ]);
  });

  it('keeps a brief’s correspondent a correspondent when the brief names them again in brackets at its end, and credits a new name there', () => {
    const { articles } = ingestText({
      '03.txt': page('区司法局开展宪法宣传周活动', '本报讯（通讯员 唐敏）12月4日是国家宪法日，区司法局开展宣传活动。', '活动期间，共解答群众法律咨询300余人次。（唐敏）',
        '县医院开展义诊', '本报讯（通讯员 林洁）5月16日，县医院开展义诊活动。', '活动共服务群众200余人次。（林洁 何东）'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.credits])).toEqual([
      ['区司法局开展宪法宣传周活动', [], ['唐敏'], ['本报讯（通讯员 唐敏）', '（唐敏）']],
      ['县医院开展义诊', ['何东'], ['林洁'], ['本报讯（通讯员 林洁）', '（林洁 何东）']],
    ]);
  });

  it('reads a letter’s salutation as its first line, not a kicker, so the letter keeps its title and author', () => {
    const { articles } = ingestText({
      '06.txt': page('县里召开会议', '本报讯（记者 王磊）3月14日，县里召开会议。', '春天的信', '□ 张晓燕', '亲爱的女儿：', '见字如面。窗外的桃花开了。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.authors, a.paragraphs])).toEqual([
      ['县里召开会议', ['王磊'], [], ['3月14日，县里召开会议。']],
      ['春天的信', [], ['张晓燕'], ['亲爱的女儿：', '见字如面。窗外的桃花开了。']],
    ]);
  });

  it('reads a speech: its date in brackets, its speaker after their post, and 同志们： as its first lines', () => {
    const { articles, warnings } = ingestText({
      '02.txt': page('在全县优化营商环境大会上的讲话', '（2024年3月10日）', '县委书记 刘建国', '同志们：', '今天，我们召开全县优化营商环境大会。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.byline, a.authors, a.paragraphs])).toEqual([
      ['在全县优化营商环境大会上的讲话', null, '县委书记 刘建国', ['刘建国'], ['（2024年3月10日）', '同志们：', '今天，我们召开全县优化营商环境大会。']],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps a table’s header and rows as lines of their own: a standings box between stories, scores inside a report', () => {
    const { articles } = ingestText({
      '05.txt': page('积分榜（前四名）', '名次 球队 胜 平 负 积分', '1 清江镇队 3 0 0 9', '2 昌元街道队 2 1 0 7', '县“村超”第三轮战罢',
        '本报讯（记者 罗杰）3月10日，第三轮比赛举行。', '清江镇队 3∶1 吴家镇队', '盘龙镇队 2∶2 河包镇队', '目前，清江镇队暂列榜首。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs])).toEqual([
      [null, '积分榜（前四名）', null, ['名次 球队 胜 平 负 积分', '1 清江镇队 3 0 0 9', '2 昌元街道队 2 1 0 7']],
      [null, '县“村超”第三轮战罢', null, ['3月10日，第三轮比赛举行。', '清江镇队 3∶1 吴家镇队', '盘龙镇队 2∶2 河包镇队', '目前，清江镇队暂列榜首。']],
    ]);
  });

  it('keeps rows of words in the story they follow (a clinic’s schedule), not as slogans, and a credit torn inside its bracket joined', () => {
    const { articles, pages } = ingestText({
      '08.txt': page('县人民医院专家门诊一览', '本报讯（记者 刘芳）县人民医院公布下周专家门诊安排。', '周一上午 心内科 王红 主任医师', '周二全天 骨科 李强 主任医师',
        '城区新建三座口袋公园', '本报讯（记者 张丽 通讯\n员 黄海）近日，城区新建的三座口袋公园建成开放。'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['县人民医院公布下周专家门诊安排。', '周一上午 心内科 王红 主任医师', '周二全天 骨科 李强 主任医师'],
      // The torn credit is read as one line (torn-datelines.ts), not parted as a row.
      ['近日，城区新建的三座口袋公园建成开放。'],
    ]);
    expect(articles[1]).toMatchObject({ byline: '本报讯（记者 张丽 通讯员 黄海）', reporters: ['张丽'], correspondents: ['黄海'] });
    expect(pages[0]!.furniture).toEqual([]);
  });

  it('ends an advertisement at its telephone number with whom to ask for, and a piece at its recommender; reads a sponsor as a kicker', () => {
    const { articles } = ingestText({
      '08.txt': page('驾校招生', '咨询热线：13883451234 王教练', '房屋出租', '城区新华路临街门面一间，面积120平方米。', '联系电话：13996123456（张女士）',
        '刻苦钻研的“小发明家”', '县实验中学初二（5）班 李浩然', '李浩然获得发明专利2项。', '推荐人：班主任 陈老师', '热心公益的“小雷锋”', '王雨欣坚持参加志愿服务三年。',
        '县税务局 主办', '税企直通车开进产业园', '本报讯（通讯员 王芳）3月28日，“税企直通车”开进县高新区。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '驾校招生', ['咨询热线：13883451234 王教练']],
      [null, '房屋出租', ['城区新华路临街门面一间，面积120平方米。', '联系电话：13996123456（张女士）']],
      [null, '刻苦钻研的“小发明家”', ['李浩然获得发明专利2项。', '推荐人：班主任 陈老师']],
      [null, '热心公益的“小雷锋”', ['王雨欣坚持参加志愿服务三年。']],
      ['县税务局 主办', '税企直通车开进产业园', ['3月28日，“税企直通车”开进县高新区。']],
    ]);
  });

  it('reads a letter’s title that asks over its salutation as its headline, and a place and a name after it as its signature', () => {
    const { articles, warnings } = ingestText({
      '05.txt': page('老旧小区加装电梯难在哪？', '编辑同志：', '我家住在昌元街道某小区，楼房没有电梯。', '昌元街道 张大爷', '部门回复', '张大爷：', '您好！来信收悉。',
        '儿童近视防控要趁早', '清江镇双龙村 张德明', '家长应从小培养孩子良好的用眼习惯。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.authors, a.paragraphs])).toEqual([
      [null, '老旧小区加装电梯难在哪？', [], ['编辑同志：', '我家住在昌元街道某小区，楼房没有电梯。', '昌元街道 张大爷']],
      [null, '部门回复', [], ['张大爷：', '您好！来信收悉。']],
      [null, '儿童近视防控要趁早', ['张德明'], ['家长应从小培养孩子良好的用眼习惯。']],
    ]);
    expect(warnings).toEqual([]);
  });

  it('numbers a page by 第3版 alone at its top, over its running head or without one', () => {
    const { articles } = ingestText({
      '2024-03-15/01.txt': page('第3版', '2024年3月15日  星期五  责任编辑：刘小华', '县交通局开展道路安全隐患排查', '本报讯（通讯员 黄琴）近日，县交通局开展排查整治。'),
      '2024-03-15/02.txt': page('第4版', '仁义镇新建高标准农田', '本报讯（记者 李娜）今年以来，仁义镇新建高标准农田1.2万亩。'),
    });
    expect(articles.map((a) => [a.headline, a.page, a.date])).toEqual([
      ['县交通局开展道路安全隐患排查', 3, '2024-03-15'], ['仁义镇新建高标准农田', 4, '2024-03-15'],
    ]);
  });

  it('keeps a list’s items after the clause that introduces them, and a short label with its value, as lines of their own', () => {
    const { articles } = ingestText({
      '02.txt': page('春季养肝正当时', '本报记者 刘芳', '坐诊时间：每周二、周四上午', '春季万物复苏，也是养肝护肝的好时节。',
        '县住建委启动老旧小区改造', '本报讯（通讯员 黄琴）近日，县住建委启动老旧小区改造工作。改造内容包括：', '1.屋面防水、外墙保温；', '2.小区道路、停车位改造。'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['坐诊时间：每周二、周四上午', '春季万物复苏，也是养肝护肝的好时节。'],
      ['近日，县住建委启动老旧小区改造工作。改造内容包括：', '1.屋面防水、外墙保温；', '2.小区道路、停车位改造。'],
    ]);
  });

  it('drops the mark OCR reads as 口 or I before a headline', () => {
    const { articles } = ingestText({
      '02.txt': page('口 县首个“口袋公园”建成开放', '本报讯（记者 陈晨）近日，县首个“口袋公园”建成开放。', 'I 县城管局开展占道经营整治', '本报讯（通讯员 陈静）3月12日，县城管局开展整治。'),
    });
    expect(articles.map((a) => a.headline)).toEqual(['县首个“口袋公园”建成开放', '县城管局开展占道经营整治']);
    // Glued to the headline (also read as 〇), before a word no title starts with 口; a title that starts with the word 口 keeps it.
    const glued = ingestText({
      '02.txt': page('口县妇幼保健院开展“母亲节”义诊', '本报讯（通讯员 张颖）4月16日，县妇幼保健院开展义诊活动。', '口腔健康从儿童抓起', '本报讯（记者 李娜）近日，县人民医院开展口腔健康宣传。',
        '〇县委书记调研乡村振兴工作', '本报讯(记者 周宇)5月6日，县委书记到青龙镇调研。'),
    });
    expect(glued.articles.map((a) => a.headline)).toEqual(['县妇幼保健院开展“母亲节”义诊', '口腔健康从儿童抓起', '县委书记调研乡村振兴工作']);
  });

  it('reads a name alone under a work titled with its kind (梅花图（国画）) as its artist, and the work as a piece of its own', () => {
    const { articles } = ingestText({ '06.txt': page('梅花图（国画）', '刘德厚', '春天的信', '□ 张晓燕', '窗外的桃花开了。') });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.authors, a.paragraphs])).toEqual([
      [null, '梅花图（国画）', null, ['刘德厚'], []],
      [null, '春天的信', null, ['张晓燕'], ['窗外的桃花开了。']],
    ]);
  });

  it('reads 本报评论员文章 over a title as that piece’s byline, after a story or at the page’s top', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('我县与6家企业签约', '本报讯（记者 陈晨）3月13日，我县与6家企业签约。', '本报评论员文章', '抓住春天 实干争先', '春天是播种的季节。'),
      '02.txt': page('本报评论员文章', '让实干成为鲜明导向', '实干才能出实绩。'),
    });
    expect(articles.map((a) => [a.headline, a.byline, a.paragraphs])).toEqual([
      ['我县与6家企业签约', '本报讯（记者 陈晨）', ['3月13日，我县与6家企业签约。']],
      ['抓住春天 实干争先', '本报评论员文章', ['春天是播种的季节。']],
      ['让实干成为鲜明导向', '本报评论员文章', ['实干才能出实绩。']],
    ]);
    // Not a credit standing before any story on the second page.
    expect(warnings).toEqual([]);
  });

  it('reads a weekend’s forecast, a line a day, and who issued it as the weather box', () => {
    const { articles, pages } = ingestText({
      '08.txt': page('周末天气', '周六（3月16日）：小雨转阴，11℃～16℃', '周日（3月17日）：阴转多云，12℃～19℃', '县气象台 发布', '县残联为残疾人适配辅具', '本报讯（记者 刘芳）3月13日，县残联为100名残疾人适配辅具。'),
    });
    expect(articles.map((a) => a.headline)).toEqual(['县残联为残疾人适配辅具']);
    expect(pages[0]!.furniture.map((f) => f.reason)).toEqual(['weather', 'weather', 'weather', 'weather']);
  });

  it('reads a credit with the place reported from (记者陈冠霖／金宁报道), opening a lead in 【】 or on its own line, in either script', () => {
    const { articles } = ingestText({
      '01.txt': page('金寧鄉辦理春季淨灘', '【記者陳冠霖／金寧報導】金寧鄉公所十四日上午號召志工一百餘人進行淨灘。', '烈嶼鄉長者共餐 溫暖送到家', '記者許加泰／烈嶼報導', '烈嶼鄉衛生所每週三辦理長者共餐活動。'),
      '02.txt': page('金宁乡开展春季净滩', '【记者陈冠霖／金宁报道】金宁乡十四日上午号召志愿者进行净滩。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.reporters, a.paragraphs])).toEqual([
      ['金寧鄉辦理春季淨灘', null, ['陳冠霖'], ['金寧鄉公所十四日上午號召志工一百餘人進行淨灘。']],
      ['烈嶼鄉長者共餐 溫暖送到家', null, ['許加泰'], ['烈嶼鄉衛生所每週三辦理長者共餐活動。']],
      ['金宁乡开展春季净滩', null, ['陈冠霖'], ['金宁乡十四日上午号召志愿者进行净滩。']],
    ]);
  });

  it('reads more forms of a jump: 转第二版 after the last sentence, （未完，下转第2版）, （转第2版·要闻）, ▲上接第1版', () => {
    const { articles } = ingestText({
      '2024-04-19/01.txt': page('荣昌报 2024年4月19日 星期五 第1版 要闻', '高新区新签约项目12个', '本报讯（记者 陈晨）4月17日，12个项目现场签约。转第二版',
        '县政府召开常务会议', '本报讯（记者 王晓明）4月17日，县政府召开常务会议。（未完，下转第2版）', '我县举办美食节', '本报讯（记者 杨丽）4月16日，美食节开幕。（转第2版·要闻）'),
      '2024-04-19/02.txt': page('荣昌报 2024年4月19日 星期五 第2版 综合', '县人大开展执法检查', '本报讯（记者 张丽）4月17日，县人大开展执法检查。', '▲上接第1版', '签约仪式上，管委会负责人介绍了园区政策。'),
    });
    expect(articles.map((a) => [a.headline, a.continuesTo?.page ?? null, a.paragraphs])).toEqual([
      ['高新区新签约项目12个', null, ['4月17日，12个项目现场签约。', '签约仪式上，管委会负责人介绍了园区政策。']],
      ['县政府召开常务会议', 2, ['4月17日，县政府召开常务会议。']],
      ['我县举办美食节', 2, ['4月16日，美食节开幕。']],
      ['县人大开展执法检查', null, ['4月17日，县人大开展执法检查。']],
    ]);
  });

  it('reads a headline that asks or exclaims in two phrases (儿童发热，什么时候需要去医院？) over its byline as one headline', () => {
    const { articles } = ingestText({
      '05.txt': page('儿童发热，什么时候需要去医院？', '本报记者 赵敏', '孩子发热是家长最常遇到的问题之一。', '好样的，荣昌姑娘！', '本报讯（记者 罗杰）3月10日，我县选手刘雨夺得冠军。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.paragraphs])).toEqual([
      ['儿童发热，什么时候需要去医院？', ['赵敏'], ['孩子发热是家长最常遇到的问题之一。']],
      ['好样的，荣昌姑娘！', ['罗杰'], ['3月10日，我县选手刘雨夺得冠军。']],
    ]);
  });

  it('keeps a quotation’s speaker under it (——县人大代表… 王建华) as a line of its text, not the next story’s headline', () => {
    const { articles } = ingestText({
      '02.txt': page('代表委员话发展', '“今年，我们村将继续做大柑橘产业。”', '——县人大代表、清江镇双龙村党委书记 张德明', '“希望在老旧小区改造中多听听老百姓的意见。”',
        '——县人大代表、昌元街道居民 王建华', '代表建议办理进行时', '本报讯（记者 张丽）今年县人代会期间，代表共提出建议186件。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['代表委员话发展', null, ['“今年，我们村将继续做大柑橘产业。”', '——县人大代表、清江镇双龙村党委书记 张德明', '“希望在老旧小区改造中多听听老百姓的意见。”', '——县人大代表、昌元街道居民 王建华']],
      ['代表建议办理进行时', null, ['今年县人代会期间，代表共提出建议186件。']],
    ]);
  });

  it('reads a guide’s entries with the page first after a bullet (▶ 2版 …) as the guide’s, not a story’s titles', () => {
    const { articles, pages } = ingestText({
      '2024-04-12/01.txt': page('荣昌报 2024年4月12日 星期五 第1版 要闻', '今日导读', '▶ 2版 我县一季度地区生产总值增长6.8%', '▶ 5版 县实验小学举办科技节',
        '县委常委会召开会议', '本报讯（记者 王晓明）4月11日，县委常委会召开会议。'),
    });
    expect(articles.map((a) => a.headline)).toEqual(['县委常委会召开会议']);
    expect(pages[0]!.furniture.map((f) => f.reason)).toEqual(['page-header', 'column-label', 'guide', 'guide']);
  });

  it('reads a headline that asks over a unit and a name (县妇幼保健院儿科 赵敏) as the headline, and them as its byline', () => {
    const { articles, warnings } = ingestText({
      '05.txt': page('儿童发热，什么时候需要去医院？', '县妇幼保健院儿科 赵敏', '孩子发热是家长最常遇到的问题之一。', '健康科普', '春天总犯困，是病吗？', '县中医院 王建民', '春困是季节交替时的正常现象。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.authors, a.paragraphs])).toEqual([
      [null, '儿童发热，什么时候需要去医院？', ['赵敏'], ['孩子发热是家长最常遇到的问题之一。']],
      ['健康科普', '春天总犯困，是病吗？', ['王建民'], ['春困是季节交替时的正常现象。']],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps a title under a part’s label (记者观察 / 数字化转型要“量体裁衣”) as a subhead, apart from the text under it', () => {
    const { articles } = ingestText({
      '02.txt': page('“陶瓷产业大脑”上线', '本报讯（记者 陈晨）4月16日，“陶瓷产业大脑”上线运行。', '记者观察', '数字化转型要“量体裁衣”', '陶瓷产业是我县的传统支柱产业。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['“陶瓷产业大脑”上线', ['4月16日，“陶瓷产业大脑”上线运行。', '记者观察', '数字化转型要“量体裁衣”', '陶瓷产业是我县的传统支柱产业。'], [1, 2]],
    ]);
  });

  it('reads a name alone behind a subhead’s mark under a title (■ 吴桐) as the piece’s author, not a subhead', () => {
    const { articles } = ingestText({ '06.txt': page('最后一班车', '■ 吴桐', '末班车晚点了二十分钟。', '■ 高考', '考生们走进考场。') });
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs, a.subheads])).toEqual([
      // A subhead in the text stays one, whatever it looks like.
      ['最后一班车', ['吴桐'], ['末班车晚点了二十分钟。', '■ 高考', '考生们走进考场。'], [1]],
    ]);
  });

  it('keeps a box’s fields and directory lines (民生热线, 便民电话) in the box, and the title after them heads the next story', () => {
    const { articles } = ingestText({
      '08.txt': page('民生热线', '本报民生热线：023-46722345', '微信公众号：荣昌发布', '小区路灯亮了', '“晚上出门终于不用摸黑了。”王阿姨高兴地说。',
        '便民电话', '县政务服务热线 12345', '县供电服务热线 95598', '城区限行', '3月18日至3月22日，城区尾号限行。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['民生热线', null, ['本报民生热线：023-46722345', '微信公众号：荣昌发布']],
      ['小区路灯亮了', null, ['“晚上出门终于不用摸黑了。”王阿姨高兴地说。']],
      ['便民电话', null, ['县政务服务热线 12345', '县供电服务热线 95598']],
      ['城区限行', null, ['3月18日至3月22日，城区尾号限行。']],
    ]);
  });

  it('keeps a price list’s lines and a schedule’s rows (a day and a time of day) under their title, and 奋进 2024 a headline', () => {
    const { articles } = ingestText({
      '08.txt': page('成品油价格', '92号汽油 7.78元/升', '95号汽油 8.29元/升', '活动日程', '4月20日 上午9:30 开幕式（安陶小镇主广场）',
        '4月20日—22日 全国陶艺创作大赛（荣昌陶博物馆）', '4月27日 晚上7:30 “窑火之夜”文艺晚会', '奋进 2024', '本报讯（记者 王磊）新年伊始，全县上下干劲十足。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '成品油价格', ['92号汽油 7.78元/升', '95号汽油 8.29元/升']],
      [null, '活动日程', ['4月20日 上午9:30 开幕式（安陶小镇主广场）', '4月20日—22日 全国陶艺创作大赛（荣昌陶博物馆）', '4月27日 晚上7:30 “窑火之夜”文艺晚会']],
      [null, '奋进 2024', ['新年伊始，全县上下干劲十足。']],
    ]);
  });

  it('keeps the first line of a jump’s tail, torn into the next or holding a comma, as text, not as its headline printed again', () => {
    const { articles } = ingestText({
      '2024-05-17/01.txt': page('铜梁报 2024年5月17日 星期五 第1版 要闻', '区政府召开常务会议', '本报讯(融媒体记者 陈小兵)5月16日,区政府召开常务会议,研究防汛减灾等工作。(下转第2版)'),
      '2024-05-17/02.txt': page('铜梁报 2024年5月17日 星期五 第2版 综合', '(上接第1版)\n会议强调,要扎实做好防汛减灾工作,加强汛期值班值守和\n隐患排查,确保人民群众生命财产安全。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['区政府召开常务会议', ['5月16日,区政府召开常务会议,研究防汛减灾等工作。', '会议强调,要扎实做好防汛减灾工作,加强汛期值班值守和隐患排查,确保人民群众生命财产安全。']],
    ]);
  });

  it('reads 丨 before a name under a title as an author’s mark, a resident’s signature, and a forecast for today with its wind', () => {
    const { articles, pages } = ingestText({
      '06.txt': page('“旅游日”不只一天', '丨张晓梅', '景区免费开放，让市民游客得到了实惠。', '小区门口的路灯何时能修好？', '编辑同志：', '小区门口的路灯坏了一个多月。', '荣华社区居民 王大爷',
        '天气预报', '今天：多云转小雨 19℃～27℃ 偏北风2级'),
    });
    expect(articles.map((a) => [a.headline, a.authors, a.paragraphs])).toEqual([
      ['“旅游日”不只一天', ['张晓梅'], ['景区免费开放，让市民游客得到了实惠。']],
      ['小区门口的路灯何时能修好？', [], ['编辑同志：', '小区门口的路灯坏了一个多月。', '荣华社区居民 王大爷']],
    ]);
    expect(pages[0]!.furniture.map((f) => f.reason)).toEqual(['weather', 'weather']);
  });

  it('ends a caption at its photographer’s credit, so the paragraph under it in its block stays text; rows of words right under a title stay its', () => {
    const { articles, pages } = ingestText({
      '02.txt': page('“铜梁造”汽车零部件跑出发展加速度\n本报讯(通讯员 王海)今年一季度,我区汽车零部件产业实现产值42.6亿元。\n图为工人在生产线上作业。 通讯员 王海 摄\n    “今年的订单排到了8月份。”公司\n负责人介绍。',
        '区人民医院专家坐诊安排\n周一上午 心内科 王红 主任医师\n周二上午 消化内科 李军 副主任医师'),
    });
    expect(articles.map((a) => [a.headline, a.photographers, a.paragraphs, a.captions])).toEqual([
      ['“铜梁造”汽车零部件跑出发展加速度', ['王海'], ['今年一季度,我区汽车零部件产业实现产值42.6亿元。', '“今年的订单排到了8月份。”公司负责人介绍。'], ['图为工人在生产线上作业。 通讯员 王海 摄']],
      ['区人民医院专家坐诊安排', [], ['周一上午 心内科 王红 主任医师', '周二上午 消化内科 李军 副主任医师'], []],
    ]);
    expect(pages[0]!.furniture).toEqual([]);
  });

  it('starts a notice at a kicker ending in a colon over its headline after a story, but not at a clause over a list; reads ■本报评论员 over the first headline as its byline', () => {
    const { articles } = ingestText({
      '04.txt': page('异地就医备案怎么办？', '本报记者 郑光慧', '答：备案后，报销比例降低10个百分点。', '区消防救援支队提醒：', '夏季用电高峰 这些安全隐患要当心', '◆ 不要私拉乱接电线；',
        '医保开始缴费', '本报讯（记者 何静）2024年度医保集中缴费工作开始。', '缴费方式主要有以下几种：', '（1）微信缴费', '（2）支付宝缴费'),
      '06.txt': page('■本报评论员', '以更实举措推进城市更新', '城市更新，既关乎城市发展“面子”，更关乎群众生活“里子”。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.byline])).toEqual([
      [null, '异地就医备案怎么办？', '本报记者 郑光慧'],
      ['区消防救援支队提醒', '夏季用电高峰 这些安全隐患要当心', null],
      [null, '医保开始缴费', '本报讯（记者 何静）'],
      [null, '以更实举措推进城市更新', '■本报评论员'],
    ]);
    expect(articles[2]!.paragraphs.join('')).toContain('（1）微信缴费');
  });

  it('reads a unit’s name over a title as its kicker, and an editor’s note under a column’s title as that title’s text', () => {
    const { articles } = ingestText({
      '06.txt': page('学习贯彻全国两会精神', '编者按：本报今起开设专栏，展示各部门的学习贯彻情况。', '县发展改革委', '坚持项目为王 扩大有效投资',
        '县发展改革委党组书记、主任 陈建华', '全国两会对扩大有效投资作出部署。', '重庆市荣昌区公安局', '关于开展危险物品集中收缴工作的通告', '为维护社会治安秩序，决定开展危险物品集中收缴工作。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.authors, a.paragraphs])).toEqual([
      [null, '学习贯彻全国两会精神', null, [], ['编者按：本报今起开设专栏，展示各部门的学习贯彻情况。']],
      ['县发展改革委', '坚持项目为王 扩大有效投资', null, ['陈建华'], ['全国两会对扩大有效投资作出部署。']],
      ['重庆市荣昌区公安局', '关于开展危险物品集中收缴工作的通告', null, [], ['为维护社会治安秩序，决定开展危险物品集中收缴工作。']],
    ]);
  });
  it('reads a phrase over a picture’s credit inside a story as the picture’s caption, with the credit on its line or not, and the story goes on', () => {
    const head = ['我区举办夏布织造技艺培训班', '本报讯(融媒体中心记者 黄蕾)走进颜坤吉位于盘龙镇的夏布作坊,织布声不绝于耳。'];
    const rest = '如今,颜坤吉的夏布作品远销韩国、日本等地。';
    const read = (...picture: string[]) => ingestText({ '02.txt': page(...head, ...picture, rest) }).articles.map((a) => [a.headline, a.photographers, a.captions, a.paragraphs]);
    const whole = (caption: string, photographers: string[]) => [['我区举办夏布织造技艺培训班', photographers, [caption], ['走进颜坤吉位于盘龙镇的夏布作坊,织布声不绝于耳。', rest]]];
    expect(read('颜坤吉在作坊里织夏布', '黄蕾 摄')).toEqual(whole('颜坤吉在作坊里织夏布', ['黄蕾']));
    expect(read('颜坤吉在作坊里织夏布\n黄蕾 摄')).toEqual(whole('颜坤吉在作坊里织夏布', ['黄蕾']));
    expect(read('颜坤吉在作坊里织夏布 黄蕾 摄')).toEqual(whole('颜坤吉在作坊里织夏布 黄蕾 摄', ['黄蕾']));
    // A picture from the paper's archive credits nobody: no byline of a story under its caption.
    expect(read('颜坤吉的夏布作坊', '（本报资料图）')).toEqual(whole('颜坤吉的夏布作坊', []));
  });
  it('reads a phrase over a picture’s credit after a story’s last line, or its jump, as the story’s caption, not a paragraph nor a headline', () => {
    const story = ['区第十九届人民代表大会第四次会议胜利闭幕', '本报讯(融媒体中心记者 杨丽丹)3月14日上午,区第十九届人民代表大会第四次会议胜利闭幕。'];
    const read = (...rest: string[]) => ingestText({ '01.txt': page(...story, ...rest) }).articles.map((a) => [a.headline, a.photographers, a.captions, a.paragraphs.length]);
    expect(read('在随后举行的区人大常委会会议上,(下转第2版)', '大会会场', '融媒体中心记者 张雪 摄')).toEqual([[story[0], ['张雪'], ['大会会场'], 2]]);
    expect(read('会议现场', '融媒体中心记者 张雪 摄', '荣昌猪入选国家级保护名录', '本报讯(融媒体中心记者 张泽美)近日,荣昌猪入选国家级畜禽遗传资源保护名录。')).toEqual([
      [story[0], ['张雪'], ['会议现场'], 1],
      ['荣昌猪入选国家级保护名录', [], [], 1],
    ]);
  });
  it('reads an interview’s label inside a profile, over its first turn, as the profile’s subhead, not an article headlined 对话', () => {
    const { articles } = ingestText({
      '04.txt': page('守护夏布的“老手艺人”', '融媒体中心记者 黄蕾', '如今,颜坤吉已带出徒弟100余人。', '对话', '记者:现在年轻人愿意学这门手艺吗?', '颜坤吉:比以前多了。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['守护夏布的“老手艺人”', ['如今,颜坤吉已带出徒弟100余人。', '对话', '记者:现在年轻人愿意学这门手艺吗?', '颜坤吉:比以前多了。'], [1]],
    ]);
  });
  it('joins a document’s title set on two lines after 关于, in one block or two, into one headline', () => {
    const read = (...title: string[]) => ingestText({ '05.txt': page(...title, '因施工需要,对昌州大道实行半幅封闭施工。', '特此通告。') }).articles.map((a) => [a.kicker, a.headline, a.subheadline]);
    const joined = [[null, '关于荣昌区昌州大道部分路段临时交通管制的通告', null]];
    expect(read('关于荣昌区昌州大道部分路段\n临时交通管制的通告')).toEqual(joined);
    expect(read('关于荣昌区昌州大道部分路段', '临时交通管制的通告')).toEqual(joined);
    // A whole document's title keeps a line under it that names no document's kind.
    expect(read('关于临时交通管制的通告', '昌州大道半幅封闭施工')).toEqual([[null, '关于临时交通管制的通告', '昌州大道半幅封闭施工']]);
  });
  it('reads a phrase between a story’s whole paragraphs as its picture’s caption when the credit at the story’s end names its writer, and a picture on another subject as its own', () => {
    const story = ['荣昌卤鹅亮相成渝美食节', '本报讯(融媒体中心记者 张丹 通讯员 何晓燕)3月10日,成渝地区美食文化节在成都开幕,荣昌卤鹅等特色美食集中亮相。'];
    const read = (...rest: string[]) => ingestText({ '01.txt': page(...story, ...rest) }).articles.map((a) => [a.headline, a.photographers, a.captions, a.paragraphs.length]);
    expect(read('荣昌卤鹅展位前排起长队', '据了解,本次美食节为期5天,现场销售额突破30万元。', '融媒体中心记者 张丹摄')).toEqual([[story[0], ['张丹'], ['荣昌卤鹅展位前排起长队'], 2]]);
    expect(read('春耕正忙', '3月14日,清江镇村民在田间插秧。', '融媒体中心记者 张丹 摄')).toEqual([[story[0], [], [], 1], ['春耕正忙', ['张丹'], [], 1]]);
  });
});

