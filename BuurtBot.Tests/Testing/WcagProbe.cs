namespace BuurtBot.Tests.Testing;

/// <summary>
/// The in-page half of <see cref="Wcag"/>: plain DOM and computed-style measurements that axe does
/// not make. Each function returns a list of findings (strings) so a failing test names the element.
/// Evaluated through the DevTools protocol, so the page's own CSP stays in force; the spacing and text
/// overrides go through the CSSOM (element.style), which a CSP does not block.
/// </summary>
internal static class WcagProbe
{
    public const string Script = """
    (() => {
      if (window.__wcag) return;
      const describe = (el) => {
        if (!el || el.nodeType !== 1) return String(el);
        let s = el.tagName.toLowerCase();
        if (el.id) s += "#" + el.id;
        if (typeof el.className === "string" && el.className.trim()) s += "." + el.className.trim().split(/\s+/).join(".");
        const text = (el.innerText || el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
        return text ? s + " \u201c" + text + "\u201d" : s;
      };

      // --- colour ---
      const parse = (value) => {
        const m = /rgba?\(([^)]+)\)/.exec(value || "");
        if (!m) return null;
        const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
        return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
      };
      const over = (top, bottom) => ({
        r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
        b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
      });
      const luminance = (c) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
      };
      const ratio = (a, b) => { const x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
      // The colour behind an element: its ancestors' backgrounds composed down to the white canvas.
      // null when an image or gradient is in the way (then the test cannot know and says nothing).
      const background = (el) => {
        const layers = [];
        for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
          const cs = getComputedStyle(e);
          if (cs.backgroundImage && cs.backgroundImage !== "none") return null;
          const c = parse(cs.backgroundColor);
          if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
        }
        let result = { r: 255, g: 255, b: 255, a: 1 };
        for (let i = layers.length - 1; i >= 0; i--) result = over(layers[i], result);
        return result;
      };

      const visible = (el) => {
        const cs = getComputedStyle(el);
        if (cs.visibility === "hidden" || cs.display === "none" || Number(cs.opacity) === 0) return false;
        const r = el.getBoundingClientRect();
        return r.width > 1 && r.height > 1;
      };
      // Hidden by design: the skip link until focused, visually-hidden text for screen readers.
      const offscreenByDesign = (el) => {
        for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
          const cs = getComputedStyle(e);
          if (cs.position === "absolute" && (cs.clip !== "auto" || parseFloat(cs.left) <= -500)) return true;
        }
        return false;
      };
      const ownText = (el) => Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join("").trim();

      const contrast = () => {
        const found = [];
        for (const el of document.body.querySelectorAll("*")) {
          if (el.closest("svg") && el.tagName.toLowerCase() !== "text") continue;
          if (["script", "style", "title", "desc", "option", "noscript"].includes(el.tagName.toLowerCase())) continue;
          if (!ownText(el) || !visible(el) || offscreenByDesign(el) || el.closest("[disabled],[aria-disabled=true]")) continue;
          const cs = getComputedStyle(el);
          const bg = background(el.tagName.toLowerCase() === "text" ? el.closest("svg") : el);
          if (!bg) continue;
          const fg = parse(el.closest("svg") ? cs.fill : cs.color);
          if (!fg) continue;
          const size = parseFloat(cs.fontSize), bold = Number(cs.fontWeight) >= 700;
          const large = size >= 24 || (bold && size >= 18.66);
          const need = large ? 3 : 4.5;
          const r = ratio(over(fg, bg), bg);
          if (r < need - 0.005) found.push(`1.4.3 text contrast ${r.toFixed(2)}:1 < ${need}:1: ${describe(el)}`);
        }
        // 1.4.11: the borders that show where a form field is, and the marks of a chart.
        for (const el of document.querySelectorAll("input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea")) {
          if (!visible(el)) continue;
          const cs = getComputedStyle(el);
          const bg = background(el.parentElement);
          const border = parse(cs.borderTopColor);
          if (!bg || !border || parseFloat(cs.borderTopWidth) < 1) { found.push(`1.4.11 form field without a visible border: ${describe(el)}`); continue; }
          const r = ratio(over(border, bg), bg);
          if (r < 3) found.push(`1.4.11 field border contrast ${r.toFixed(2)}:1 < 3:1: ${describe(el)}`);
        }
        for (const svg of document.querySelectorAll("svg[role=img]")) {
          const bg = background(svg);
          if (!bg) continue;
          for (const mark of svg.querySelectorAll("rect, path, circle, polygon, line")) {
            const cs = getComputedStyle(mark);
            const fill = parse(cs.fill) || parse(cs.stroke);
            if (!fill || fill.a === 0) continue;
            const r = ratio(over(fill, bg), bg);
            if (r < 3) found.push(`1.4.11 chart element contrast ${r.toFixed(2)}:1 < 3:1: ${describe(mark)} in ${describe(svg)}`);
          }
        }
        return found;
      };

      // --- layout: reflow, resize, spacing ---
      const scrollRegionOk = (el) => el.tabIndex >= 0 && (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby"))
        && el.getAttribute("role") === "region";
      const layout = (label) => {
        const found = [];
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > width + 1) {
          found.push(`${label}: the page scrolls sideways (${document.documentElement.scrollWidth} px wide in ${width} px)`);
        }
        const regions = [];
        for (const el of document.body.querySelectorAll("*")) {
          if (!visible(el) || offscreenByDesign(el) || el.closest(".leaflet-container")) continue;
          const cs = getComputedStyle(el);
          const overflowX = cs.overflowX;
          if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
            if (overflowX === "auto" || overflowX === "scroll") {
              if (!scrollRegionOk(el)) found.push(`${label}: scrolls sideways without being a focusable, labelled region: ${describe(el)}`);
              else regions.push(el);
            } else if ((overflowX === "hidden" || overflowX === "clip") && !["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)) {
              // (A text field scrolls its own value under the caret: that is how fields work, nothing is lost.)
              found.push(`${label}: content cut off (${el.scrollWidth} px in ${el.clientWidth} px): ${describe(el)}`);
            }
          }
          if (el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0 && (cs.overflowY === "hidden" || cs.overflowY === "clip")
              && !["svg", "input", "textarea", "select"].includes(el.tagName.toLowerCase())) {
            found.push(`${label}: content cut off at the bottom (${el.scrollHeight} px in ${el.clientHeight} px): ${describe(el)}`);
          }
        }
        // Text that sticks out of the window without the page scrolling (e.g. under overflow: hidden on body).
        const outside = [];
        for (const el of document.body.querySelectorAll("*")) {
          if (!ownText(el) || !visible(el) || offscreenByDesign(el) || el.closest(".leaflet-container")) continue;
          if (regions.some(r => r.contains(el))) continue;
          const r = el.getBoundingClientRect();
          if (r.right > width + 1 || r.left < -1) outside.push(`${label}: text outside the window (${Math.round(r.left)}..${Math.round(r.right)} of ${width} px): ${describe(el)}`);
        }
        found.push(...outside.slice(0, 3));
        if (outside.length > 3) found.push(`${label}: ... and ${outside.length - 3} more texts outside the window`);
        // Chart labels must stay readable once the chart scales down.
        for (const text of document.querySelectorAll("svg text")) {
          if (!visible(text)) continue;
          const h = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM() ? text.getScreenCTM().a : 1);
          if (h < 12) found.push(`${label}: chart label renders at ${h.toFixed(1)} px (< 12 px): ${describe(text)}`);
        }
        return found;
      };

      // Every control must still be there and not covered by something else.
      const controlsVisible = (label) => {
        const found = [];
        for (const el of focusables()) {
          if (offscreenByDesign(el) || el.closest(".leaflet-container")) continue;
          el.scrollIntoView({ block: "center", inline: "center" });
          const r = el.getBoundingClientRect();
          if (r.width < 1 || r.height < 1) { found.push(`${label}: control collapsed: ${describe(el)}`); continue; }
          const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
          const hit = document.elementFromPoint(x, y);
          if (hit && hit !== el && !el.contains(hit) && !hit.contains(el) && !(hit.tagName === "LABEL" && hit.control === el)) {
            found.push(`${label}: control covered by ${describe(hit)}: ${describe(el)}`);
          }
        }
        window.scrollTo(0, 0);
        return found;
      };

      // 1.4.4: every text twice as large, as a browser's text-only zoom does (chart text scales with its chart).
      const enlargeText = () => {
        const elements = Array.from(document.querySelectorAll("body, body *")).filter(e => !e.closest("svg"));
        const sizes = elements.map(e => parseFloat(getComputedStyle(e).fontSize));
        elements.forEach((e, i) => e.style.setProperty("font-size", (sizes[i] * 2) + "px", "important"));
      };

      // 1.4.12: the spacing the criterion names, on every element.
      const spaceText = () => {
        for (const e of document.querySelectorAll("body, body *")) {
          const size = parseFloat(getComputedStyle(e).fontSize);
          e.style.setProperty("line-height", (size * 1.5) + "px", "important");
          e.style.setProperty("letter-spacing", (size * 0.12) + "px", "important");
          e.style.setProperty("word-spacing", (size * 0.16) + "px", "important");
          if (e.tagName.toLowerCase() === "p") e.style.setProperty("margin-bottom", (size * 2) + "px", "important");
        }
      };

      // --- keyboard ---
      const focusables = () => Array.from(document.querySelectorAll(
        "a[href], button, input:not([type=hidden]), select, textarea, [tabindex], summary, iframe, [contenteditable=true]"))
        .filter(e => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"
          && !e.closest("[inert],[hidden]"));
      const tag = () => {
        const list = focusables();
        list.forEach((e, i) => e.setAttribute("data-wcag-focus", String(i)));
        // Each control's look without focus, read now while nothing has focus: blurring and refocusing later would
        // reset a date field to its first part, and Tab would never leave it.
        window.__wcagPlain = list.map(e => indicatorOf(getComputedStyle(e)));
        const positive = Array.from(document.querySelectorAll("[tabindex]")).filter(e => e.tabIndex > 0).map(describe);
        const dateFields = list.filter(e => e.tagName === "INPUT" && ["date", "time", "datetime-local", "month", "week"].includes(e.type)).length;
        return { names: list.map(describe), positive, dateFields };
      };
      const indicatorOf = (cs) => ({
        outline: cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 1 ? cs.outlineWidth + " " + cs.outlineStyle + " " + cs.outlineColor : "",
        outlineColor: cs.outlineColor, shadow: cs.boxShadow, border: cs.borderTopColor + " " + cs.borderTopWidth,
        background: cs.backgroundColor, decoration: cs.textDecorationLine + " " + cs.textDecorationThickness,
      });
      // Read while the element has focus; compared with the same element blurred.
      const focusStyle = () => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const focused = indicatorOf(getComputedStyle(el));
        const index = el.getAttribute("data-wcag-focus");
        if (index === null) return { index, name: describe(el), changed: [], contrast: 0 };
        const bg = background(el.parentElement) || { r: 255, g: 255, b: 255, a: 1 };
        const colours = [];
        if (focused.outline) colours.push(parse(focused.outlineColor));
        for (const m of (focused.shadow || "").matchAll(/rgba?\([^)]+\)/g)) colours.push(parse(m[0]));
        const best = colours.filter(Boolean).reduce((max, c) => Math.max(max, ratio(over(c, bg), bg)), 0);
        const plain = window.__wcagPlain[Number(index)] || focused;
        const changed = Object.keys(focused).filter(k => k !== "outlineColor" && focused[k] !== plain[k]);
        return { index, name: describe(el), changed, contrast: best, outline: focused.outline, shadow: focused.shadow };
      };

      // --- 4.1.3 ---
      const live = (required) => {
        const found = [];
        const isLive = (e) => ["status", "alert", "log"].includes(e.getAttribute("role")) || (e.getAttribute("aria-live") || "off") !== "off";
        const inLive = (e) => { for (let x = e; x && x.nodeType === 1; x = x.parentElement) if (isLive(x)) return true; return false; };
        for (const selector of required) {
          const el = document.querySelector(selector);
          if (!el) found.push(`4.1.3 live region ${selector} is not in the page`);
          else if (!inLive(el)) found.push(`4.1.3 ${selector} is not a live region (role=status/alert/log or aria-live): ${describe(el)}`);
        }
        for (const el of document.querySelectorAll(".error, .field-validation-error, .validation-summary-errors, [aria-invalid=true] ~ .error")) {
          if (ownText(el) && !inLive(el)) found.push(`4.1.3 error message not announced (no live region): ${describe(el)}`);
        }
        return found;
      };

      // --- 3.1.1 / 3.1.2 --- The language of a text told by its small words: enough of one language's
      // and few of the other's. Words both languages use ("is", "in", "of", "we") count for neither.
      const dutch = new Set(("de het een en van je jij jouw niet dat op te met voor zijn er ook naar bij wat hoe kan kun kunt wij deze om als uit nog dan maar " +
        "hier wordt worden heeft hebben u uw geen wel alle zo meer mag wil welke waar staan staat tot onze ons hun wie per jaar bewoners gemeente").split(" "));
      const english = new Set(("the and you your not that on to with for are there also at what how can this these or from but here be has have " +
        "no yes all more may want which where by it its our their who year residents municipality page").split(" "));
      const detect = (text) => {
        const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) || [];
        let nl = 0, en = 0;
        for (const w of words) { if (dutch.has(w)) nl++; if (english.has(w)) en++; }
        if (nl >= 2 && nl >= 2 * en + 1) return "nl";
        if (en >= 2 && en >= 2 * nl + 1) return "en";
        return null;
      };
      const blocks = "p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, caption, label, button, a, legend, figcaption, summary, title, desc, option";
      const language = (expected) => {
        const found = [];
        const html = (document.documentElement.getAttribute("lang") || "").toLowerCase();
        if (html.split("-")[0] !== expected) found.push(`3.1.1 <html lang="${html}">, expected "${expected}"`);
        for (const el of document.querySelectorAll("[lang]")) {
          if (!/^(nl|en)(-[A-Za-z]{2})?$/.test(el.getAttribute("lang"))) found.push(`3.1.2 unknown lang="${el.getAttribute("lang")}": ${describe(el)}`);
        }
        const sample = [];
        for (const el of document.querySelectorAll(blocks)) {
          // Its own words: parts inside it that carry their own lang are judged on their own.
          const own = el.cloneNode(true);
          own.querySelectorAll("[lang]").forEach(part => part.remove());
          const text = (own.textContent || "").trim().replace(/\s+/g, " ");
          const said = detect(text);
          if (!said) continue;
          const declared = ((el.closest("[lang]") || document.documentElement).getAttribute("lang") || "").toLowerCase().split("-")[0];
          sample.push(said);
          if (said !== declared) found.push(`3.1.2 text in ${said === "nl" ? "Dutch" : "English"} marked lang="${declared}": ${describe(el)}`);
        }
        document.title && detect(document.title) && detect(document.title) !== expected && found.push(`3.1.2 title in the other language: ${document.title}`);
        return { found, checked: sample.length };
      };

      window.__wcag = { contrast, layout, controlsVisible, enlargeText, spaceText, tag, focusStyle, live, language, describe };
    })();
    """;
}
