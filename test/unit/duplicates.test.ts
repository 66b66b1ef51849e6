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
