// The widget's CSS, scoped by its shadow root. `all: initial` on the host stops the portal's
// inherited styles (fonts, colours, line heights) from leaking in.
export const css = `
:host { all: initial; }
* { box-sizing: border-box; }
.root {
  --brand: #1f5fbf; --on-brand: #ffffff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #1b1f24; position: fixed; bottom: 20px; z-index: 2147483000;
}
.root.right { right: 20px; } .root.left { left: 20px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
button, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.launcher { width: 60px; height: 60px; border-radius: 50%; border: 0; background: var(--brand);
  color: var(--on-brand); box-shadow: 0 4px 14px rgba(0,0,0,.25); position: relative;
  display: grid; place-items: center; margin-left: auto; }
.root.left .launcher { margin-left: 0; }
.launcher svg { width: 28px; height: 28px; fill: currentColor; }
.badge { position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px;
  padding: 0 6px; border-radius: 11px; background: #b00020; color: #fff; font-size: 12px;
  font-weight: 700; line-height: 22px; text-align: center; border: 2px solid #fff; }
.badge[hidden] { display: none; }
.panel { width: min(380px, calc(100vw - 40px)); height: min(600px, calc(100vh - 110px));
  background: #fff; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.3);
  display: flex; flex-direction: column; overflow: hidden; margin-bottom: 14px; }
.panel[hidden] { display: none; }
header { background: var(--brand); color: var(--on-brand); padding: 12px 14px;
  display: flex; align-items: flex-start; gap: 8px; }
header .titles { flex: 1; min-width: 0; }
header h2 { font-size: 16px; margin: 0; font-weight: 700; }
header p { margin: 2px 0 0; font-size: 13px; }
.icon-btn { background: transparent; border: 0; color: inherit; font-size: 22px; line-height: 1;
  width: 32px; height: 32px; border-radius: 6px; }
.conn { padding: 6px 14px; font-size: 13px; background: #fff4d6; color: #4d3800;
  border-bottom: 1px solid #e9d7a0; }
.conn.offline { background: #fde7e9; color: #7a0010; border-color: #f1b8bf; }
.conn[hidden], .banner[hidden], .typing[hidden], .extra[hidden] { display: none; }
.banner { padding: 6px 14px; font-size: 13px; background: #eef3fb; color: #1b2a41;
  border-bottom: 1px solid #d4def0; }
.banner p { margin: 1px 0; }
.banner .small { font-size: 12px; color: #2a3850; }
.greeting { padding: 12px 12px 0; }
.greeting[hidden] { display: none; }
.greeting p { margin: 0 0 6px; }
.greeting .hello { font-weight: 700; }
.mask { font-style: italic; }
.banner strong { font-weight: 700; }
.log { flex: 1; overflow-y: auto; }
.list { list-style: none; margin: 0; padding: 12px; display: flex; flex-direction: column;
  gap: 8px; }
.msg { max-width: 85%; display: flex; flex-direction: column; }
.msg .who { font-size: 12px; color: #4a5560; margin: 0 4px 2px; }
.msg .bubble { padding: 8px 11px; border-radius: 12px; white-space: pre-wrap;
  overflow-wrap: anywhere; }
.msg .meta { font-size: 12px; color: #4a5560; margin: 2px 4px 0; }
.msg.customer { align-self: flex-end; align-items: flex-end; }
.msg.customer .bubble { background: var(--brand); color: var(--on-brand);
  border-bottom-right-radius: 4px; }
.msg.bot { align-self: flex-start; }
.msg.bot .bubble { background: #eaf0f8; color: #14202e; border-bottom-left-radius: 4px;
  border: 1px solid #d2dceb; }
.msg.agent { align-self: flex-start; }
.msg.agent .bubble { background: #f3f0e8; color: #221d10; border-bottom-left-radius: 4px;
  border: 1px solid #ddd5c0; }
.msg.system { align-self: center; max-width: 95%; text-align: center; }
.msg.system .bubble { background: transparent; color: #3d4750; font-size: 13px;
  font-style: italic; padding: 2px 8px; }
.msg.pending .bubble { opacity: .8; }
.msg.failed .bubble { background: #fde7e9; color: #7a0010; border: 1px solid #f1b8bf; }
.msg .log-bubble { max-width: 100%; }
.log-text summary { cursor: pointer; overflow-wrap: anywhere; }
.log-text pre { margin: 6px 0 0; max-height: 240px; overflow: auto; white-space: pre;
  font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.msg .masked { font-size: 12px; color: #4a5560; margin: 2px 4px 0; }
.buttons { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.buttons[hidden] { display: none; }
.chip { border: 1px solid var(--brand); background: #fff; color: #123c7a; border-radius: 16px;
  padding: 5px 12px; font-size: 14px; }
.chip:hover { background: #eef3fb; }
.typing { padding: 0 14px 4px; font-size: 13px; color: #4a5560; font-style: italic; }
.extra { padding: 10px 14px; border-top: 1px solid #e3e7ec; background: #fafbfc;
  font-size: 14px; max-height: 45%; overflow-y: auto; }
.extra h3 { font-size: 14px; margin: 0 0 6px; }
.extra p { margin: 0 0 6px; }
.warn { background: #fff4d6; border: 1px solid #e9c46a; color: #3d2c00; border-radius: 8px;
  padding: 8px 10px; }
.count { margin: 0; padding: 2px 14px; font-size: 12px; color: #4a5560; text-align: right; }
.count.over { color: #9b1c1c; font-weight: 600; }
.earlier { display: block; margin: 4px auto; font-size: 13px; }
.row { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 6px; }
.field { display: flex; flex-direction: column; gap: 2px; margin-bottom: 6px; }
.field input, .field textarea { border: 1px solid #8a96a3; border-radius: 6px; padding: 6px 8px;
  background: #fff; }
.primary { background: var(--brand); color: var(--on-brand); border: 0; border-radius: 6px;
  padding: 7px 14px; font-weight: 600; }
.secondary { background: #fff; color: #1b1f24; border: 1px solid #8a96a3; border-radius: 6px;
  padding: 6px 12px; }
.stars { border: 0; padding: 0; margin: 0 0 6px; display: flex; gap: 4px; }
.stars legend { font-weight: 700; margin-bottom: 4px; padding: 0; }
.stars label { display: inline-flex; align-items: center; justify-content: center;
  width: 40px; height: 36px; border: 1px solid #8a96a3; border-radius: 6px; cursor: pointer;
  font-size: 14px; }
.stars input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.stars input:checked + label { background: var(--brand); color: var(--on-brand);
  border-color: var(--brand); }
.stars input:focus-visible + label { outline: 3px solid #ffbf47; outline-offset: 2px; }
.error { color: #9b0015; font-size: 13px; }
/* A phone: the open panel takes the whole screen, as chat apps do. */
@media (max-width: 480px) {
  .panel { position: fixed; inset: 0; width: 100vw; height: 100vh; height: 100dvh;
    border-radius: 0; margin: 0; z-index: 1; }
}
form.composer { display: flex; gap: 8px; padding: 10px 12px; border-top: 1px solid #e3e7ec; }
form.composer textarea { flex: 1; resize: none; border: 1px solid #8a96a3; border-radius: 8px;
  padding: 8px 10px; min-height: 40px; max-height: 120px; background: #fff; }
.actions { display: flex; gap: 6px; padding: 0 12px 10px; flex-wrap: wrap; }
.link { background: none; border: 0; color: #174ea6; text-decoration: underline; padding: 2px 4px;
  font-size: 13px; }
.link[hidden] { display: none; }
`;
