namespace Interdict.Server.Console;

/// <summary>The console's one small stylesheet, inlined into every page (one round trip, nothing else to fetch).</summary>
/// <remarks>Colours meet WCAG AA contrast on white; focus is always visible; the layout folds to one column below 800 px.</remarks>
static class ConsoleStyles
{
    public const string Css = """
:root{--ink:#1b1f24;--muted:#4d5661;--line:#c9d0d8;--bg:#f6f7f9;--accent:#0b57a4;--ok:#1d6b2f;--bad:#a3200f;--warn:#7a4d00;--mark:#ffe08a}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#fff}
a{color:var(--accent)}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:12px 24px;padding:8px 20px;background:#102a43;color:#fff}
header.top a{color:#fff}
.brand{font-weight:700;font-size:18px;text-decoration:none}
nav ul{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:0;padding:0}
nav a{text-decoration:none;padding:4px 2px;border-bottom:3px solid transparent}
nav a[aria-current=page]{border-bottom-color:#f2a900}
.who{margin-left:auto;display:flex;gap:10px;align-items:center}
.role{background:#243b53;border-radius:3px;padding:1px 6px;font-size:13px}
button.link{background:none;border:0;color:#fff;text-decoration:underline;cursor:pointer;font:inherit}
main{padding:16px 20px;max-width:1400px}
h1{font-size:22px;margin:4px 0 12px}h2{font-size:18px;margin:20px 0 8px}h3{font-size:16px;margin:14px 0 6px}
form.search,fieldset{display:flex;flex-wrap:wrap;gap:10px 14px;align-items:flex-end}
fieldset{border:1px solid var(--line);border-radius:4px;padding:8px 12px;margin:0 0 10px}
legend{font-weight:600;padding:0 4px}
label{display:flex;flex-direction:column;font-size:13px;color:var(--muted);gap:2px}
label.inline{flex-direction:row;align-items:center;gap:6px;color:var(--ink);font-size:14px}
input,select,textarea{font:inherit;padding:5px 7px;border:1px solid #8a96a3;border-radius:3px;color:var(--ink);background:#fff}
input[type=checkbox],input[type=radio]{width:auto}
textarea{min-width:280px}
button,.button{font:inherit;padding:6px 14px;border-radius:3px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:var(--accent)}
button.danger{background:var(--bad);border-color:var(--bad)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--bg);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.score{font-weight:700;font-variant-numeric:tabular-nums}
mark{background:var(--mark);color:inherit;padding:0 1px}
.agrees{color:var(--ok)}.conflicts{color:var(--bad)}.decisive{color:var(--accent);font-weight:600}
.notice{border-left:4px solid var(--accent);background:#eef4fb;padding:8px 12px;margin:8px 0}
.error{border-left:4px solid var(--bad);background:#fdecea;padding:8px 12px;margin:8px 0}
.ok{border-left:4px solid var(--ok);background:#e8f5ea;padding:8px 12px;margin:8px 0}
.muted{color:var(--muted)}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:16px}
.card{border:1px solid var(--line);border-radius:4px;padding:10px 14px}
.card h2{margin-top:4px}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:3px 14px;margin:0}
dl.fields dt{color:var(--muted)}dl.fields dd{margin:0;overflow-wrap:anywhere}
.decision{font-size:18px;font-weight:700}
.decision.prohibited{color:var(--bad)}.decision.permitted{color:var(--ok)}.decision.cap_applies,.decision.requires_committee_approval,.decision.permitted_with_exemption{color:var(--warn)}
.pager{display:flex;gap:12px;align-items:center}
.svgwrap{overflow-x:auto;border:1px solid var(--line);border-radius:4px}.svgwrap.tall{max-height:60vh;overflow:auto}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
del{color:var(--bad)}ins{color:var(--ok);text-decoration:none}.in-force-mark{color:var(--ok)}
svg a.measure:hover rect{opacity:.8}
svg text{font-family:system-ui,"DejaVu Sans",sans-serif}
input,select,textarea,label{max-width:100%;min-width:0}
@media (max-width:800px){main{padding:10px;overflow-wrap:anywhere}.who{margin-left:0}table{font-size:13px;display:block;overflow-x:auto}th,td{padding:4px}textarea{min-width:0;width:100%}.cols{grid-template-columns:minmax(0,1fr)}}
""";
}
