/**
 * The workbench page's behaviour: files in (chosen or dropped), one evaluation or a series out, the report shown in a
 * sandboxed frame and offered for download as HTML, Markdown and JSON, and the template offered as xlsx and CSV.
 * Nothing from the data is written as markup by the page: the report is the library's own escaped HTML, shown in an
 * `<iframe sandbox srcdoc>`; everything else goes in as text (`textContent`).
 *
 * @module
 */
import type { Evaluation } from '../evaluate/Evaluation';
import { csvTemplateFiles, xlsxTemplate } from '../io/snapshotTemplate';
import { shownValue } from '../io/shownValue';
import type { TableIssue } from '../io/TableError';
import { REPORT_LABELS, type ReportLocale } from '../report/labels';
import { renderReport } from '../report/renderReport';
import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { asOfFromName } from './asOfFromName';
import { evaluateFiles, type WorkbenchResult } from './evaluateFiles';
import { readInputFiles, type InputFile, type UnreadableFile } from './readInputFiles';

/** The most problems listed on the page; the rest are counted. */
const MAX_SHOWN = 200;

/**
 * Wire the workbench page (`dist/workbench.html`, built from src/workbench/page.html) to its document: call once,
 * after the body is parsed.
 *
 * @example
 * ```ts
 * startWorkbench(document);
 * ```
 * @category Reporting · 报告
 */
export function startWorkbench(doc: Document): void {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const input = $<HTMLInputElement>('files');
  const drop = $<HTMLLabelElement>('drop');
  const fileList = $<HTMLTableElement>('file-list');
  const problemsSection = $<HTMLElement>('problems-section');
  const problems = $<HTMLOListElement>('problems');
  const problemsCount = $<HTMLParagraphElement>('problems-count');
  const result = $<HTMLElement>('result');
  const headline = $<HTMLTableElement>('headline');
  const headlineTitle = $<HTMLParagraphElement>('headline-title');
  const frame = $<HTMLIFrameElement>('report');
  const locale = $<HTMLSelectElement>('locale');
  const status = $<HTMLParagraphElement>('status');

  let read: (InputFile | UnreadableFile)[] = [];
  let dates: string[] = [];
  let current: WorkbenchResult | undefined;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className !== undefined) e.className = className;
    return e;
  };
  const bilingual = (zh: string, en: string): DocumentFragment => {
    const f = doc.createDocumentFragment();
    f.append(`${zh} `, Object.assign(el('span', en, 'en'), { lang: 'en' }));
    return f;
  };
  const say = (zh: string, en: string) => status.replaceChildren(bilingual(zh, en));
  const reportLocale = (): ReportLocale => (locale.value === 'en' ? 'en' : 'zh-CN');

  function download(name: string, type: string, data: BlobPart): void {
    const url = URL.createObjectURL(new Blob([data], { type }));
    const a = el('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(`已下载 ${name}`, `downloaded ${name}`);
  }

  async function take(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    say('正在读取…', 'reading…');
    const bytes = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    read = readInputFiles(bytes);
    dates = read.map((f) => {
      if ('failed' in f) return '';
      const own = f.input['asOf'];
      return typeof own === 'string' ? own : asOfFromName(f.name);
    });
    showFiles();
    update();
  }

  function showFiles(): void {
    const body = fileList.tBodies[0]!;
    body.replaceChildren();
    read.forEach((f, i) => {
      const tr = el('tr');
      tr.append(el('td', shownValue(f.name, 200)));
      if ('failed' in f) {
        tr.append(el('td', '无法读取 / unreadable'), el('td', '—', 'num'), el('td', '—'));
      } else {
        const format = f.format === 'csv' ? `CSV ${f.encoding === 'gb18030' ? 'GBK' : 'UTF-8'}` : f.format === 'xlsx' ? 'Excel .xlsx' : 'JSON';
        const date = el('input');
        date.type = 'date';
        date.value = dates[i] ?? '';
        date.setAttribute('aria-label', `数据日期 Date: ${shownValue(f.name, 80)}`);
        date.addEventListener('change', () => {
          dates[i] = date.value;
          update();
        });
        const cell = el('td');
        cell.append(date);
        tr.append(el('td', format), el('td', String(f.units), 'num'), cell);
      }
      body.append(tr);
    });
    fileList.hidden = read.length === 0;
  }

  function update(): void {
    try {
      const unreadable = read.filter((f): f is UnreadableFile => 'failed' in f);
      if (unreadable.length > 0) {
        const issues = unreadable.flatMap((f) => f.failed);
        current = { kind: 'problems', issues, total: issues.length };
      } else {
        current = evaluateFiles(read.map((f, i) => ({ file: f as InputFile, asOf: dates[i] ?? '' })));
      }
      render();
    } catch (e) {
      failed(e);
    }
  }

  /** Not a problem in the data (those come back as problems), such as a file the browser cannot read: shown, never a blank page. */
  function failed(e: unknown): void {
    current = undefined;
    showProblems([{ code: 'internal', whereZh: '', whereEn: '', messageZh: `无法处理：${shownValue(String(e), 300)}`, messageEn: `cannot proceed: ${shownValue(String(e), 300)}` }], 1);
    result.hidden = true;
    frame.srcdoc = '';
    say('出错了', 'something went wrong');
  }

  function showProblems(issues: readonly TableIssue[], total: number): void {
    problems.replaceChildren(
      ...issues.slice(0, MAX_SHOWN).map((i) => {
        const li = el('li');
        if (i.whereZh !== '') li.append(el('span', `${i.whereZh}：`, 'where'));
        li.append(i.messageZh);
        const en = el('span', `${i.whereEn === '' ? '' : `${i.whereEn}: `}${i.messageEn}`, 'en');
        en.lang = 'en';
        li.append(en);
        return li;
      }),
    );
    const more = total - Math.min(issues.length, MAX_SHOWN);
    problemsCount.replaceChildren(bilingual(`共 ${total} 个问题${more > 0 ? `，另有 ${more} 个未列出` : ''}`, `${total} problem${total === 1 ? '' : 's'}${more > 0 ? `, ${more} not listed` : ''}`));
    problemsSection.hidden = false;
  }

  function render(): void {
    if (current === undefined) return;
    if (current.kind === 'problems') {
      result.hidden = true;
      frame.srcdoc = '';
      showProblems(current.issues, current.total);
      say('数据有误，未生成报告', 'problems in the data: no report');
      return;
    }
    problemsSection.hidden = true;
    const loc = reportLocale();
    const labels = REPORT_LABELS[loc];
    const latest: Evaluation = current.kind === 'series' ? current.evaluation.evaluations[current.evaluation.evaluations.length - 1]! : current.evaluation;
    headlineTitle.replaceChildren(
      current.kind === 'series'
        ? bilingual(`逐年评估：${current.evaluation.years.join('、')}年；下表为 ${latest.asOf} 的主要指标`, `year by year: ${current.evaluation.years.join(', ')}; the main indicators on ${latest.asOf} below`)
        : bilingual(`${latest.asOf} 的主要指标（专栏1）`, `main indicators (专栏1) on ${latest.asOf}`),
    );
    const body = headline.tBodies[0]!;
    body.replaceChildren(
      ...latest.headline.map((h) => {
        const tr = el('tr');
        tr.dataset['indicator'] = h.id;
        tr.append(
          el('td', h.clause),
          el('td', loc === 'en' ? h.nameEn : h.nameZh),
          el('td', h.display ?? '—', 'num'),
          el('td', h.target, 'num'),
          el('td', labels.progress[h.progress], `status-${h.progress}`),
        );
        return tr;
      }),
    );
    frame.srcdoc = renderReport(current.evaluation, { format: 'html', locale: loc });
    result.hidden = false;
    say(current.kind === 'series' ? `已生成 ${current.evaluation.years.length} 个年度的终期评估报告` : '已生成评估报告', current.kind === 'series' ? `final-assessment report of ${current.evaluation.years.length} years ready` : 'report ready');
  }

  function reportName(ext: string): string {
    if (current === undefined || current.kind === 'problems') return `longchuan-report.${ext}`;
    const years = current.kind === 'series' ? current.evaluation.years : [];
    const span = current.kind === 'series' ? `${years[0]}-${years[years.length - 1]}` : current.evaluation.asOf;
    return `longchuan-report-${span}.${reportLocale()}.${ext}`;
  }
  function evaluated(): Evaluation | SeriesEvaluation | undefined {
    return current === undefined || current.kind === 'problems' ? undefined : current.evaluation;
  }

  input.addEventListener('change', () => void take(Array.from(input.files ?? [])).catch(failed));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void take(Array.from(e.dataTransfer?.files ?? [])).catch(failed);
  });
  locale.addEventListener('change', render);
  $('download-html').addEventListener('click', () => {
    const ev = evaluated();
    if (ev) download(reportName('html'), 'text/html;charset=utf-8', renderReport(ev, { format: 'html', locale: reportLocale() }));
  });
  $('download-md').addEventListener('click', () => {
    const ev = evaluated();
    if (ev) download(reportName('md'), 'text/markdown;charset=utf-8', renderReport(ev, { format: 'markdown', locale: reportLocale() }));
  });
  $('download-json').addEventListener('click', () => {
    const ev = evaluated();
    if (ev) download(reportName('json').replace(`.${reportLocale()}.json`, '.json'), 'application/json', `${JSON.stringify(ev, null, 2)}\n`);
  });
  $('download-template-xlsx').addEventListener('click', () => download('longchuan-template.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsxTemplate('zh-CN') as Uint8Array<ArrayBuffer>));
  $('download-template-csv').addEventListener('click', () => {
    const units = csvTemplateFiles('zh-CN')[0]!;
    download(units.name, 'text/csv;charset=utf-8', units.text);
  });
  say('请选择文件', 'choose files to begin');
}
