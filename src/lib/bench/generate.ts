// A deterministic synthetic archive in the sample page's format, for the benchmark: raw page text with datelines,
// bylines, end and photo credits, captions after picture gaps, page headers, slogan banners and paragraphs torn by
// column breaks, over years of issues; reporters with a long-tail distribution; words drawn by their frequency from
// jieba's dictionary (349,000 words), so the vocabulary, and the index built from it, look like real Chinese text.
import { between, pick, seeded, weighted, zipf, type Random } from './random.ts';

export interface Vocabulary {
  words: string[];
  frequencies: number[];
}

/** Parses jieba's dict.txt (`word frequency tag` per line), keeping words of 1–4 Han characters. */
export function parseJiebaDictionary(text: string): Vocabulary {
  const words: string[] = [];
  const frequencies: number[] = [];
  for (const line of text.split('\n')) {
    const [word, freq] = line.split(' ');
    if (!word || !freq || !/^\p{Script=Han}{1,4}$/u.test(word)) continue;
    words.push(word);
    frequencies.push(Number(freq));
  }
  return { words, frequencies };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞丹玲晶雪琳建国志文斌宇浩凯俊晓燕慧颖婷欣怡梅兰春林海波宁云峰';
const SECTIONS = ['要闻', '综合', '经济', '民生', '文化', '社会', '副刊', '专题'];
const BANNERS = ['学思想 强党性 重实践 建新功', '奋进新征程 建功新时代 共创新辉煌', '创建全国文明城区 共建美好幸福家园'];

export interface GeneratedIssue {
  date: string;
  pages: { name: string; text: string }[];
  articles: number;
}

export interface ArchiveShape {
  articles: number;
  seed?: number;
  /** First issue date; issues follow daily, Sundays skipped. */
  start?: string;
}

function names(random: Random, count: number): string[] {
  const set = new Set<string>();
  while (set.size < count) set.add(pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + (random() < 0.6 ? pick(random, [...GIVEN]) : ''));
  return [...set];
}

const WEEKDAYS = '日一二三四五六';

/** Yields issues until `articles` articles have been written, one issue at a time (memory stays flat). */
export function* generateArchive(vocabulary: Vocabulary, shape: ArchiveShape): Generator<GeneratedIssue> {
  const random = seeded(shape.seed ?? 20231222);
  const word = weighted(vocabulary.words, vocabulary.frequencies);
  const reporters = names(random, 400);
  const correspondents = names(random, 800);
  const reporter = weighted(reporters, zipf(reporters.length, 1.1));
  const correspondent = weighted(correspondents, zipf(correspondents.length, 0.9));
  const sentence = () => {
    const clauses = between(random, 1, 4);
    const parts: string[] = [];
    for (let c = 0; c < clauses; c++) {
      let clause = '';
      const n = between(random, 3, 9);
      for (let w = 0; w < n; w++) clause += random() < 0.03 ? String(between(random, 2, 2024)) : word(random);
      parts.push(clause);
    }
    return parts.join('，') + (random() < 0.05 ? '！' : '。');
  };
  const paragraph = () => Array.from({ length: between(random, 1, 4) }, sentence).join('');
  const headline = () => {
    let h = '';
    while ([...h].length < between(random, 6, 14)) h += word(random);
    return h;
  };

  let day = new Date(`${shape.start ?? '2016-01-04'}T00:00:00Z`);
  let written = 0;
  while (written < shape.articles) {
    if (day.getUTCDay() === 0) day = new Date(day.getTime() + 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const [y, m, d] = date.split('-').map(Number);
    const pages: GeneratedIssue['pages'] = [];
    const pageCount = between(random, 4, 8);
    let inIssue = 0;
    for (let p = 1; p <= pageCount && written + inIssue < shape.articles; p++) {
      const blocks: string[] = [`第${p}版 ${SECTIONS[(p - 1) % SECTIONS.length]} ${y}年${m}月${d}日 星期${WEEKDAYS[day.getUTCDay()]} 责任编辑 ${pick(random, correspondents)}`];
      const perPage = between(random, 3, 6);
      for (let a = 0; a < perPage && written + inIssue < shape.articles; a++, inIssue++) {
        if (a > 0 && random() < 0.15) blocks.push('\n\n' + pick(random, [...BANNERS]));
        if (random() < 0.2) blocks.push(headline());
        blocks.push(headline());
        const people = `融媒体中心记者 ${reporter(random)}${random() < 0.3 ? ` ${reporter(random)}` : ''}${random() < 0.5 ? ` 通讯员 ${correspondent(random)}` : ''}`;
        const paragraphs = Array.from({ length: between(random, 3, 9) }, paragraph);
        paragraphs[0] = `本报讯(${people})${paragraphs[0]}`;
        for (const text of paragraphs) {
          // A column break tears about one paragraph in five in two, mid-sentence.
          const chars = [...text];
          if (chars.length > 40 && random() < 0.2) {
            const cut = between(random, 10, chars.length - 10);
            blocks.push(chars.slice(0, cut).join('').replace(/[，。！]$/u, ''), chars.slice(cut).join(''));
          } else blocks.push(text);
        }
        if (random() < 0.2) blocks.push(`\n\n${headline()}\n\n`, `融媒体中心记者 ${reporter(random)}摄`);
        else if (random() < 0.2) blocks.push(`融媒体中心记者 ${reporter(random)}`);
      }
      pages.push({ name: `${String(p).padStart(2, '0')}.txt`, text: blocks.join('\n\n') + '\n' });
    }
    written += inIssue;
    yield { date, pages, articles: inIssue };
    day = new Date(day.getTime() + 86_400_000);
  }
}
