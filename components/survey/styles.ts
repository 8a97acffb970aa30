// The survey page's whole stylesheet, inlined: no CSS request, no web fonts. Mobile-first,
// tap targets of at least 44px, a focus ring you can see, high contrast in light and dark.
export const SURVEY_CSS = `
:root{--bg:#f4f2ee;--card:#fff;--fg:#16181d;--muted:#4b5058;--line:#c9ccd1;--acc:#0b6b61;--acc-fg:#fff;--err:#b3261e;--ring:#1a56db;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#111315;--card:#1c1f23;--fg:#f1f2f4;--muted:#b4b9c0;--line:#4a5058;--acc:#5fd3c4;--acc-fg:#07211e;--err:#ffb4ab;--ring:#8ab4ff}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Hiragino Sans","Noto Sans JP","Yu Gothic",sans-serif}
.wrap{max-width:40rem;margin:0 auto;padding:12px 16px 40px}
.top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;min-height:48px}
.org{flex:1 1 9rem;font-weight:700;font-size:1rem;margin:0;overflow-wrap:anywhere}
h1{font-size:1.2rem;line-height:1.35;font-weight:700;margin:12px 0 4px}
.lead{margin:0 0 16px;color:var(--muted)}
.lang{position:relative;margin-left:auto}
.lang summary{white-space:nowrap;list-style:none;cursor:pointer;min-height:44px;min-width:44px;display:flex;align-items:center;gap:6px;padding:0 12px;border:1px solid var(--line);border-radius:22px;background:var(--card);font-size:.95rem}
.lang summary::-webkit-details-marker{display:none}
.lang ul{position:absolute;right:0;z-index:2;margin:6px 0 0;padding:6px;list-style:none;background:var(--card);border:1px solid var(--line);border-radius:12px;box-shadow:0 6px 24px #0003;min-width:10rem}
.lang a,.lang button{display:flex;align-items:center;min-height:44px;padding:0 12px;border-radius:8px;color:var(--fg);text-decoration:none;font:inherit;background:none;border:0;width:100%;cursor:pointer}
.lang a[aria-current],.lang button[aria-current]{font-weight:700;background:var(--bg)}
.q{border:0;margin:0 0 12px;padding:16px;background:var(--card);border-radius:16px;box-shadow:0 1px 2px #0000001a}
.q legend,.q>label{float:left;width:100%;padding:0;margin:0 0 4px;font-weight:650;font-size:1.08rem}
.q legend+*,.q>label+*{clear:both}
.hint{margin:0 0 10px;color:var(--muted);font-size:.9rem}
.ends{display:flex;justify-content:space-between;gap:12px;margin:8px 0 0;color:var(--muted);font-size:.85rem}
.ends span:last-child{text-align:right}
.scale{display:grid;gap:6px;grid-template-columns:repeat(var(--n),1fr);margin-top:8px}
.s11{--n:6}.s5{--n:5}.s7{--n:7}
@media (min-width:560px){.s11{--n:11}}
.opt,.chip{position:relative;display:block}
.opt input,.chip input{position:absolute;opacity:0;inset:0;width:100%;height:100%;margin:0;cursor:pointer}
.opt span{display:flex;align-items:center;justify-content:center;min-height:48px;border:2px solid var(--line);border-radius:12px;font-weight:650;font-variant-numeric:tabular-nums;background:var(--card)}
.chips{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
.chip span{display:flex;align-items:center;min-height:44px;padding:0 16px;border:2px solid var(--line);border-radius:22px;background:var(--card)}
.opt input:checked+span,.chip input:checked+span{background:var(--acc);border-color:var(--acc);color:var(--acc-fg)}
.chip input:checked+span::before{content:"✓ "}
input:focus-visible+span,textarea:focus-visible,.txt:focus-visible,.ck input:focus-visible,button:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid var(--ring);outline-offset:2px}
.cb{display:none}#survey:has([data-low]:checked) .cb{display:block}
.lbl{display:block;margin:0 0 4px;font-weight:600}
.txt{display:block;width:100%;min-height:48px;padding:0 12px;border:2px solid var(--line);border-radius:12px;background:var(--card);color:var(--fg);font:inherit}
.ck{display:flex;gap:10px;align-items:flex-start;margin-top:12px;min-height:44px;cursor:pointer}
.ck input{width:24px;height:24px;margin:0;flex:none;accent-color:var(--acc)}
textarea{display:block;width:100%;min-height:6.5rem;padding:12px;border:2px solid var(--line);border-radius:12px;background:var(--card);color:var(--fg);font:inherit;resize:vertical}
.btn{display:flex;align-items:center;justify-content:center;width:100%;min-height:52px;margin-top:8px;padding:0 20px;border:0;border-radius:14px;background:var(--acc);color:var(--acc-fg);font:inherit;font-weight:700;font-size:1.1rem;cursor:pointer;text-decoration:none}
.btn[disabled]{opacity:.6}
.clear{margin-top:6px;min-height:44px;padding:0 8px;border:0;background:none;color:var(--muted);font:inherit;font-size:.9rem;text-decoration:underline;cursor:pointer}
.note{margin:12px 0;color:var(--muted);font-size:.9rem}
.info{margin:0 0 12px;padding:12px 16px;border-radius:12px;border:2px solid var(--line);background:var(--card)}
.alert{margin:0 0 12px;padding:12px 16px;border-radius:12px;border:2px solid var(--err);background:var(--card);color:var(--err);font-weight:600}
.ferr{margin:6px 0 0;color:var(--err);font-weight:600;font-size:.95rem}
.bad{box-shadow:inset 0 0 0 2px var(--err)}
.panel{margin:24px 0;padding:28px 20px;background:var(--card);border-radius:20px;text-align:center;box-shadow:0 1px 2px #0000001a}
.panel h1{margin:12px 0 8px}
.panel p{margin:0 0 8px}
.panel .sub{color:var(--muted);font-size:.95rem}
.icon{width:64px;height:64px;margin:0 auto;border-radius:50%;display:flex;align-items:center;justify-content:center;background:var(--bg);color:var(--acc)}
.icon svg{width:36px;height:36px}
.warn .icon{color:var(--muted)}
.badge{white-space:nowrap;display:inline-flex;align-items:center;min-height:32px;padding:0 12px;border-radius:16px;background:var(--card);border:1px solid var(--line);font-size:.85rem;font-weight:600}
.badge.busy{background:var(--acc);color:var(--acc-fg);border-color:var(--acc)}
.kiosk .wrap{max-width:46rem}
.kiosk .opt span{min-height:60px;font-size:1.2rem}
@media (prefers-reduced-motion:no-preference){.opt span,.chip span,.btn{transition:background-color .12s,border-color .12s}.panel{animation:in .25s ease-out}@keyframes in{from{transform:translateY(8px)}}}
`.replace(/\n/g, "");
