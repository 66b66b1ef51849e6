// Text the extraction gave twice: a block dropped into another story, or a line repeated in place.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

describe('a line given twice in a row', () => {
  it('is kept once, however short, and the repeat is listed with the line it repeats', () => {
    const { articles, pages } = ingestText({
      '02.txt': ['区人大常委会视察乡村振兴工作', '本报讯(融媒体记者 吴刚)5月15日,视察组实地查看了乡村产业发展等情况,并', '', '听取了相关部门的工作汇报。',
        '听取了相关部门的工作汇报。', '视察组认为,近年来我区乡村振兴工作成效明显。'].join('\n'),
    });
    expect(articles[0]!.paragraphs).toEqual(['5月15日,视察组实地查看了乡村产业发展等情况,并听取了相关部门的工作汇报。', '视察组认为,近年来我区乡村振兴工作成效明显。']);
    expect(pages[0]!.duplicates).toEqual([{ line: 5, text: '听取了相关部门的工作汇报。', keptAt: { file: '2024-03-15/02.txt', line: 4 } }]);
  });
  it('keeps a title given twice in a row once', () => {
    const { articles, pages } = ingestText({
      '01.txt': ['县人社局举办“春风行动”专场招聘会', '', '县人社局举办“春风行动”专场招聘会', '', '本报讯（记者 陈晨）4月13日，县人社局举办招聘会。'].join('\n'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline])).toEqual([['县人社局举办“春风行动”专场招聘会', null]]);
    expect(pages[0]!.duplicates.map((d) => [d.line, d.keptAt.line])).toEqual([[3, 1]]);
  });
  it('leaves a poem’s refrain and a short line alone', () => {
    const { articles } = ingestText({
      '07.txt': ['归来', '□ 刘洋', '', '归来吧，', '归来吧，', '故乡的河水还在流。', '', '村里来了新书记', '本报讯（记者 王磊）3月5日，新书记到任。', '“好！”', '“好！”', '村民们齐声答应。'].join('\n'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([['归来吧，\n归来吧，\n故乡的河水还在流。'], ['3月5日，新书记到任。', '“好！”', '“好！”', '村民们齐声答应。']]);
  });
});

describe('a story the issue prints twice, whole', () => {
  it('keeps every paragraph in both copies (a block dropped into another story is still one: the tests above)', () => {
    const story = ['荣昌夏布亮相深圳文博会', '本报讯(融媒体中心记者 张泽美)5月23日至27日,深圳文博会将举行。我区将组织12家夏布企业参展。',
      '荣昌夏布织造技艺是国家级非物质文化遗产。近年来,我区坚持保护与开发并重。', '本届文博会上,荣昌展区将设置夏布织造技艺现场展示区,邀请传承人现场织布。'];
    const { articles } = ingestText({
      '01.txt': story.join('\n\n') + '\n\n我区新增3条城市公交线路\n\n本报讯(融媒体中心记者 张丹)5月20日起,我区将新开通3条城市公交线路。',
      '02.txt': '荣昌陶艺作品获全国大奖\n\n本报讯(融媒体中心记者 郑光慧)近日,我区陶艺家梁先才创作的《陶韵》获得金奖。\n\n' + story.join('\n\n'),
    });
    const copies = articles.filter((a) => a.headline === '荣昌夏布亮相深圳文博会');
    expect(copies.map((a) => [a.page, a.paragraphs.length])).toEqual([[1, 3], [2, 3]]);
  });
});
