// Shared by the snapshot tests: a parse result's issues as { path, code, zh, en }, and as `path:code` strings.

/** One issue as the tests compare it: the dotted path, the plan's code (zod's when none), both messages if given. */
export interface Seen {
  path: string;
  code: string | undefined;
  zh?: string;
  en?: string;
}

/** The issues of a zod `safeParse` result (none when it succeeded). */
export const issuesOf = (r: { success: boolean; error?: unknown }): Seen[] =>
  r.success
    ? []
    : (r.error as { issues: { path: PropertyKey[]; code: string; params?: { code?: string; zh?: string; en?: string } }[] }).issues.map((i) => ({
        path: i.path.join('.'),
        code: i.params?.code ?? i.code,
        ...(i.params?.zh === undefined ? {} : { zh: i.params.zh }),
        ...(i.params?.en === undefined ? {} : { en: i.params.en }),
      }));

/** The issues as `path:code`, for tests that only compare where and what. */
export const codes = (r: { success: boolean; error?: unknown }): string[] => issuesOf(r).map((i) => `${i.path}:${i.code}`);
