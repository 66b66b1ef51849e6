// A county paper's special issues and the documents it prints whole (the review of 2026-12-01, session 27): a
// presidium's list of names, a commendation's lists of units and people, the resolutions and notices of one meeting,
// a report's speaker, and a special issue's label over the front page's titles.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('an official list of names', () => {
  it('keeps a presidium’s list whole, its two-character names padded to three, with its secretary-general, and the next story keeps its headline', () => {
    const { articles } = ingestText({
      '04.txt': page('区十九届人大四次会议主席团成员名单', '(按姓氏笔画为序)',
        '于 洋 马晓波 王 芳 王建明 邓 华 刘国华 刘 静\n李晓东 李德伟 杨丽萍 何建军 张秀英 陈志刚 罗文斌\n周永平 赵 敏 黄德明 曾祥林 谢春燕 熊 伟',
        '秘书长:罗文斌', '区十九届人大四次会议胜利闭幕', '本报讯(融媒体中心记者 杨丽丹)1月11日下午,重庆市荣昌区第十九届人民代表大会第四次会议胜利闭幕。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs, a.reporters])).toEqual([
      [null, '区十九届人大四次会议主席团成员名单', null, ['(按姓氏笔画为序)', '于 洋 马晓波 王 芳 王建明 邓 华 刘国华 刘 静', '李晓东 李德伟 杨丽萍 何建军 张秀英 陈志刚 罗文斌', '周永平 赵 敏 黄德明 曾祥林 谢春燕 熊 伟', '秘书长:罗文斌'], []],
      [null, '区十九届人大四次会议胜利闭幕', null, ['1月11日下午,重庆市荣昌区第十九届人民代表大会第四次会议胜利闭幕。'], ['杨丽丹']],
    ]);
  });
  it('reads a list of padded names alone under its heading as the heading’s text, in full-width spaces too', () => {
    const { articles } = ingestText({
      '04.txt': page('先进个人（50名）', '王晓明　刘　芳　陈建国　张　燕　李德华　赵　强　周小兵　黄晓琴', '杨　帆　罗志刚　吴海燕　郑光明　孙　伟　何　军　曾小平　谢　勇'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.length])).toEqual([[null, '先进个人（50名）', null, 2]]);
  });
});

describe('a commendation’s lists of units and people', () => {
  const heading = ['2023年度全区高质量发展先进集体和先进个人名单', '一、先进集体（20个）'];
  it('keeps each unit printed alone a line of the list, never run together', () => {
    const { articles } = ingestText({
      '02.txt': page(...heading, '区发展改革委', '区财政局', '昌州街道', '盘龙镇', '重庆荣昌高新技术产业开发区管委会', '二、先进个人（50名）', '王晓明 区发展改革委综合科科长'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([[
      '一、先进集体（20个）', '区发展改革委', '区财政局', '昌州街道', '盘龙镇', '重庆荣昌高新技术产业开发区管委会', '二、先进个人（50名）', '王晓明 区发展改革委综合科科长',
    ]]);
  });
  it('keeps rows of units spaced apart as the list’s text, not a slogan among the furniture', () => {
    const { articles, pages } = ingestText({
      '02.txt': page(...heading, '区发展改革委 区经济信息委 区财政局 区农业农村委', '昌州街道 昌元街道 广顺街道 安富街道 盘龙镇', '二、先进个人（50名）', '王晓明 区发展改革委综合科科长'),
    });
    expect(articles[0]!.paragraphs.slice(1, 3)).toEqual(['区发展改革委 区经济信息委 区财政局 区农业农村委', '昌州街道 昌元街道 广顺街道 安富街道 盘龙镇']);
    expect(pages[0]!.furniture.map((f) => f.text)).toEqual([]);
  });
  it('still reads a slogan of words of one length as a banner', () => {
    const { pages } = ingestText({ '02.txt': page('美丽乡村 和谐社区 平安校园 文明城市', '我区召开文明创建推进会', '本报讯(记者 黄晓)3月14日,我区召开文明创建推进会。') });
    expect(pages[0]!.furniture.map((f) => f.reason)).toEqual(['banner']);
  });
  it('reads each person’s row a line of one list, marked as a woman or not, in any post, in a block of its own or several to a block', () => {
    const rows = ['王晓明 区发展改革委综合科科长', '刘 芳（女） 区经济信息委工业发展科科长', '张 燕 区农业农村委畜牧发展科四级主任科员', '周 丽 区人民医院护士',
      '李德华 峰高街道新桥村村民', '孙 伟（女） 区公安局昌元派出所民警'];
    for (const blocks of [rows, [rows.join('\n')]]) {
      const { articles } = ingestText({ '02.txt': page('二、先进个人（50名）', ...blocks, '（其余44名略）') });
      expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([['二、先进个人（50名）', [...rows, '（其余44名略）']]]);
    }
  });
  it('reads a person with their place of work in brackets a line of the list', () => {
    const { articles } = ingestText({
      '02.txt': page('二、先进个人（50名）', '王晓明（区发展改革委综合科科长）', '刘 芳（女，区经济信息委工业发展科科长）', '陈建国（区财政局预算科科长）'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([['王晓明（区发展改革委综合科科长）', '刘 芳（女，区经济信息委工业发展科科长）', '陈建国（区财政局预算科科长）']]);
  });
});

describe('the documents of one meeting, printed one under another', () => {
  const meeting = '重庆市荣昌区第十九届人民代表大会第四次会议';
  const adopted = '(2024年1月11日重庆市荣昌区第十九届人民代表大会第四次会议通过)';
  it('reads each resolution an article of its own, the meeting its kicker, and keeps the meeting and the note of adoption in every one', () => {
    const { articles, pages } = ingestText({
      '05.txt': page(meeting, '关于政府工作报告的决议', adopted, '重庆市荣昌区第十九届人民代表大会第四次会议听取和审议了区长王建明所作的政府工作报告。会议同意报告。',
        meeting, '关于区人民法院工作报告的决议', adopted, '重庆市荣昌区第十九届人民代表大会第四次会议听取和审议了区人民法院院长所作的工作报告。会议批准这个报告。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs[0]])).toEqual([
      [meeting, '关于政府工作报告的决议', adopted],
      [meeting, '关于区人民法院工作报告的决议', adopted],
    ]);
    expect(pages[0]!.duplicates).toEqual([]);
  });
  it('keeps two numbered notices of the meeting apart, each with its title and its signature', () => {
    const notice = (no: string, text: string) => [`${meeting}公告`, `(第${no}号)`, text, '现予公告。', `${meeting}主席团`, '2024年1月11日'];
    const { articles } = ingestText({
      '06.txt': page(...notice('2', '重庆市荣昌区第十九届人民代表大会第四次会议于2024年1月11日补选:刘国华为区人民代表大会常务委员会副主任。'),
        ...notice('3', '重庆市荣昌区第十九届人民代表大会第四次会议于2024年1月11日选举:唐晓峰为区监察委员会主任。')),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs[0], a.paragraphs.at(-2), a.paragraphs.at(-1)])).toEqual([
      [`${meeting}公告`, '(第2号)', `${meeting}主席团`, '2024年1月11日'],
      [`${meeting}公告`, '(第3号)', `${meeting}主席团`, '2024年1月11日'],
    ]);
  });
});

describe('a special issue’s front page', () => {
  it('reads the special issue’s name under the masthead as the page’s section, and the lead story keeps its kicker, headline and subtitle', () => {
    const { articles } = ingestText({
      '01.txt': page('荣昌报', '2024年1月12日', '星期五', '第2537期 今日4版', '两会特刊', '全面贯彻党的二十大精神 奋力谱写中国式现代化荣昌篇章', '区十九届人大四次会议隆重开幕',
        '王建明作政府工作报告 陈志刚主持 李晓东 周永平等出席', '本报讯(融媒体中心记者 杨丽丹 廖国颖)1月10日上午,重庆市荣昌区第十九届人民代表大会第四次会议在区会议中心隆重开幕。'),
    }, { folder: '2024-01-12' });
    expect(articles.map((a) => [a.section, a.kicker, a.headline, a.subheadline, a.reporters])).toEqual([
      ['两会特刊', '全面贯彻党的二十大精神 奋力谱写中国式现代化荣昌篇章', '区十九届人大四次会议隆重开幕', '王建明作政府工作报告 陈志刚主持 李晓东 周永平等出席', ['杨丽丹', '廖国颖']],
    ]);
  });
  it('reads a literary supplement’s name alone over its first piece’s title as its banner, and a genre there as the piece’s kicker', () => {
    const read = (top: string, section = '副刊') => {
      const { articles, pages } = ingestText({
        '04.txt': page(`第4版 ${section} 2024年3月15日 星期五`, top, '春到荣昌', '□ 李明远', '三月的荣昌,海棠花开满了濑溪河两岸。',
          '母亲的菜园', '□ 王晓燕', '母亲的菜园不大,却种满了各种蔬菜。'),
      });
      return [articles.map((a) => [a.section, a.kicker, a.headline, a.authors]), pages[0]!.furniture.filter((f) => f.reason === 'banner').map((f) => f.text)];
    };
    const pieces = (kicker: string | null, section = '副刊') => [[section, kicker, '春到荣昌', ['李明远']], [section, null, '母亲的菜园', ['王晓燕']]];
    expect(read('海棠香国')).toEqual([pieces(null), ['海棠香国']]);
    expect(read('散文')).toEqual([pieces('散文'), []]);
    // On a news page, such a line over a headline is its kicker, as a column's name is.
    expect(read('海棠香国', '综合')[1]).toEqual([]);
    // Over a title and a dateline, news on that page, it is the story's own.
    const news = ingestText({ '04.txt': page('第4版 副刊 2024年3月15日 星期五', '书香荣昌', '我区举办全民阅读活动', '本报讯(记者 王刚)近日,我区举办全民阅读活动。') });
    expect(news.articles.map((a) => [a.kicker, a.headline])).toEqual([['书香荣昌', '我区举办全民阅读活动']]);
  });
  it('reads a guide’s entry for a report spread over two pages as the guide’s, not a headline', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('区政协十七届三次会议开幕', '本报讯(记者 张泽美)1月10日,区政协十七届三次会议开幕。', '导读', '政府工作报告 2、3版', '关于政府工作报告的决议 4版', '预算报告 2-3版'),
    });
    expect(articles.map((a) => a.headline)).toEqual(['区政协十七届三次会议开幕']);
    expect(pages[0]!.furniture.filter((f) => f.reason === 'guide').map((f) => f.text)).toEqual(['政府工作报告 2、3版', '关于政府工作报告的决议 4版', '预算报告 2-3版']);
  });
});

describe('a decision’s and an appointment list’s lines', () => {
  it('keeps each appointment and removal a line of its own, under the clause that introduces them', () => {
    const { articles } = ingestText({
      '01.txt': page('重庆市荣昌区人民代表大会常务委员会任免名单', '（2024年1月18日重庆市荣昌区第十九届人民代表大会常务委员会第十五次会议通过）', '任命：',
        '周建国为重庆市荣昌区发展和改革委员会主任；', '李 静为重庆市荣昌区教育委员会主任；', '孙晓燕为重庆市荣昌区人民法院审判员。', '免去：',
        '张志军的重庆市荣昌区发展和改革委员会主任职务；', '王 伟的重庆市荣昌区财政局局长职务。',
        '重庆市荣昌区第十九届人民代表大会第四次会议公告', '重庆市荣昌区第十九届人民代表大会第四次会议于2024年1月11日选举:',
        '刘国华为重庆市荣昌区人民代表大会常务委员会副主任;', '赵敏、何建军为重庆市荣昌区人民代表大会常务委员会委员;', '唐晓峰为重庆市荣昌区监察委员会主任。', '现予公告。'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['（2024年1月18日重庆市荣昌区第十九届人民代表大会常务委员会第十五次会议通过）', '任命：', '周建国为重庆市荣昌区发展和改革委员会主任；', '李 静为重庆市荣昌区教育委员会主任；',
        '孙晓燕为重庆市荣昌区人民法院审判员。', '免去：', '张志军的重庆市荣昌区发展和改革委员会主任职务；', '王 伟的重庆市荣昌区财政局局长职务。'],
      ['重庆市荣昌区第十九届人民代表大会第四次会议于2024年1月11日选举:', '刘国华为重庆市荣昌区人民代表大会常务委员会副主任;', '赵敏、何建军为重庆市荣昌区人民代表大会常务委员会委员;',
        '唐晓峰为重庆市荣昌区监察委员会主任。', '现予公告。'],
    ]);
    expect(articles.flatMap((a) => [...a.reporters, ...a.authors, ...a.correspondents])).toEqual([]);
  });
  it('keeps a decision’s addressees, its attachment’s line and its two signatures each a line, under one article', () => {
    const { articles } = ingestText({
      '02.txt': page('中共重庆市荣昌区委 重庆市荣昌区人民政府', '关于表彰2023年度全区高质量发展先进集体和先进个人的决定',
        '各镇党委、人民政府，各街道党工委、办事处，区委各部委，区级国家机关各部门，各人民团体：', '2023年，全区上下坚持稳中求进工作总基调，经济社会发展取得显著成效。',
        '希望受到表彰的先进集体和先进个人珍惜荣誉、再接再厉。', '附件：2023年度全区高质量发展先进集体和先进个人名单', '中共重庆市荣昌区委', '重庆市荣昌区人民政府', '2024年1月15日'),
      '03.txt': page('关于表彰2023年度优秀教师的决定', '各镇人民政府，各街道办事处，区级各部门：', '为表彰先进，区政府决定授予王晓明等50名同志“优秀教师”称号。',
        '中共重庆市荣昌区委', '重庆市荣昌区人民政府', '2024年1月15日'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['关于表彰2023年度全区高质量发展先进集体和先进个人的决定', ['各镇党委、人民政府，各街道党工委、办事处，区委各部委，区级国家机关各部门，各人民团体：',
        '2023年，全区上下坚持稳中求进工作总基调，经济社会发展取得显著成效。', '希望受到表彰的先进集体和先进个人珍惜荣誉、再接再厉。', '附件：2023年度全区高质量发展先进集体和先进个人名单',
        '中共重庆市荣昌区委', '重庆市荣昌区人民政府', '2024年1月15日']],
      ['关于表彰2023年度优秀教师的决定', ['各镇人民政府，各街道办事处，区级各部门：', '为表彰先进，区政府决定授予王晓明等50名同志“优秀教师”称号。', '中共重庆市荣昌区委', '重庆市荣昌区人民政府', '2024年1月15日']],
    ]);
  });
});

describe('a report printed whole', () => {
  it('credits the speaker named alone under the report’s date, over its first part’s number, as its author, in one article', () => {
    const { articles } = ingestText({
      '02.txt': page('以全面从严治党新成效保障荣昌高质量发展', '——在中国共产党重庆市荣昌区第十五届纪律检查委员会第四次全体会议上的工作报告', '(2024年1月23日)', '唐晓峰',
        '一、2023年工作回顾', '2023年,区纪委监委在区委和市纪委监委的坚强领导下,推动全面从严治党向纵深发展。', '(一)政治监督更加精准有力。', '围绕重大部署开展监督检查,发现并推动整改问题126个。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.authors, a.paragraphs[0], a.paragraphs.length])).toEqual([
      ['以全面从严治党新成效保障荣昌高质量发展', '在中国共产党重庆市荣昌区第十五届纪律检查委员会第四次全体会议上的工作报告', ['唐晓峰'], '(2024年1月23日)', 5],
    ]);
  });
});

describe('a picture’s caption over its photographer’s credit, a block each', () => {
  it('gives a caption after the lead story’s jump to that story, when it speaks of what the story does', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page('区十九届人大四次会议隆重开幕', '本报讯(融媒体中心记者 杨丽丹)1月10日上午,重庆市荣昌区第十九届人民代表大会第四次会议在区会议中心隆重开幕。',
        '大会号召,全区上下要奋力谱写中国式现代化荣昌篇章。(下转第2版)', '1月10日,区第十九届人民代表大会第四次会议隆重开幕。', '融媒体中心记者 张雪 摄',
        '区政协十七届三次会议开幕', '本报讯(融媒体中心记者 张泽美)1月9日,政协重庆市荣昌区第十七届委员会第三次会议开幕。'),
    });
    expect(articles.map((a) => [a.headline, a.captions, a.photographers, a.paragraphs.length])).toEqual([
      ['区十九届人大四次会议隆重开幕', ['1月10日,区第十九届人民代表大会第四次会议隆重开幕。'], ['张雪'], 2],
      ['区政协十七届三次会议开幕', [], [], 1],
    ]);
    // Page 2, where the lead story goes on, is not given: that is all there is to check.
    expect(warnings.map((w) => w.code)).toEqual(['jump-unanswered']);
  });
  it('reads a sentence that says who stands where in the picture, under a profile’s text, as its caption', () => {
    const { articles } = ingestText({
      '03.txt': page('刘德明：带着乡亲“猪”事顺', '区人大代表、重庆琪金食品有限公司董事长', '去年，他带动周边120余户农户发展生猪代养，户均增收3.5万元。',
        '刘德明（右）在养殖场查看生猪生长情况。', '融媒体中心记者 罗小红 文/图'),
    });
    expect(articles.map((a) => [a.paragraphs, a.captions, a.reporters, a.photographers])).toEqual([
      [['去年，他带动周边120余户农户发展生猪代养，户均增收3.5万元。'], ['刘德明（右）在养殖场查看生猪生长情况。'], ['罗小红'], ['罗小红']],
    ]);
  });
});

describe('a page of profiles', () => {
  it('starts a profile at its headline of the person’s name and what they do, after a profile that printed no credit', () => {
    const { articles } = ingestText({
      '06.txt': page('黄晓琴：把健康送到群众家门口', '区政协委员、区人民医院副院长', '“基层群众看病难，难在优质医疗资源下沉不够。”作为一名从医28年的医生，黄晓琴最关心的是基层医疗。',
        '近年来，她围绕医共体建设等提交提案11件。', '邱燕：返乡创业的“新农人”', '区政协委员、清江镇竹林村党支部书记', '2019年，邱燕辞去城里的工作回到家乡，流转土地600亩种植柑橘。', '（融媒体中心记者 杨丽丹）'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs.length, a.reporters])).toEqual([
      ['黄晓琴：把健康送到群众家门口', '区政协委员、区人民医院副院长', 2, []],
      ['邱燕：返乡创业的“新农人”', '区政协委员、清江镇竹林村党支部书记', 1, ['杨丽丹']],
    ]);
  });
});

// The review of ordinary pages against this file's rules (session 27): each form below has the shape of one, and
// was read as the rule reads it, until the rule asked for its context.
describe('forms on ordinary pages that only look like a special issue’s', () => {
  it('keeps an interview’s answers and a notice’s fields of a name’s or a field’s shape and a colon in their story', () => {
    const { articles } = ingestText({
      '05.txt': page('让群众在家门口看好病', '——访区卫生健康委主任张伟', '本报记者 刘洋', '今年是我区深化紧密型县域医共体建设的关键之年。', '记者：今年我区在基层医疗方面有哪些新举措？',
        '张伟：今年我们将重点推进紧密型县域医共体建设', '，让优质医疗资源下沉到镇村。', '记者：家庭医生签约服务进展如何？', '张伟：目前全区已组建家庭医生团队186个',
        '记者：下一步还有什么打算？', '张伟：我们将继续加强基层医疗人才队伍建设。',
        '区人社局举办春风行动专场招聘会', '本报讯（融媒体中心记者 张泽美）3月9日，区人力社保局举办招聘会。', '下一场招聘会将于3月23日举行。', '时间：3月23日上午9时', '地点：区人力资源市场'),
    });
    expect(articles.map((a) => a.headline)).toEqual(['让群众在家门口看好病', '区人社局举办春风行动专场招聘会']);
    expect(articles[0]!.paragraphs.filter((p) => p.startsWith('张伟：'))).toHaveLength(3);
    expect(articles[1]!.paragraphs.slice(-2)).toEqual(['时间：3月23日上午9时', '地点：区人力资源市场']);
  });
  it('reads a unit’s or a person’s shape in a title’s place as a title: two bodies over a headline, a two-phrase headline, a profile’s headline and kicker', () => {
    const { articles } = ingestText({
      '01.txt': page('区政府召开常务会议', '本报讯（记者 黄晓）3月14日，区政府召开常务会议。', '区人民医院 区中医院', '联合开展“健康义诊进乡村”活动',
        '本报讯（通讯员 陈静）3月12日，区人民医院、区中医院联合开展义诊活动。', '小茶园 变身致富园', '本报讯（记者 王磊）眼下正是采摘春茶的好时节。',
        '致敬最美基层干部', '村党支部书记：罗文斌', '扎根乡村二十年 带领群众奔富路', '融媒体中心记者 郑光慧', '罗文斌是远觉镇的村党支部书记。',
        '陈刚 昌元街道社区民警', '“社区的事就是我的事”', '融媒体中心记者 张丹', '陈刚在社区工作了十年。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.length])).toEqual([
      [null, '区政府召开常务会议', null, 1],
      ['区人民医院 区中医院', '联合开展“健康义诊进乡村”活动', null, 1],
      [null, '小茶园 变身致富园', null, 1],
      ['致敬最美基层干部', '村党支部书记：罗文斌', '扎根乡村二十年 带领群众奔富路', 1],
      [null, '陈刚 昌元街道社区民警', '“社区的事就是我的事”', 1],
    ]);
  });
  it('joins a paragraph torn before a unit’s name or a name followed by 的 or 为了, and after a sentence that asks of several bodies', () => {
    const { articles } = ingestText({
      '02.txt': page('我区开展学雷锋志愿服务活动', '本报讯（记者 黄晓）3月5日，我区开展学雷锋志愿服务活动。活动由区委宣传部、区文明办主办，', '区志愿服务联合会', '承办。',
        '近日，记者在盘龙镇大建村采访时了解到：', '张伟的合作社今年带动农户120户。', '会议要求，各镇街、各部门、各学校要高度重视，切实做到：', '一是压实责任；二是加强宣传。'),
    });
    expect(articles[0]!.paragraphs).toEqual(['3月5日，我区开展学雷锋志愿服务活动。活动由区委宣传部、区文明办主办，区志愿服务联合会承办。',
      '近日，记者在盘龙镇大建村采访时了解到：张伟的合作社今年带动农户120户。', '会议要求，各镇街、各部门、各学校要高度重视，切实做到：一是压实责任；二是加强宣传。']);
  });
  it('still lists a headline the extraction dropped into another story as a duplicate, and keeps that story whole', () => {
    const headline = '区人大常委会开展物业管理条例贯彻实施情况执法检查';
    const { articles, pages } = ingestText({
      '01.txt': page(headline, '本报讯（融媒体中心记者 杨丽丹）4月17日，区人大常委会执法检查组开展执法检查，实地察看物业服务开展情况。（下转第2版）'),
      '02.txt': page(headline, '（上接第1版）着力解决群众反映强烈的突出问题，推动条例各项规定落地落实。', '我区加快推进老旧小区改造',
        '本报讯（融媒体中心记者 廖国颖）今年，我区计划改造老旧小区32个。', headline, '在昌元街道红旗小区，施工人员正在更换老化的供水管网。'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([[headline, 2], ['我区加快推进老旧小区改造', 2]]);
    expect(pages[1]!.duplicates.map((line) => line.line)).toContain(9);
  });
  it('leaves a picture of another subject after the lead story’s jump an item of its own, though it prints the same day', () => {
    const { articles } = ingestText({
      '01.txt': page('我区持续优化营商环境', '本报讯（记者 黄晓）3月14日，我区召开优化营商环境大会，全区新增市场主体1200户。（下转第2版）',
        '3月14日，盘龙镇大建村村民在田间移栽辣椒苗，全区春耕生产有序推进。', '融媒体中心记者 张雪 摄'),
    });
    expect(articles.map((a) => [a.captions.length, a.photographers])).toEqual([[0, []], [0, ['张雪']]]);
  });
  it('keeps a headline that tells of a special issue, a profile’s subject over its subheads, and a news headline over a document’s title as they were', () => {
    const { articles } = ingestText({
      '04.txt': page('荣昌中学校报推出百年校庆特刊', '本报讯（记者 王磊）3月12日，荣昌中学校报推出百年校庆特刊。',
        '荣昌好人', '陈秀英', '■ 孝老爱亲二十年', '二十年来，陈秀英悉心照料瘫痪在床的婆婆。', '融媒体中心记者 郑光慧',
        '我区今年将办好十件民生实事', '关于印发2024年区级重点民生实事项目的通知', '本报讯（记者 黄晓）近日，区政府印发通知。'),
    });
    expect(articles.map((a) => [a.section, a.kicker, a.headline, a.subheadline, a.authors])).toEqual([
      [null, null, '荣昌中学校报推出百年校庆特刊', null, []],
      [null, null, '荣昌好人', '陈秀英', []],
      [null, null, '我区今年将办好十件民生实事', '关于印发2024年区级重点民生实事项目的通知', []],
    ]);
  });
});

// The second review of this file's rules (session 27), on a party congress's issue, an honours page and ordinary
// pages: forms the first mend missed or broke.
describe('a party congress’s issue and an honours page', () => {
  it('reads a list of names that marks women (王 芳(女)) as the list’s, and the announcement’s title under its meeting as its headline', () => {
    const { articles } = ingestText({
      '03.txt': page('中国共产党重庆市荣昌区第六次代表大会', '选举结果公告', '中国共产党重庆市荣昌区第六次代表大会选举产生了中国共产党重庆市荣昌区第六届委员会委员。名单如下:', '(以姓氏笔画为序)',
        '于 洋 马晓波 王 芳(女) 王建明 邓 华\n谢春燕(女) 曾小平 郑光明 孙 伟 何 军', '大会秘书长:李晓东', '中国共产党重庆市荣昌区第六次代表大会主席团', '2024年6月15日'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs.slice(2)])).toEqual([
      ['中国共产党重庆市荣昌区第六次代表大会', '选举结果公告', ['于 洋 马晓波 王 芳(女) 王建明 邓 华', '谢春燕(女) 曾小平 郑光明 孙 伟 何 军', '大会秘书长:李晓东', '中国共产党重庆市荣昌区第六次代表大会主席团', '2024年6月15日']],
    ]);
  });
  it('keeps a list’s rows and a report’s part under the jump’s line on the next page, merged into the story, none lost', () => {
    const { articles } = ingestText({
      '04.txt': page('全区优秀共产党员名单', '一、全区优秀共产党员(100名)', '王晓明 区发展改革委综合科科长', '刘 芳(女) 区经济信息委工业发展科科长', '陈建国 区财政局预算科科长(下转第5版)'),
      '05.txt': page('(上接第4版)', '黄晓琴(女) 区人民医院副院长', '吴海燕(女) 区税务局第一税务所所长', '二、全区优秀党务工作者(30名)', '罗志刚 区委组织部组织科科长'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs.slice(4)])).toEqual([
      ['全区优秀共产党员名单', ['黄晓琴(女) 区人民医院副院长', '吴海燕(女) 区税务局第一税务所所长', '二、全区优秀党务工作者(30名)', '罗志刚 区委组织部组织科科长']],
    ]);
  });
  it('keeps a decision’s list under its heading of units and their count, and the list’s one row under the jump’s line, before the next story', () => {
    const { articles } = ingestText({
      '01.txt': page('关于表彰2023年度全区先进集体和先进个人的决定', '2023年，全区涌现出一批先进集体和先进个人。区政府决定对以下先进集体和先进个人予以表彰。',
        '先进集体（20个）', '区发展改革委 区财政局 区经济信息委\n区教委 区卫生健康委 区农业农村委\n区人力社保局 区住房城乡建委 区交通局', '（下转第2版）'),
      '02.txt': page('（上接第1版）\n区商务委 区文化旅游委 区应急局', '万灵古镇迎来旅游小高峰', '本报讯(融媒体中心记者 张泽美)近日，万灵古镇迎来旅游小高峰。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs.slice(1), a.subheads])).toEqual([
      [null, '关于表彰2023年度全区先进集体和先进个人的决定', ['先进集体（20个）', '区发展改革委 区财政局 区经济信息委', '区教委 区卫生健康委 区农业农村委', '区人力社保局 区住房城乡建委 区交通局', '区商务委 区文化旅游委 区应急局'], [1]],
      [null, '万灵古镇迎来旅游小高峰', [], []],
    ]);
  });
  it('starts each profile of an honours page at its name and title over the person’s place, a villager’s, a volunteer’s, a worker’s, a padded name’s', () => {
    const { articles } = ingestText({
      '03.txt': page('陈秀英：二十年如一日照顾瘫痪婆婆', '昌元街道宝城社区居民', '二十年来，陈秀英悉心照料瘫痪在床的婆婆。', '陈秀英（右）为婆婆梳头。', '融媒体中心记者 郑光慧 摄',
        '刘德福：勇跳冰河救起落水儿童', '清江镇竹林村村民', '今年2月，刘德福在河边劳作时救起落水儿童。', '李建军：坚守岗位的“城市美容师”', '区城市管理局环卫工人', '李建军在环卫岗位上一干就是二十年。',
        '周 强：扎根山区的“背篓医生”', '吴家镇双流村乡村医生', '从医30年，周强走遍了全村的每一户。', '（融媒体中心记者 杨丽丹 整理）'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.captions.length])).toEqual([
      ['陈秀英：二十年如一日照顾瘫痪婆婆', '昌元街道宝城社区居民', 1], ['刘德福：勇跳冰河救起落水儿童', '清江镇竹林村村民', 0],
      ['李建军：坚守岗位的“城市美容师”', '区城市管理局环卫工人', 0], ['周 强：扎根山区的“背篓医生”', '吴家镇双流村乡村医生', 0],
    ]);
  });
  it('reads a special issue’s longer name as the page’s section, and ends a list of villages before the next story’s headline ending in a unit’s word', () => {
    const { articles } = ingestText({
      '01.txt': page('荣昌报', '2024年6月14日 星期五', '区第六次党代会特刊', '中国共产党重庆市荣昌区第六次代表大会隆重开幕', '本报讯(融媒体中心记者 杨丽丹)6月13日,中国共产党重庆市荣昌区第六次代表大会隆重开幕。',
        '会议确定以下村入选今年市级美丽宜居村庄：', '清江镇竹林村', '盘龙镇大建村', '吴家镇双流村', '王建明调研城市运行管理中心', '本报讯（融媒体中心记者 张丹）6月12日，王建明到区城市运行管理中心调研。'),
    }, { folder: '2024-06-14' });
    expect(articles.map((a) => [a.section, a.headline, a.paragraphs.length])).toEqual([
      ['区第六次党代会特刊', '中国共产党重庆市荣昌区第六次代表大会隆重开幕', 5], ['区第六次党代会特刊', '王建明调研城市运行管理中心', 1],
    ]);
  });
  it('splits appointments ending in a chief engineer’s post and a notice’s text from addressees ending in people, and reads bodies named with 、 over a notice as its kicker', () => {
    const { articles } = ingestText({
      '02.txt': page('区政府常务会议召开', '本报讯（记者 黄晓）6月20日，区政府召开常务会议。', '区委宣传部、区文明办', '关于开展2024年“荣昌好人”推荐评选活动的通知',
        '各镇街，区级各部门，各人民团体，广大市民朋友：', '为进一步弘扬社会主义核心价值观，现就推荐评选活动通知如下。', '任命：', '张志军为重庆市荣昌区住房和城乡建设委员会总工程师；', '李 静为重庆市荣昌区教育委员会督学。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.paragraphs])).toEqual([
      [null, '区政府常务会议召开', ['6月20日，区政府召开常务会议。']],
      ['区委宣传部、区文明办', '关于开展2024年“荣昌好人”推荐评选活动的通知', ['各镇街，区级各部门，各人民团体，广大市民朋友：', '为进一步弘扬社会主义核心价值观，现就推荐评选活动通知如下。',
        '任命：', '张志军为重庆市荣昌区住房和城乡建设委员会总工程师；', '李 静为重庆市荣昌区教育委员会督学。']],
    ]);
  });
  it('credits no label that looks like a name (解读) over a document’s first part', () => {
    const { articles } = ingestText({
      '03.txt': page('《荣昌区促进民营经济高质量发展若干措施》出台', '解读', '一、出台背景', '为深入贯彻落实中央和市委关于促进民营经济发展壮大的决策部署，区政府出台若干措施。'),
    });
    expect(articles.map((a) => [a.headline, a.authors])).toEqual([['《荣昌区促进民营经济高质量发展若干措施》出台', []]]);
  });
  it('reads a round-up of delegates’ words as one piece, each speaker a subhead with their post and their words under it, a title of their words too', () => {
    const read = (...items: string[]) => ingestText({ '02.txt': page('代表委员话发展', ...items, '融媒体中心记者 杨丽丹 整理') }).articles
      .map((a) => [a.headline, a.subheadline, a.reporters, a.paragraphs, a.subheads]);
    expect(read('区人大代表 王芳', '昌元街道海棠社区党委书记', '建议推动资源下沉社区。', '区政协委员 周涛', '教育是民生之基。')).toEqual([
      ['代表委员话发展', null, ['杨丽丹'], ['区人大代表 王芳', '昌元街道海棠社区党委书记', '建议推动资源下沉社区。', '区政协委员 周涛', '教育是民生之基。'], [0, 3]],
    ]);
    expect(read('让社区有人办事', '区人大代表 王芳', '建议推动资源下沉社区。', '推动城乡教育均衡', '区政协委员 周涛', '教育是民生之基。')).toEqual([
      ['代表委员话发展', null, ['杨丽丹'], ['让社区有人办事', '区人大代表 王芳', '建议推动资源下沉社区。', '推动城乡教育均衡', '区政协委员 周涛', '教育是民生之基。'], [0, 1, 3, 4]],
    ]);
  });
});

