/**
 * What every HTML report shares: its Content-Security-Policy and its style sheet (the report of one evaluation and
 * the final-assessment report of a series), kept in one place so the two pages cannot drift apart.
 *
 * @module
 */

/**
 * The Content-Security-Policy every HTML report carries in a `<meta>` right after its charset: nothing may load or
 * run (`default-src 'none'`: no script, no image, font, frame or request), the page's own inline styles apply, and
 * neither a `<base>` nor a form can be used. The report needs nothing more, so markup that escaped the escaping
 * would still be inert.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The style sheet of every HTML report. Colours meet WCAG AA (4.5:1) as text on white and on their tinted backgrounds. */
export const REPORT_CSS = /* @__PURE__ */ `
:root{color-scheme:light;--fg:#1f2328;--muted:#57606a;--border:#d0d7de;--panel:#f6f8fa;--green:#116329;--blue:#0550ae;--amber:#7d4e00;--red:#a40e26;--grey:#57606a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
header,main,footer{max-width:1180px;margin:0 auto;padding:0 20px}
header{padding-top:28px;padding-bottom:8px;border-bottom:3px solid var(--blue)}
h1{font-size:1.55rem;line-height:1.3;margin:0 0 4px}
.subtitle{margin:0 0 12px;color:var(--muted);font-size:1.05rem}
dl.meta{display:flex;flex-wrap:wrap;gap:4px 28px;margin:0 0 8px}
dl.meta div{display:flex;gap:6px}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
nav.toc{display:flex;flex-wrap:wrap;gap:4px 16px;margin:8px 0 0;font-size:.9rem}
nav.toc a{color:var(--blue)}
h2{font-size:1.25rem;margin:32px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--border)}
h3{font-size:1.1rem;margin:24px 0 8px}
h4{font-size:1rem;margin:16px 0 8px;color:var(--muted)}
p{margin:8px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:12px}
.card{border:1px solid var(--border);border-radius:8px;padding:12px 14px;background:var(--panel)}
.card h3{margin:0 0 8px;font-size:.95rem}
.card ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.table-wrap{position:relative;overflow-x:auto;border:1px solid var(--border);border-radius:8px;margin:8px 0 16px}
.table-wrap.narrow{max-width:640px}
.table-wrap.narrow td{padding:3px 10px}
table{border-collapse:collapse;width:100%;font-size:14px}
caption{text-align:left;font-weight:600;padding:8px 10px;background:var(--panel);border-bottom:1px solid var(--border)}
th,td{padding:6px 10px;border-bottom:1px solid var(--border);text-align:left;vertical-align:top}
tbody tr:last-child th,tbody tr:last-child td{border-bottom:0}
thead th{background:var(--panel);font-weight:600;white-space:nowrap}
tbody th{font-weight:600}
th.name{min-width:12em}
td.msg{min-width:16em}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;white-space:nowrap}
tr.total th,tr.total td{border-top:2px solid var(--border);background:var(--panel)}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:.85em;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.s-achieved,.s-pass,.s-done{color:var(--green);background:#dafbe1}
.s-on_track,.s-in_progress{color:var(--blue);background:#ddf4ff}
.s-behind,.s-pending,.s-not_started,.s-advisory{color:var(--amber);background:#fff8c5}
.s-not_achieved,.s-fail{color:var(--red);background:#ffebe9}
.s-no_data,.s-missing_data,.s-not_applicable{color:var(--grey);background:#f6f8fa}
.notice{margin:.5rem 0;padding:.5rem .75rem;border:2px solid var(--amber);border-radius:6px;background:#fff8c5;color:var(--amber);font-weight:700}
th.ind{white-space:normal;min-width:6em;vertical-align:bottom}
.path{display:block;font-size:.78em;color:var(--muted)}
.coverage{margin:.5rem 0;padding:.5rem .75rem;border-left:4px solid var(--border)}
.coverage.incomplete{border-left-color:var(--amber);background:#fff8c5;font-weight:600}
.cell{display:inline-block;padding:0 6px;border-radius:4px;font-weight:600}
.value{font-weight:700}
.muted{color:var(--muted)}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:0 0 12px;padding:0;list-style:none;font-size:.9rem;color:var(--muted)}
.legend li{display:flex;align-items:center;gap:6px}
.key{display:inline-block;width:24px;height:0;border-top:2px solid}
.key-target{border-top:2px dashed var(--red)}
.key-trajectory{border-top-color:var(--blue)}
.key-dot{width:12px;height:12px;border-radius:50%;border:0}
.key-baseline{background:var(--fg);width:9px;height:9px}
.key-expected{background:#fff;border:2px solid var(--blue);width:10px;height:10px}
.key-current{background:conic-gradient(var(--green) 0 33%,var(--amber) 0 66%,var(--red) 0)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,400px),1fr));gap:16px}
figure.chart{margin:0;border:1px solid var(--border);border-radius:8px;padding:12px 12px 6px;background:#fff}
figure.chart figcaption{display:flex;justify-content:space-between;align-items:flex-start;gap:8px;font-weight:600;font-size:.92rem;line-height:1.35;min-height:2.7em}
.chart-svg{display:block;width:100%;height:auto;margin-top:6px}
.chart-svg text{font-size:12px;fill:var(--muted);paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.chart-svg .grid{stroke:#eaeef2;stroke-width:1}
.chart-svg .axis{stroke:#8c959f;stroke-width:1}
.chart-svg .asof{stroke:#6e7781;stroke-width:1;stroke-dasharray:2 3}
.chart-svg .target{stroke:var(--red);stroke-width:2;stroke-dasharray:7 4}
.chart-svg .target-label{fill:var(--red);font-weight:700;font-size:13px}
.chart-svg .trajectory{stroke:var(--blue);stroke-width:2}
.chart-svg .baseline{fill:var(--fg)}
.chart-svg .point-label{fill:var(--fg)}
.chart-svg .expected{fill:#fff;stroke:var(--blue);stroke-width:2}
.chart-svg .current{stroke:#fff;stroke-width:2}
.chart-svg .value-label{fill:var(--fg);font-size:14px;font-weight:700}
.chart-svg .novalue-label{fill:var(--grey);font-size:13px;font-style:italic}
.chart-svg .dot-achieved{fill:var(--green)}
.chart-svg .dot-on_track{fill:var(--blue)}
.chart-svg .dot-behind{fill:var(--amber)}
.chart-svg .dot-not_achieved{fill:var(--red)}
.chart-svg .dot-no_data{fill:var(--grey)}
footer{margin-top:40px;padding-top:12px;padding-bottom:32px;border-top:1px solid var(--border);color:var(--muted);font-size:.9rem}
@media (max-width:640px){body{font-size:14px}header,main,footer{padding:0 12px}header{padding-top:16px}th,td{padding:4px 6px}.chart-svg text{font-size:15px}.chart-svg .value-label{font-size:17px}}
@media print{nav.toc{display:none}.table-wrap{overflow:visible;border:0}figure.chart,tr{break-inside:avoid}}
`.trim();
