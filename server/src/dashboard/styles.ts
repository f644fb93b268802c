/** The dashboard's one stylesheet, served as /dashboard.css so the page's CSP can forbid inline styles. */
export const DASHBOARD_CSS = `
:root { --bg: #f5f6f8; --card: #fff; --ink: #1f2430; --muted: #667085; --line: #e4e7ec; --accent: #4f46e5;
  --accent-soft: #e0e7ff; --won: #12a37a; --commit: #e08a0b; --best: #c7cdd8; --weighted: #4f46e5; --danger: #c0362c; --ok: #12805c;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
header.top { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; justify-content: space-between;
  padding: .8rem 1.5rem; background: var(--card); border-bottom: 1px solid var(--line); }
header.top .brand { font-weight: 700; font-size: 1.05rem; text-decoration: none; color: var(--ink); }
header.top .brand span { color: var(--muted); font-weight: 500; }
header.top nav { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; color: var(--muted); font-size: .9rem; }
.langs a { margin-left: .35rem; text-decoration: none; padding: .1rem .35rem; border-radius: 4px; }
.langs a[aria-current] { background: var(--accent-soft); font-weight: 600; }
main { max-width: 1200px; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
main.narrow { max-width: 560px; padding-top: 3rem; }
h1 { font-size: 1.4rem; margin: .2rem 0 1rem; }
h2 { font-size: 1.05rem; margin: 0 0 .75rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.1rem; margin-bottom: 1.1rem; min-width: 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 480px), 1fr)); gap: 1.1rem; margin-bottom: 1.1rem; }
.grid > .card { margin-bottom: 0; }
.tiles { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: .75rem; margin: 0 0 1.1rem; padding: 0; list-style: none; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .75rem .9rem; }
.tile .label { color: var(--muted); font-size: .8rem; }
.tile .value { font-size: 1.35rem; font-weight: 650; margin-top: .15rem; font-variant-numeric: tabular-nums; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.muted, .hint { color: var(--muted); font-size: .85rem; }
.page-head { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: end; justify-content: space-between; margin-bottom: 1rem; }
.page-head h1 { margin: 0; }
.page-head .filters { margin: 0; }
.filters { display: flex; gap: .75rem; align-items: end; flex-wrap: wrap; margin-bottom: 1rem; }
.filters label { display: grid; gap: .2rem; font-size: .8rem; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: .9rem; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { color: var(--muted); font-weight: 600; font-size: .8rem; }
td.num, th.num { text-align: right; white-space: nowrap; }
.scroll { overflow-x: auto; }
details summary { cursor: pointer; color: var(--accent); font-size: .85rem; margin-top: .5rem; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font: 13px system-ui, sans-serif; fill: var(--ink); }
svg.chart text.dim { fill: var(--muted); }
.legend { display: flex; gap: 1rem; flex-wrap: wrap; margin: .5rem 0 0; padding: 0; list-style: none; font-size: .8rem; color: var(--muted); }
.legend svg { vertical-align: -1px; margin-right: .3rem; }
.bar { display: inline-block; vertical-align: middle; }
.inline-bar { display: inline-flex; gap: .5rem; align-items: center; white-space: nowrap; }
input, select, button { font: inherit; }
input, select { padding: .4rem .55rem; border: 1px solid #cfd4dc; border-radius: 6px; background: #fff; min-width: 0; }
input:focus, select:focus, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button { padding: .42rem .9rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; font-weight: 600; }
button.secondary { background: #fff; color: var(--ink); border-color: #cfd4dc; font-weight: 500; }
button.danger { background: #fff; color: var(--danger); border-color: #f0c4c0; font-weight: 500; }
button.link { background: none; border: none; color: var(--accent); padding: 0; font-weight: 500; }
form.inline { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; margin: 0; }
form.stacked { display: grid; gap: .8rem; }
form.stacked label { display: grid; gap: .3rem; font-weight: 600; font-size: .9rem; }
.quota-row input[type=number] { width: 9rem; }
.quota-row td:first-child { width: 40%; }
.links { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: baseline; }
.links p { margin: 0; }
.notice { border-radius: 8px; padding: .7rem .9rem; margin-bottom: 1rem; }
.notice.error { background: #fdecea; color: #8a1f17; border: 1px solid #f5c2bd; }
.notice.ok { background: #e7f6ef; color: #0d5c41; border: 1px solid #b8e3cf; }
.link-box { width: 100%; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; }
ol.steps li { margin-bottom: .4rem; }
.badge { display: inline-block; font-size: .72rem; padding: .05rem .45rem; border-radius: 999px; background: var(--accent-soft); color: #3730a3; }
.badge.revoked { background: #f1f1f3; color: var(--muted); }
.dup { border-top: 1px solid var(--line); padding: .7rem 0; }
.dup:first-of-type { border-top: 0; }
.dup ul { margin: .3rem 0 .5rem; padding-left: 1.1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 800px) { .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
@media (max-width: 640px) { main { padding: 1rem .75rem 2rem; } header.top { padding: .7rem .9rem; } .tile .value { font-size: 1.15rem; } }
`;
