import { describe, expect, it } from 'vitest';
import { captionCredit, parseCredits } from '../../src/lib/ingest/credits.ts';
import { defaultPaperSettings } from '../../src/lib/ingest/settings.ts';

const parse = (text: string) => parseCredits(text, defaultPaperSettings);
const people = (text: string) => {
  const r = parse(text);
  if (!r) return null;
  const { problems: _p, ...roles } = r;
  return roles;
};
const none = { reporters: [], authors: [], correspondents: [], photographers: [], interns: [] };

describe('parseCredits', () => {
  it('reads reporters and correspondents from a dateline credit', () => {
    expect(people('融媒体中心记者 杨丽丹 通讯员 梁胜明')).toEqual({ ...none, reporters: ['杨丽丹'], correspondents: ['梁胜明'] });
  });
  it('keeps interns apart from reporters', () => {
    expect(people('本报记者 王晓明 实习生 刘畅')).toEqual({ ...none, reporters: ['王晓明'], interns: ['刘畅'] });
    expect(people('实习记者 李可')).toEqual({ ...none, interns: ['李可'] });
    // A probationary staff reporter, not a student.
    expect(people('见习记者 李可')).toEqual({ ...none, reporters: ['李可'] });
  });
  it('reads several names after one role word', () => {
    expect(people('记者 张三 李四 王五 通讯员 赵六')).toEqual({ ...none, reporters: ['张三', '李四', '王五'], correspondents: ['赵六'] });
    expect(people('记者 张三、李四')).toEqual({ ...none, reporters: ['张三', '李四'] });
  });
  it('reads an author under a commentary headline', () => {
    expect(people('□ 李明远')).toEqual({ ...none, authors: ['李明远'] });
  });
  it('reads photo credits, glued or spaced, as photographers only', () => {
    expect(people('融媒体中心记者 张雪摄')).toEqual({ ...none, photographers: ['张雪'] });
    expect(people('记者 赵磊 摄')).toEqual({ ...none, photographers: ['赵磊'] });
    expect(people('文/张三 图/李四')).toEqual({ ...none, reporters: ['张三'], photographers: ['李四'] });
    // The role word, the name and the mark all glued, as PDF text runs them: the name took the picture.
    for (const credit of ['记者林靖摄', '（本报记者林靖摄）', '融媒体中心记者林靖摄', '通讯员林靖摄']) expect(people(credit), credit).toEqual({ ...none, photographers: ['林靖'] });
    expect(people('本报记者张三通讯员李四摄')).toEqual({ ...none, reporters: ['张三'], photographers: ['李四'] });
  });
  it('reads a photo mark after names spaced from it, with no role word before them', () => {
    expect(people('张雪 摄')).toEqual({ ...none, photographers: ['张雪'] });
    expect(people('张雪 李明 摄')).toEqual({ ...none, photographers: ['张雪', '李明'] });
  });
  it('reads 文/图 as text and pictures by the same people, before or after their names', () => {
    const both = (...names: string[]) => ({ ...none, reporters: names, photographers: names });
    expect(people('文/图 赵磊')).toEqual(both('赵磊'));
    expect(people('图文：赵磊')).toEqual(both('赵磊'));
    expect(people('文/图：赵磊 钱多')).toEqual(both('赵磊', '钱多'));
    expect(people('李四 文/图')).toEqual(both('李四'));
    const r = parse('本报记者 李四 文/图');
    expect(r?.problems).toEqual([]);
    expect(people('本报记者 李四 文/图')).toEqual(both('李四'));
    expect(people('文/图 本报记者 张三')).toEqual(both('张三'));
    // Before another rank, as before a reporter's: the names wrote the text and took the pictures, in that rank.
    expect(people('文/图 通讯员 罗丹')).toEqual({ ...none, correspondents: ['罗丹'], photographers: ['罗丹'] });
    // A slash form's role holds over the reporter's rank after it: 王刚, a reporter, took the pictures.
    expect(people('文/本报记者 李明 图/本报记者 王刚')).toEqual({ ...none, reporters: ['李明'], photographers: ['王刚'] });
    // A graphic's maker after a slash, as 制图 before a name: a picture's.
    expect(people('文/本报记者 李明 制图/李娜')).toEqual({ ...none, reporters: ['李明'], photographers: ['李娜'] });
    expect(people('本报记者 王明 通讯员 李华 文/图')).toEqual({ ...none, reporters: ['王明'], correspondents: ['李华'], photographers: ['王明', '李华'] });
  });
  it('reads the mark of what each did after the names (文 … 图, /文 … /图), 撰文, and 文·图', () => {
    expect(people('本报记者 杨丽丹 文 张雪 图')).toEqual({ ...none, reporters: ['杨丽丹'], photographers: ['张雪'] });
    expect(people('记者 王晓明/文 张雪/图')).toEqual({ ...none, reporters: ['王晓明'], photographers: ['张雪'] });
    expect(people('撰文 杨丽丹 摄影 张雪')).toEqual({ ...none, reporters: ['杨丽丹'], photographers: ['张雪'] });
    expect(people('文·图/赵磊')).toEqual({ ...none, reporters: ['赵磊'], photographers: ['赵磊'] });
  });
  it('reads a role word with a colon, and role words glued to their names', () => {
    expect(people('作者：张三')).toEqual({ ...none, authors: ['张三'] });
    // How the story was made (采集, 采访整理) names nobody; a picture's makers (制图, 航拍, 视频, 剪辑) are its photographers;
    // the staff (见习编辑, 策划) are credited with none of the story's roles.
    expect(people('（记者 刘芳 采集）')).toEqual({ ...none, reporters: ['刘芳'] });
    expect(people('本报记者 王晓明 孙悦 采访整理')).toEqual({ ...none, reporters: ['王晓明', '孙悦'] });
    expect(people('记者 王磊 视频 刘洋 剪辑 赵强 制图 李梅')).toEqual({ ...none, reporters: ['王磊'], photographers: ['刘洋', '赵强', '李梅'] });
    // Also with no role word beside them, and with a colon.
    expect(people('视频 刘洋 剪辑 赵强')).toEqual({ ...none, photographers: ['刘洋', '赵强'] });
    expect(people('制图 李梅')).toEqual({ ...none, photographers: ['李梅'] });
    expect(people('（视频：周杰 剪辑：赵强）')).toEqual({ ...none, photographers: ['周杰', '赵强'] });
    expect(people('本报记者 何丽 实习记者 张晨 见习编辑 吴桐')).toEqual({ ...none, reporters: ['何丽'], interns: ['张晨'] });
    expect(people('策划：周建平  统筹：李梅  执行：王芳 刘洋')).toEqual(none);
    // A name spaced out after a role word's colon (`撰稿:李 倩`), beside the one who checked it.
    expect(people('撰稿:李 倩 审核:张建国')).toEqual({ ...none, reporters: ['李倩'] });
    // And after a slash form's slash (`文/陈 静`), as a paper pads a two-character name; 文/图 stays one mark.
    expect(people('文/陈 静')).toEqual({ ...none, reporters: ['陈静'] });
    expect(people('文/图 刘 洋')).toEqual({ ...none, reporters: ['刘洋'], photographers: ['刘洋'] });
    expect(people('文/张 三 图/李 四')).toEqual({ ...none, reporters: ['张三'], photographers: ['李四'] });
    // After 图/, a rank that is not a reporter's keeps its role, and its names took the pictures.
    expect(people('文/记者 方芳 图/通讯员 肖杰')).toEqual({ ...none, reporters: ['方芳'], correspondents: ['肖杰'], photographers: ['肖杰'] });
    expect(people('图/通讯员 肖杰 文/记者 方芳')).toEqual({ ...none, reporters: ['方芳'], correspondents: ['肖杰'], photographers: ['肖杰'] });
    expect(people('摄影：王 冬')).toEqual({ ...none, photographers: ['王冬'] });
    // A commentator signing by name writes as an author; a first-person piece's speaker (口述) is its author, and who
    // wrote it down (整理：) keeps their role; 文｜ is 文/.
    expect(people('本报评论员 何平')).toEqual({ ...none, authors: ['何平'] });
    expect(people('（口述：陈德福 整理：本报记者 王磊）')).toEqual({ ...none, reporters: ['王磊'], authors: ['陈德福'] });
    expect(people('（整理：本报记者 杨丽）')).toEqual({ ...none, reporters: ['杨丽'] });
    expect(people('文｜陈晓东')).toEqual({ ...none, reporters: ['陈晓东'] });
    // The writer's place of work after an author's mark names nobody.
    expect(people('□ 县委党校 周建国')).toEqual({ ...none, authors: ['周建国'] });
    // Who gave a picture names nobody.
    expect(parseCredits('图/县实验小学提供', defaultPaperSettings)).toEqual({ ...none, problems: [] });
    // What the writer is, after a comma, names nobody and is no run of names to split.
    expect(parseCredits('作者：陈默，县文化馆干部', defaultPaperSettings)).toEqual({ ...none, authors: ['陈默'], problems: [] });
    expect(people('记者:张三、李四')).toEqual({ ...none, reporters: ['张三', '李四'] });
    expect(people('本报记者张三通讯员李四')).toEqual({ ...none, reporters: ['张三'], correspondents: ['李四'] });
  });
  it('accepts compound surnames, four-character and transliterated names', () => {
    expect(people('本报记者 欧阳晓川')?.reporters).toEqual(['欧阳晓川']);
    expect(people('记者 阿依古丽·买买提')?.reporters).toEqual(['阿依古丽·买买提']);
  });
  it('reads a role word glued to the name', () => {
    expect(people('记者杨丽丹')?.reporters).toEqual(['杨丽丹']);
  });
  it('does not invent a person from a truncated credit', () => {
    const r = parse('融媒体中心记者 张');
    expect(r?.reporters).toEqual([]);
    expect(r?.problems).toEqual([{ code: 'truncated-credit', text: '融媒体中心记者 张' }]);
  });
  it('flags names it cannot split', () => {
    const r = parse('记者 杨丽丹梁胜明');
    expect(r?.reporters).toEqual([]);
    expect(r?.problems[0]?.code).toBe('unsplittable-names');
  });
  it('is not fooled by headlines and sentences', () => {
    for (const text of ['记者节', '擦亮德育底色 培养时代新人', '重庆·荣昌', '骨干教师送教下乡', '张三 李四', '记者来到现场。', '张三 记者', '游客在体验夏布织造 张雪 摄',
      '记者手记：走进乡村振兴一线', '作者简介：张三', '手机 摄影', '风光 摄影', '高山 流水 摄', '张三 文/图 李四 摄']) {
      expect(parse(text), text).toBeNull();
    }
  });
  it('credits nobody for the words that say how a story was made: 报道, 采写, 供稿, 整理, 发自北京', () => {
    expect(people('本报记者 李明 通讯员 刘洋 报道')).toEqual({ ...none, reporters: ['李明'], correspondents: ['刘洋'] });
    expect(people('本报记者 李明 采写')).toEqual({ ...none, reporters: ['李明'] });
    expect(people('通讯员 刘洋 供稿')).toEqual({ ...none, correspondents: ['刘洋'] });
    expect(people('记者 王五 整理')).toEqual({ ...none, reporters: ['王五'] });
    expect(people('本报记者 李明 发自北京')).toEqual({ ...none, reporters: ['李明'] });
    // A text-and-pictures report: those named wrote it and took its pictures.
    expect(people('本报记者 张雪 摄影报道')).toEqual({ ...none, reporters: ['张雪'], photographers: ['张雪'] });
    expect(people('报道')).toBeNull();
  });
  it('joins a surname spaced from its given name (王 晓明, 欧阳 明月), in brackets too, but not a mark that is also a surname', () => {
    expect(people('记者 王 晓明 通讯员 李 刚')).toEqual({ ...none, reporters: ['王晓明'], correspondents: ['李刚'] });
    expect(people('本报记者 欧阳 明月')).toEqual({ ...none, reporters: ['欧阳明月'] });
    expect(people('（刘　洋）')).toEqual({ ...none, reporters: ['刘洋'] });
    expect(people('（王  芳 李娜）')).toEqual({ ...none, reporters: ['王芳', '李娜'] });
    expect(people('本报记者 李明 文 摄影 张雪')).toEqual({ ...none, reporters: ['李明'], photographers: ['张雪'] });
  });
  it('reads a camera’s credit (摄像, 视频记者) as a picture’s, and 融媒记者 and 特派记者 as reporters', () => {
    expect(people('记者 陈晨 摄像 王刚')).toEqual({ ...none, reporters: ['陈晨'], photographers: ['王刚'] });
    expect(people('融媒记者 孙悦 视频记者 周杰')).toEqual({ ...none, reporters: ['孙悦'], photographers: ['周杰'] });
    expect(people('特派记者 刘明')).toEqual({ ...none, reporters: ['刘明'] });
  });
  it('reads 文 after the writers’ names as 摄 after the photographers’', () => {
    expect(people('本报记者 李明 实习生 刘畅 文 张雪 摄')).toEqual({ ...none, reporters: ['李明'], interns: ['刘畅'], photographers: ['张雪'] });
    expect(people('李明 文 张雪 摄')).toEqual({ ...none, reporters: ['李明'], photographers: ['张雪'] });
    // A two-character name spaced out after the mark (文, itself a surname) or before its slash.
    for (const credit of ['本报记者 王晓明/文 刘 军/图', '记者 王晓明 文 刘 军 图']) expect(people(credit), credit).toEqual({ ...none, reporters: ['王晓明'], photographers: ['刘军'] });
    expect(people('记者 王 明 李 华')).toEqual({ ...none, reporters: ['王明', '李华'] });
    // Not names: a headline of two words and 文 is no credit.
    expect(people('美丽 乡村 文 张雪 摄')).toBeNull();
  });
  it('reads a photo credit at the end of a caption, and none from a caption that only mentions taking pictures', () => {
    const photographers = (caption: string) => captionCredit(caption, defaultPaperSettings)?.photographers ?? null;
    expect(photographers('图为卤鹅加工车间一角。 张雪 摄')).toEqual(['张雪']);
    expect(photographers('图为卤鹅加工车间一角。张雪摄')).toEqual(['张雪']);
    expect(photographers('图为卤鹅加工车间一角。（张雪 摄）')).toEqual(['张雪']);
    expect(photographers('图为卤鹅加工车间一角。记者 张雪 摄')).toEqual(['张雪']);
    expect(photographers('图为卤鹅加工车间一角 融媒体中心记者 张雪 李明 摄')).toEqual(['张雪', '李明']);
    expect(photographers('图为志愿者在海岸捡拾海漂垃圾。通讯员张小龙摄')).toEqual(['张小龙']);
    expect(photographers('图为志愿者在海岸捡拾海漂垃圾。(记者林靖摄)')).toEqual(['林靖']);
    expect(photographers('图为摄影爱好者在古镇拍摄')).toBeNull();
    expect(photographers('图为游客在体验夏布织造。')).toBeNull();
  });
  it('reads names in brackets and nothing else as the writers of a brief, and nothing else in brackets', () => {
    expect(people('（李明）')).toEqual({ ...none, reporters: ['李明'] });
    expect(people('(刘洋 张雪)')).toEqual({ ...none, reporters: ['刘洋', '张雪'] });
    for (const text of ['（完）', '（新华社）', '（图文）', '（上图）', '（资料图片）']) expect(people(text), text).toBeNull();
  });
  it('uses the paper’s own role words from settings', () => {
    const settings = { ...defaultPaperSettings, roles: { ...defaultPaperSettings.roles, correspondents: ['通讯员', '特约撰稿人'] } };
    expect(parseCredits('特约撰稿人 钱七', settings)?.correspondents).toEqual(['钱七']);
  });
});
