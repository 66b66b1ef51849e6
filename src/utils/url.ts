// Every internal link goes through here, so the site works at a domain's root and under a sub-path (`base`).
const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');

/** `href('articles/x/')` → `/baoku/articles/x/` under base `/baoku`. */
export function href(path = ''): string {
  return base + path.replace(/^\/+/u, '');
}

export const articleHref = (id: string) => href(`articles/${id}/`);
export const issueHref = (date: string) => href(`issues/${date}/`);
