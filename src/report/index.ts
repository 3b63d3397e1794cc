/**
 * Reports people can read: an evaluation rendered as a terminal table, GitHub-flavoured Markdown or one
 * self-contained HTML page with inline SVG charts, in Chinese or English.
 *
 * @module
 */
export { renderReport, type RenderReportOptions, type ReportFormat } from './renderReport';
export { renderText, type RenderTextOptions } from './renderText';
export { renderMarkdown, type RenderMarkdownOptions } from './renderMarkdown';
export { renderHtml, type RenderHtmlOptions } from './renderHtml';
export { REPORT_LABELS, type ReportLabels, type ReportLocale } from './labels';
export { renderSeriesText, type RenderSeriesTextOptions } from './renderSeriesText';
export { renderSeriesMarkdown, type RenderSeriesOptions } from './renderSeriesMarkdown';
export { renderSeriesHtml, type RenderSeriesHtmlOptions } from './renderSeriesHtml';
export { SERIES_LABELS, type SeriesLabels } from './seriesLabels';
