// What differs between newspapers lives here, as data with defaults that fit most Chinese papers.
// A paper overrides any of it in `baoku.config.yaml` (key `paper`) or in a `paper.yaml` beside its pages.
import { z } from 'zod';

/** A regular-expression fragment from the settings: checked here, so a typo is a sentence, not a crash mid-run. */
const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must be a valid regular expression' },
);

/**
 * Words that open a news lead by default: `本报讯`, `本报荣昌讯`, `本报北京3月5日电`, `新华社北京12月1日电`, `华龙网讯`, `据新华社报道`. Each
 * opens with 本 or 据, or holds 社 or 网 among its first characters (datelines.ts looks for that before the pattern).
 */
/** News agencies and national media a city daily's wire stories come from (`据新华社 …`, `澎湃新闻 近日，…`). */
const MEDIA = '新华社|中新社|中新网|中国新闻网|央视新闻|央视网|人民日报|人民网|新华网|澎湃新闻|光明日报|经济日报|环球时报|科技日报|工人日报|法治日报';

// OCR reads 讯 as 汛 or 迅 (`本报汛(记者 何勇)`), and 通讯员 as 通迅员: both are in the defaults.
export const DEFAULT_DATELINES = ['本报[讯汛迅]', '本报综合(?:消息)?', `据?(?:${MEDIA})(?:消息|电)?(?=\\s)`, '综合[\\p{Script=Han}、]{2,24}报道', '本报[\\p{Script=Han}]{1,8}(?:\\d{1,2}月\\d{1,2}日专?电|讯(?!员)|电)', '[\\p{Script=Han}]{2,8}社[\\p{Script=Han}\\d]{0,12}电', '[\\p{Script=Han}]{2,6}网[\\p{Script=Han}\\d]{0,12}(?:讯(?!员)|电)', '据[\\p{Script=Han}]{2,8}报道'];

export const paperSettingsSchema = z.strictObject({
  /** The paper's name as readers know it (荣昌报). */
  name: z.string().min(1).default('报纸'),
  /** Lines that are the paper's masthead or running title, removed wherever they stand alone. */
  mastheads: z.array(z.string()).default([]),
  /** Known slogan banners and other furniture printed across columns, matched after removing spaces. */
  banners: z.array(z.string()).default([]),
  /** Standing column labels printed over a group of stories (简讯): furniture, not headlines. */
  columnLabels: z.array(z.string()).default(['简讯', '短讯', '快讯', '图片新闻', '新闻速览', '新闻速递', '城事速递', '一句话新闻', '一周要闻', '本报综合', '导读', '今日导读', '本期导读', '分类广告', '镇街动态', '部门动态', '镇街快讯']),
  /**
   * Section names a page prints alone under its header (`要闻`, `教 育`), before its first story: the page's section,
   * not the first story's kicker. A supplement's own name (`海棠香国`) belongs here too.
   */
  sections: z.array(z.string()).default(['要闻', '综合', '时政', '政务', '政法', '法治', '经济', '财经', '农业', '三农', '乡村振兴', '教育', '科教', '卫生', '健康', '民生', '社会', '社区', '城建', '文化', '文旅', '旅游', '文体', '体育', '副刊', '文艺', '评论', '言论', '理论', '党建', '人物', '公告', '广告', '镇街', '专题', '视点', '关注', '聚焦', '国内', '国际', '生活', '服务']),
  /** Extra furniture line patterns (regular expressions, whole line). */
  furniturePatterns: z.array(pattern).default([]),
  /**
   * Words that open a news lead: `本报讯(…)` and its kin. Regular-expression fragments. `本报通讯员` and
   * `华龙网通讯员` are credits, not datelines that end in 讯.
   */
  datelines: z.array(pattern).default(DEFAULT_DATELINES),
  /** Credit words by role. A credit token ends with one of these (融媒体中心记者, 本报记者 …). */
  roles: z
    .strictObject({
      // 见习记者 is a staff reporter in the year before full rank, not a student: a reporter (记者).
      interns: z.array(z.string()).default(['实习生', '实习记者']),
      // A camera's credit (摄像, 视频记者) is a picture's, the nearest of these roles.
      photographers: z.array(z.string()).default(['摄影记者', '摄影', '图', '摄像记者', '摄像', '视频记者']),
      correspondents: z.array(z.string()).default(['通讯员', '特约通讯员', '通迅员']),
      reporters: z.array(z.string()).default(['记者', '撰稿', '撰文', '文']),
      // A writer from outside the paper: a commentary's, a supplement's (`作者：张三`; `□ 李明远` by its mark alone).
      authors: z.array(z.string()).default(['作者']),
    })
    .prefault({}),
  /** Longest line, in characters, that can be a headline; a subtitle may be this much longer. */
  maxHeadlineLength: z.number().int().positive().default(32),
  subtitleExtraLength: z.number().int().nonnegative().default(16),
  /** How two stacked title lines are read when nothing else tells: 主题+副题 or 引题+主题. */
  twoLineTitle: z.enum(['headline-subheadline', 'kicker-headline']).default('headline-subheadline'),
  /** Blank lines in a row that mark the gap where a picture stood. */
  imageGapLines: z.number().int().min(2).default(2),
  /** Shortest block, in characters, that counts as a duplicate when it stands twice in one issue. */
  minDuplicateLength: z.number().int().positive().default(20),
});

export type PaperSettings = z.infer<typeof paperSettingsSchema>;

export const defaultPaperSettings: PaperSettings = paperSettingsSchema.parse({});

/** The paper's section names as a set, made once per settings: every page asks. */
const sectionSets = new WeakMap<PaperSettings, ReadonlySet<string>>();
export function sectionNames(settings: PaperSettings): ReadonlySet<string> {
  let names = sectionSets.get(settings);
  if (!names) sectionSets.set(settings, (names = new Set(settings.sections)));
  return names;
}
