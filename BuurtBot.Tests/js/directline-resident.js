// A resident on Microsoft's botframework-directlinejs in Node, driven by a test over stdin/stdout.
// Node has neither XMLHttpRequest nor (in v20) WebSocket, which directlinejs expects of a browser: it gets
// `ws` for the stream and an ajax built on fetch, both through its own documented service hooks.
// Out (one JSON object a line): {"activity": …}, {"status": n}, {"posted": id} or {"postError": "…"}.
// In: {"say": "text"} or {"tap": <card action>} (posted as Web Chat posts that button).
"use strict";
const { DirectLine } = require("botframework-directlinejs");
const { Observable } = require("rxjs/Observable");
const WebSocket = require("ws");
const readline = require("readline");

const [bot] = process.argv.slice(2);
const out = (message) => process.stdout.write(JSON.stringify(message) + "\n");

// The rxjs 5 ajax contract directlinejs uses: emits { response, status, xhr } or errors with { status, xhr }.
function ajax(request) {
  return Observable.create((subscriber) => {
    const controller = new AbortController();
    const headers = { ...(request.headers || {}) };
    let body = request.body;
    if (body !== undefined && typeof body !== "string") {
      body = JSON.stringify(body);
      headers["Content-Type"] = headers["Content-Type"] || "application/json";
    }
    fetch(request.url, { method: request.method || "GET", headers, body, signal: controller.signal })
      .then(async (response) => {
        const text = await response.text();
        const xhr = { getResponseHeader: (name) => response.headers.get(name) };
        let parsed = null;
        try { parsed = text ? JSON.parse(text) : null; } catch { parsed = text; }
        if (response.ok) {
          subscriber.next({ response: parsed, status: response.status, xhr });
          subscriber.complete();
        } else {
          subscriber.error({ status: response.status, response: parsed, xhr });
        }
      })
      .catch((error) => subscriber.error({ status: 0, message: String(error), xhr: { getResponseHeader: () => null } }));
    return () => controller.abort();
  });
}

(async () => {
  const generated = await fetch(bot + "/v3/directline/tokens/generate", { method: "POST" });
  const { token } = await generated.json();
  const directLine = new DirectLine({
    token,
    domain: bot + "/v3/directline",
    webSocket: true,
    WebSocket,
    ajax,
    conversationStartProperties: { locale: "nl-NL" },
  });
  directLine.connectionStatus$.subscribe((status) => out({ status }));
  directLine.activity$.subscribe((activity) => out({ activity }), (error) => out({ activityError: String(error && error.message || error) }));

  const post = (activity) => directLine.postActivity({ from: { id: "bewoner-1", name: "Bewoner" }, type: "message", locale: "nl-NL", ...activity })
    .subscribe((id) => out({ posted: id }), (error) => out({ postError: String(error && error.status || error) }));

  readline.createInterface({ input: process.stdin }).on("line", (line) => {
    const command = JSON.parse(line);
    if (command.say !== undefined) post({ text: command.say });
    else if (command.tap) {
      // As Web Chat's card action handler: messageBack sends text and value and shows displayText; imBack sends its value.
      const action = command.tap;
      post(action.type === "messageBack"
        ? { text: action.text, value: action.value, channelData: { messageBack: { displayText: action.displayText } } }
        : { text: action.value });
    } else if (command.end) {
      directLine.end();
      process.exit(0);
    }
  });
})().catch((error) => { out({ fatal: String(error) }); process.exit(1); });
