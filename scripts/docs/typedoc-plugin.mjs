/**
 * TypeDoc plugin for this repository's API site (loaded by typedoc.json `plugin`). It only changes how things are
 * shown and adds checks; it never changes what is documented.
 *
 * 1. Names the two entry modules after their import paths: `longchuan-community-plan` (src/index.ts) and
 *    `longchuan-community-plan/testing` (src/testing/index.ts), instead of TypeDoc's `index` and `testing`.
 * 2. Renders the custom block tag `@clause <ID>` (declared in tsdoc.json): the tags of one comment become one section,
 *    "Clause · 条款", listing each clause with its citation labels and title, linked to the clause index
 *    (docs/generated/clauses.md). An ID that is not a clause of the plan is a warning, so `treatWarningsAsErrors`
 *    fails the build on a mistyped `@clause`.
 * 3. Gives every category its bilingual description (scripts/docs/categories.ts) and warns about a `@category` name
 *    that is not one of them (a typo would otherwise open a new category silently).
 * 4. Shows a parameter declared with a named type as that name. TypeDoc converts a parameter from its resolved type,
 *    so `snapshot: Snapshot` (`Snapshot` being `z.output<typeof snapshotSchema>`) was shown as the whole expanded
 *    object, a hundred lines in every signature that takes a snapshot, and `id: RuleId` as 45 string literals; the
 *    declared type node is used instead when TypeDoc has expanded a named type.
 *
 * The clause registry and the categories are read from the TypeScript sources through tsx, so the plugin never
 * repeats them.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommentTag, Converter, ReflectionKind, TypeScript as ts } from 'typedoc';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLAUSE_INDEX = resolve(ROOT, 'docs/generated/clauses.md');
const PACKAGE = 'longchuan-community-plan';
/** TypeDoc's name for an entry module (its path under src/, without `index`) → the import path it stands for. */
const MODULE_NAMES = new Map([
  ['index', PACKAGE],
  ['testing', `${PACKAGE}/testing`],
]);

/** @param {import('typedoc').Application} app */
export async function load(app) {
  const { CLAUSES } = await tsImport('../../src/plan/clauses.ts', import.meta.url);
  const { CATEGORIES, DOCUMENT_CATEGORIES } = await tsImport('./categories.ts', import.meta.url);
  const { anchor } = await tsImport('./format.ts', import.meta.url);
  /** @type {Map<string, { en: string, zh: string }>} */
  const categories = new Map([...DOCUMENT_CATEGORIES, ...CATEGORIES].map((c) => [c.name, c]));

  app.internationalization.addTranslations('en', { tag_clause: 'Clause · 条款' });

  // 1. Entry module names.
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Module) && reflection.parent?.isProject()) {
      const name = MODULE_NAMES.get(reflection.name);
      if (name !== undefined) reflection.name = name;
    }
  });

  // 4. Parameters and properties with a named type keep the name.
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature) => {
    for (const param of signature.parameters ?? []) restoreTypeName(context, param);
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Property)) restoreTypeName(context, reflection);
  });

  // 2. @clause sections, before links are resolved.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const indexFile = existsSync(CLAUSE_INDEX) ? project.files.registerAbsolute(CLAUSE_INDEX).target : undefined;
    const done = new WeakSet(); // a comment may be shared (a function and its signature)
    for (const reflection of Object.values(project.reflections)) {
      for (const comment of commentsOf(reflection)) {
        if (done.has(comment)) continue;
        done.add(comment);
        const tags = comment.blockTags.filter((t) => t.tag === '@clause');
        if (tags.length === 0) continue;
        const ids = [];
        for (const tag of tags) {
          for (const id of tag.content.map((p) => p.text).join('').split(/[\s,]+/).filter(Boolean)) {
            if (!Object.hasOwn(CLAUSES, id)) {
              app.logger.warn(`${reflection.getFriendlyFullName()}: @clause ${id} is not a clause ID of the plan (see CLAUSE_IDS)`);
            } else if (!ids.includes(id)) ids.push(id);
          }
        }
        const merged = new CommentTag('@clause', clauseParts(ids, CLAUSES, indexFile, anchor));
        const first = comment.blockTags.indexOf(tags[0]);
        comment.blockTags = comment.blockTags.filter((t) => t.tag !== '@clause');
        comment.blockTags.splice(first, 0, merged);
      }
    }
  });

  // 3. Category descriptions and unknown names, after TypeDoc has categorised (its own listener runs at -200).
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const seen = new Set();
      for (const reflection of [context.project, ...Object.values(context.project.reflections)]) {
        for (const category of reflection.categories ?? []) {
          const known = categories.get(category.title);
          if (known !== undefined) {
            category.description ??= [{ kind: 'text', text: `${known.en}\n\n${known.zh}` }];
          } else if (category.title !== 'Other' && !seen.has(category.title)) {
            seen.add(category.title);
            app.logger.warn(`Unknown @category "${category.title}" in ${reflection.getFriendlyFullName()}: use one of the names in scripts/docs/categories.ts`);
          }
        }
      }
    },
    -300,
  );
}

/**
 * Convert a parameter's or property's type again from its declared type node when TypeDoc expanded a named type.
 *
 * @param {import('typedoc').Context} context
 * @param {import('typedoc').ParameterReflection | import('typedoc').DeclarationReflection} reflection
 */
function restoreTypeName(context, reflection) {
  if (reflection.type === undefined || keepsAName(reflection.type)) return;
  const declaration = context.getSymbolFromReflection(reflection)?.valueDeclaration;
  if (declaration === undefined) return;
  if (!ts.isParameter(declaration) && !ts.isPropertySignature(declaration) && !ts.isPropertyDeclaration(declaration)) return;
  if (declaration.type === undefined || !mentionsNamedType(declaration.type)) return;
  reflection.type = context.converter.convertType(context, declaration.type);
}

/**
 * Whether a converted type still shows a type by name somewhere at its top (a reference, possibly in an array, a
 * `readonly` or a union). An object literal or a union of literals means TypeDoc expanded the declared name.
 *
 * @param {import('typedoc').SomeType} type
 * @returns {boolean}
 */
function keepsAName(type) {
  if (type.type === 'reference') return true;
  if (type.type === 'array') return keepsAName(type.elementType);
  if (type.type === 'typeOperator') return keepsAName(type.target);
  if (type.type === 'union') return type.types.some(keepsAName);
  return type.type !== 'reflection' && type.type !== 'literal';
}

/**
 * Whether a declared type refers to a type by name (`Snapshot`, `readonly Unit[]`), rather than spelling it out.
 *
 * @param {import('typescript').TypeNode} node
 * @returns {boolean}
 */
function mentionsNamedType(node) {
  if (ts.isTypeReferenceNode(node)) return true;
  if (ts.isArrayTypeNode(node)) return mentionsNamedType(node.elementType);
  if (ts.isTypeOperatorNode(node)) return mentionsNamedType(node.type);
  if (ts.isUnionTypeNode(node)) return node.types.some(mentionsNamedType);
  return false;
}

/**
 * Every comment of a reflection (its own and, for functions, its signatures').
 *
 * @param {import('typedoc').Reflection} reflection
 */
function commentsOf(reflection) {
  const out = [];
  if (reflection.comment) out.push(reflection.comment);
  for (const s of reflection.signatures ?? []) if (s.comment) out.push(s.comment);
  return out;
}

/**
 * The display parts of one clause section: a line per clause, `[P1.1](clause index#p11) 专栏1第1项 · Panel 1, item 1:
 * 农村社区综合服务设施覆盖率 (English title)`.
 *
 * @param {string[]} ids
 * @param {Record<string, { labelZh: string, labelEn: string, titleZh: string, titleEn: string }>} clauses
 * @param {number | undefined} indexFile
 * @param {(heading: string) => string} anchor the heading anchor TypeDoc gives `### <ID>` in the clause index
 * @returns {import('typedoc').CommentDisplayPart[]}
 */
function clauseParts(ids, clauses, indexFile, anchor) {
  /** @type {import('typedoc').CommentDisplayPart[]} */
  const parts = [];
  ids.forEach((id, i) => {
    const c = clauses[id];
    const bullet = ids.length > 1 ? '- ' : '';
    if (i > 0) parts.push({ kind: 'text', text: '\n' });
    if (indexFile === undefined) {
      parts.push({ kind: 'text', text: `${bullet}**${id}**` });
    } else {
      parts.push({ kind: 'text', text: `${bullet}[**${id}**](` });
      parts.push({ kind: 'relative-link', text: `docs/generated/clauses.md#${anchor(id)}`, target: indexFile, targetAnchor: anchor(id) });
      parts.push({ kind: 'text', text: ')' });
    }
    parts.push({ kind: 'text', text: ` ${c.labelZh} · ${c.labelEn}: ${c.titleZh} (${c.titleEn})` });
  });
  return parts;
}
