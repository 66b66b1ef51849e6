// Every internal link goes through here, so the site works at a domain's root and under a sub-path (`base`).
const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');

/** `href('articles/x/')` → `/baoku/articles/x/` under base `/baoku`. */
export function href(path = ''): string {
  return base + path.replace(/^\/+/u, '');
}

export const articleHref = (id: string, paragraph?: number) => href(`articles/${id}/${paragraph ? `#p${paragraph}` : ''}`);
export const issueHref = (date: string) => href(`issues/${date}/`);
export const issueJsonHref = (date: string) => href(`issues/${date}.json`);
export const pageHref = (date: string, page: number) => href(`issues/${date}/${page}/`);
export const calendarHref = (year?: string) => href(`issues/${year ? `#y${year}` : ''}`);
export const personHref = (slug: string) => href(`reporters/${slug}/`);
export const sectionHref = (slug: string) => href(`sections/${slug}/`);
export const searchHref = () => href('search/');

// The words links and titles show for a date and a list's page.

/** `2023-12-22` → `2023年12月22日`. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const WEEKDAYS = '日一二三四五六';
export function weekday(date: string): string {
  return `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;
}

/** What a list's later pages add to their title: `（第2页）`; nothing on the first. */
export const listPageSuffix = (currentPage: number): string => (currentPage > 1 ? `（第${currentPage}页）` : '');
