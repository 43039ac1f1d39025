/// The live scoreboard served at `/`: one page of HTML and CSS whose behaviour is the
/// JavaScript client library (`clients/js/crease.js`, served at `/crease.js`) and the demo's glue
/// (`clients/js/demo.js`, at `/demo.js`), both embedded in the binary at build time.
///
/// The page subscribes to every match `GET /v1/matches` lists and renders the
/// `CricketMatchSimulator` scorecard; the library does what a production client should:
/// reconnect with jitter and backoff, resume with `since`, apply merge patches, ack, and follow
/// `resync` through REST.
enum DemoPage {
    /// The client library, as shipped in `clients/js/crease.js`.
    static let clientLibrary: [UInt8] = PackageResources.crease_js
    /// The scoreboard's glue, as shipped in `clients/js/demo.js`.
    static let script: [UInt8] = PackageResources.demo_js

    static let html: String = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Crease · live cricket</title>
        <link rel="icon" href="data:,">
        <style>
          :root {
            --bg: #0e141b; --panel: #16202a; --panel-2: #1c2834; --line: #263443; --text: #e7edf3;
            --muted: #8b9bab; --accent: #5fd38d; --warn: #f0b429; --bad: #ef5350; --four: #3d8bfd; --six: #a66cff;
          }
          * { box-sizing: border-box; }
          body { margin: 0; background: var(--bg); color: var(--text);
                 font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
          header { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; justify-content: space-between;
                   gap: 12px; padding: 12px 20px; background: rgba(14, 20, 27, 0.92); border-bottom: 1px solid var(--line);
                   backdrop-filter: blur(6px); }
          h1 { margin: 0; font-size: 18px; letter-spacing: 0.3px; }
          h1 b { color: var(--accent); }
          #status { display: flex; align-items: center; gap: 8px; color: var(--muted); font-size: 13px; }
          #status .dot { width: 9px; height: 9px; border-radius: 50%; background: var(--muted); flex: none; }
          #status.ok .dot { background: var(--accent); box-shadow: 0 0 8px var(--accent); }
          #status.warn .dot { background: var(--warn); }
          #status.bad .dot { background: var(--bad); }
          #note { color: var(--warn); font-size: 12px; }
          main { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; padding: 20px; }
          #empty { grid-column: 1 / -1; color: var(--muted); text-align: center; padding: 60px 0; }
          .card { position: relative; background: var(--panel); border: 1px solid var(--line); border-radius: 14px;
                  padding: 14px 16px 12px; overflow: hidden; }
          .card.flash { animation: flash 1.8s ease-out; }
          @keyframes flash { 0% { background: #6b1d1d; border-color: var(--bad); } 100% { background: var(--panel); border-color: var(--line); } }
          .top { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
          .title { font-weight: 650; font-size: 15px; }
          .badge { font-size: 11px; font-weight: 700; padding: 2px 7px; border-radius: 999px; background: var(--bad); color: #fff; }
          .badge.done { background: var(--panel-2); color: var(--muted); }
          .sub { color: var(--muted); font-size: 12px; margin-top: 2px; }
          .score { display: flex; align-items: baseline; gap: 10px; margin: 10px 0 2px; }
          .runs { font-size: 30px; font-weight: 750; letter-spacing: 0.5px; }
          .overs { color: var(--muted); }
          .rr { margin-left: auto; color: var(--muted); font-size: 12px; text-align: right; }
          .chase { font-size: 13px; color: var(--warn); min-height: 1em; }
          table { width: 100%; border-collapse: collapse; margin-top: 10px; font-size: 13px; }
          th { color: var(--muted); font-weight: 500; text-align: right; padding: 2px 4px; }
          td { text-align: right; padding: 3px 4px; border-top: 1px solid var(--line); }
          th:first-child, td:first-child { text-align: left; }
          td.on { font-weight: 650; }
          td.on::after { content: " *"; color: var(--accent); }
          .balls { display: flex; gap: 5px; margin-top: 10px; min-height: 26px; }
          .ball { min-width: 26px; height: 26px; padding: 0 5px; border-radius: 13px; display: inline-flex; align-items: center;
                  justify-content: center; font-size: 11px; font-weight: 700; background: var(--panel-2); color: var(--text); }
          .ball.b4 { background: var(--four); } .ball.b6 { background: var(--six); } .ball.w { background: var(--bad); }
          .ball.x { background: #6b5417; } .ball.dot { color: var(--muted); }
          .wicket { margin-top: 8px; font-size: 12px; color: #f3a6a4; min-height: 1em; }
          .comm { margin-top: 6px; font-size: 13px; font-style: italic; color: #c9d4de; min-height: 2.6em; }
          .foot { display: flex; justify-content: space-between; gap: 8px; margin-top: 8px; padding-top: 8px;
                  border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
          .foot .state { color: var(--text); }
          pre { white-space: pre-wrap; word-break: break-word; font-size: 12px; color: var(--muted); margin: 10px 0 0; }
        </style>
        </head>
        <body>
        <header>
          <h1><b>Crease</b> · live cricket</h1>
          <div id="status" class="warn"><span class="dot"></span><span id="status-text">connecting…</span><span id="note"></span></div>
        </header>
        <main id="grid"><div id="empty">Waiting for matches…</div></main>
        <script type="module" src="/demo.js"></script>
        </body>
        </html>
        """#
}
