// BuurtBot web chat: a small Direct Line 3.0 client. It listens on the WebSocket stream and falls
// back to polling when sockets keep failing (a proxy that blocks them). No framework, no CDN.
// Every text goes into the page through textContent, never innerHTML.
(() => {
  "use strict";
  const api = "/v3/directline";
  const log = document.getElementById("log");
  const choices = document.getElementById("choices");
  const status = document.getElementById("status");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const store = window.sessionStorage;
  // The page's texts (from resources, in the page's language) and its language: the bot is asked to speak it.
  const texts = document.getElementById("chat").dataset;
  const pageLocale = texts.locale || "nl-NL";
  const pageLanguage = (document.documentElement.lang || "nl").split("-")[0];
  let conversation = null;
  let watermark = "";
  let polling = false;
  let mode = "stream"; // "poll" once the stream has failed too often
  let streamFailures = 0; // in a row, without the socket ever opening
  const maxStreamFailures = 3;
  const seen = new Set();

  const say = (text) => { status.textContent = text; };

  async function call(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (conversation) headers.Authorization = "Bearer " + conversation.token;
    const response = await fetch(api + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error((json.error && json.error.message) || response.statusText);
      error.status = response.status;
      throw error;
    }
    return json;
  }

  async function start() {
    const saved = JSON.parse(store.getItem("buurtbot.conversation") || "null");
    if (saved) {
      conversation = saved;
      try {
        conversation = { ...saved, ...(await call("GET", "/conversations/" + encodeURIComponent(saved.conversationId))) };
      } catch {
        conversation = null;
      }
    }
    if (!conversation) {
      conversation = await call("POST", "/tokens/generate");
      conversation = await call("POST", "/conversations", { locale: pageLocale });
    }
    store.setItem("buurtbot.conversation", JSON.stringify(conversation));
    setInterval(refresh, Math.max(60, conversation.expires_in - 120) * 1000);
    await openSteunLink();
    listen();
  }

  function listen() {
    if (mode === "stream" && conversation.streamUrl && typeof window.WebSocket === "function") connect(conversation.streamUrl);
    else { mode = "poll"; poll(); }
  }

  // The stream sends ActivitySets ({activities, watermark}); an empty message only keeps it alive.
  function connect(url) {
    if (window.location.protocol === "https:") url = url.replace(/^ws:/, "wss:");
    let socket;
    try {
      socket = new WebSocket(url);
    } catch {
      return streamFailed(false);
    }
    let opened = false;
    socket.addEventListener("open", () => { opened = true; streamFailures = 0; say(""); });
    socket.addEventListener("message", (event) => {
      if (typeof event.data !== "string" || !event.data) return;
      const set = JSON.parse(event.data);
      if (set.watermark) watermark = set.watermark;
      (set.activities || []).forEach(show);
    });
    socket.addEventListener("close", () => streamFailed(opened));
  }

  // Reconnect with back-off from the last watermark (a fresh streamUrl, as Direct Line's reconnect
  // gives); after a few sockets that never opened, poll instead.
  function streamFailed(wasOpen) {
    if (!wasOpen && ++streamFailures >= maxStreamFailures) { mode = "poll"; poll(); return; }
    say(texts.offline);
    setTimeout(reconnect, wasOpen ? 250 : 250 * 2 ** streamFailures);
  }

  async function reconnect() {
    try {
      const fresh = await call("GET", "/conversations/" + encodeURIComponent(conversation.conversationId) + "?watermark=" + encodeURIComponent(watermark));
      conversation = { ...conversation, ...fresh };
      store.setItem("buurtbot.conversation", JSON.stringify(conversation));
      connect(conversation.streamUrl);
    } catch (error) {
      if (error.status === 401) { say(texts.expired); store.removeItem("buurtbot.conversation"); return; }
      streamFailed(false);
    }
  }

  // A share link (/?steun=CODE): tell the bot once, as the same "start" payload Telegram's
  // deep link carries; then drop it from the address so a reload does not open it again.
  async function openSteunLink() {
    const params = new URLSearchParams(window.location.search);
    const code = params.get("steun");
    if (code === null) return;
    params.delete("steun");
    const rest = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (rest ? "?" + rest : "") + window.location.hash);
    if (!/^[A-Za-z0-9]{1,16}$/.test(code)) return say(texts.badSteunLink);
    try {
      await call("POST", "/conversations/" + encodeURIComponent(conversation.conversationId) + "/activities", {
        type: "event",
        name: "start",
        value: "steun_" + code,
        from: { id: "resident", role: "user" },
        locale: pageLocale,
      });
    } catch (error) {
      say(error.message);
    }
  }

  async function refresh() {
    try {
      conversation = { ...conversation, ...(await call("POST", "/tokens/refresh")) };
      store.setItem("buurtbot.conversation", JSON.stringify(conversation));
    } catch { /* the next poll reports it */ }
  }

  async function poll() {
    if (polling) return;
    polling = true;
    try {
      const set = await call("GET", "/conversations/" + encodeURIComponent(conversation.conversationId) + "/activities?watermark=" + encodeURIComponent(watermark));
      watermark = set.watermark;
      set.activities.forEach(show);
      say("");
    } catch (error) {
      say(error.status === 401 ? texts.expired : texts.offline);
      if (error.status === 401) { store.removeItem("buurtbot.conversation"); return; }
    } finally {
      polling = false;
    }
    setTimeout(poll, 800);
  }

  function show(activity) {
    if (activity.type !== "message" || seen.has(activity.id)) return;
    seen.add(activity.id);
    const mine = activity.from && activity.from.role === "user";
    const item = document.createElement("li");
    item.className = mine ? "me" : "bot";
    // A message in another language than the page (an English bot on a Dutch page) says so, for screen readers (WCAG 3.1.2).
    const language = (activity.locale || "").split("-")[0].toLowerCase();
    if (!mine && /^[a-z]{2,3}$/.test(language) && language !== pageLanguage) item.lang = language;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = mine ? texts.you : (activity.from && activity.from.name) || "BuurtBot";
    item.append(who, ...withLinks(activity.text || ""));
    for (const attachment of activity.attachments || []) {
      if (!attachment.contentUrl) continue;
      const link = document.createElement("a");
      link.href = attachment.contentUrl;
      link.download = attachment.name || texts.file;
      link.textContent = texts.download.replace("{0}", attachment.name || texts.file);
      item.append(document.createElement("br"), link);
    }
    log.append(item);
    item.scrollIntoView({ block: "end" });
    if (!mine) showChoices(activity.suggestedActions ? activity.suggestedActions.actions : []);
  }

  // The text as written (the list keeps white-space: pre-wrap), with web addresses as links that open
  // in a new tab. Text nodes and an href set from a matched https address: nothing is parsed as HTML.
  function withLinks(text) {
    const nodes = [];
    let last = 0;
    for (const match of text.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g)) {
      nodes.push(document.createTextNode(text.slice(last, match.index)));
      const link = document.createElement("a");
      link.href = match[0];
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.textContent = match[0];
      nodes.push(link);
      last = match.index + match[0].length;
    }
    nodes.push(document.createTextNode(text.slice(last)));
    return nodes;
  }

  function showChoices(actions) {
    choices.replaceChildren();
    for (const action of actions) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = action.title;
      // messageBack: the chat shows the title (displayText), the bot recognises the choice by its value.
      button.addEventListener("click", () => action.type === "messageBack"
        ? send(action.displayText || action.text || action.title, action.value)
        : send(action.value || action.title));
      choices.append(button);
    }
  }

  async function send(text, value) {
    text = text.trim();
    if (!text) return;
    choices.replaceChildren();
    try {
      await call("POST", "/conversations/" + encodeURIComponent(conversation.conversationId) + "/activities", {
        type: "message",
        from: { id: "resident", role: "user" },
        text,
        value,
        locale: pageLocale,
        channelData: { clientActivityID: newId() },
      });
      if (mode === "poll") poll();
    } catch (error) {
      say(error.message);
    }
    input.focus();
  }

  const newId = () => Date.now().toString(36) + Math.random().toString(36).slice(2);

  // A photo goes through Direct Line's upload, as Web Chat's paperclip sends it; the server reads
  // its type from the bytes, removes everything but the pixels, and the bot answers.
  const photoInput = document.getElementById("photo");
  document.getElementById("photo-button").addEventListener("click", () => photoInput.click());
  photoInput.addEventListener("change", async () => {
    const file = photoInput.files && photoInput.files[0];
    photoInput.value = "";
    if (!file || !conversation) return;
    const body = new FormData();
    const activity = { type: "message", from: { id: "resident", role: "user" }, locale: pageLocale, channelData: { clientActivityID: newId() } };
    body.append("activity", new Blob([JSON.stringify(activity)], { type: "application/vnd.microsoft.activity" }), "blob");
    body.append("file", file, file.name);
    choices.replaceChildren();
    say(texts.photoSending);
    try {
      const response = await fetch(api + "/conversations/" + encodeURIComponent(conversation.conversationId) + "/upload?userId=resident",
        { method: "POST", headers: { Authorization: "Bearer " + conversation.token }, body });
      if (response.status === 413) say(texts.photoTooLarge);
      else if (!response.ok) say(texts.photoFailed);
      else { say(""); if (mode === "poll") poll(); }
    } catch {
      say(texts.photoFailed);
    }
  });

  async function sendLocation(latitude, longitude) {
    choices.replaceChildren();
    try {
      await call("POST", "/conversations/" + encodeURIComponent(conversation.conversationId) + "/activities", {
        type: "message",
        from: { id: "resident", role: "user" },
        location: { latitude, longitude },
        locale: pageLocale,
        channelData: { clientActivityID: newId() },
      });
      if (mode === "poll") poll();
    } catch (error) {
      say(error.message);
    }
  }

  // The browser is asked for the position only now, on the resident's click; never on page load.
  document.getElementById("locate").addEventListener("click", () => {
    if (!navigator.geolocation) { say(texts.locationUnsupported); return; }
    say(texts.locationSearching);
    navigator.geolocation.getCurrentPosition(
      (position) => { say(""); sendLocation(position.coords.latitude, position.coords.longitude); },
      () => say(texts.locationNotShared),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });

  // A pin on a small map the page draws itself from the area file (wijk names at their centres):
  // no tile server, so nothing about the resident goes to a third party. Arrow keys move the pin.
  const pinOpen = document.getElementById("pin-open");
  const pinPanel = document.getElementById("pin-panel");
  const pinMap = document.getElementById("pin-map");
  const pinWhere = document.getElementById("pin-where");
  const pinSend = document.getElementById("pin-send");
  const svgNs = "http://www.w3.org/2000/svg";
  const width = 400;
  let area = null;
  let height = 300;
  let pin = null; // { x, y } in the map's own units
  let pinDot = null;

  const toPoint = (x, y) => ({
    latitude: area.north - (y / height) * (area.north - area.south),
    longitude: area.west + (x / width) * (area.east - area.west),
  });
  const toXY = (latitude, longitude) => ({
    x: ((longitude - area.west) / (area.east - area.west)) * width,
    y: ((area.north - latitude) / (area.north - area.south)) * height,
  });

  function svg(name, attributes) {
    const element = document.createElementNS(svgNs, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  }

  async function drawMap() {
    const response = await fetch("/chat/gebied.json");
    area = await response.json();
    // Degrees of longitude are shorter than of latitude here: keep the map's proportions true.
    const aspect = (area.north - area.south) / ((area.east - area.west) * Math.cos(((area.north + area.south) / 2) * Math.PI / 180));
    height = Math.round(width * aspect);
    const map = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": texts.mapOf.replace("{0}", area.gemeente) });
    for (const wijk of area.wijken) {
      const at = toXY(wijk.latitude, wijk.longitude);
      map.append(svg("circle", { cx: at.x, cy: at.y, r: 4, fill: "#4a4a4a" }));
      const label = svg("text", { x: at.x + 6, y: at.y + 4, "font-size": 13, fill: "#1b1b1b" });
      label.textContent = wijk.name;
      map.append(label);
    }
    pinDot = svg("circle", { r: 8, fill: "#c0392b", stroke: "#ffffff", "stroke-width": 2, visibility: "hidden" });
    map.append(pinDot);
    map.addEventListener("click", (event) => {
      const matrix = map.getScreenCTM();
      if (!matrix) return;
      const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      placePin(at.x, at.y);
    });
    pinMap.replaceChildren(map);
  }

  function nearestWijk(point) {
    let best = null;
    for (const wijk of area.wijken) {
      const d = (wijk.latitude - point.latitude) ** 2 + (wijk.longitude - point.longitude) ** 2;
      if (!best || d < best.d) best = { name: wijk.name, d };
    }
    return best ? best.name : "";
  }

  function placePin(x, y) {
    pin = { x: Math.min(width, Math.max(0, x)), y: Math.min(height, Math.max(0, y)) };
    pinDot.setAttribute("cx", pin.x);
    pinDot.setAttribute("cy", pin.y);
    pinDot.setAttribute("visibility", "visible");
    pinWhere.textContent = texts.pinChosen.replace("{0}", nearestWijk(toPoint(pin.x, pin.y)));
    pinSend.disabled = false;
  }

  pinOpen.addEventListener("click", async () => {
    const open = pinPanel.hidden;
    pinPanel.hidden = !open;
    pinOpen.setAttribute("aria-expanded", String(open));
    if (open && !area) {
      try { await drawMap(); } catch { say("De kaart kon niet laden. Typ de straat in het invoerveld."); }
    }
    if (open) pinMap.focus();
  });

  pinMap.addEventListener("keydown", (event) => {
    if (!area) return;
    const step = event.shiftKey ? 2 : 8;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[event.key]) {
      event.preventDefault();
      const from = pin || { x: width / 2, y: height / 2 };
      placePin(from.x + moves[event.key][0], from.y + moves[event.key][1]);
    } else if (event.key === "Enter" && pin) {
      event.preventDefault();
      pinSend.click();
    }
  });

  pinSend.addEventListener("click", () => {
    if (!pin) return;
    const point = toPoint(pin.x, pin.y);
    pinPanel.hidden = true;
    pinOpen.setAttribute("aria-expanded", "false");
    sendLocation(point.latitude, point.longitude);
    input.focus();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    send(text);
  });

  start().catch(() => say(texts.couldNotStart));
})();
