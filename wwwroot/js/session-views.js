// Small rendering pieces shared by the tablet, the chair's console and the screen. Everything is built with DOM calls
// and textContent; only the charts, which the server renders as escaped SVG, are inserted as markup.

/** Creates an element: el("p", { class: "x", hidden: true }, "text", child). Children may be nested arrays to any
 *  depth (a list of [dt, dd] pairs is one); they are flattened, never turned into text. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }

    element.setAttribute(name, value === true ? "" : String(value));
  }

  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }

  return element;
}

/** Replaces the children of a container; when focus was on an element with a data-focus key inside it, the element
 *  with the same key gets focus back, so a screen-reader or keyboard user keeps their place on every update. */
export function replaceChildren(container, ...children) {
  const active = document.activeElement;
  const key = active && container.contains(active) ? active.dataset.focus : undefined;
  container.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  if (key) {
    container.querySelector(`[data-focus="${CSS.escape(key)}"]`)?.focus();
  }
}

/** Sets text only when it changed, so live regions do not repeat themselves. */
export function setText(element, text) {
  const value = text ?? "";
  if (element.textContent !== value) {
    element.textContent = value;
  }
}

/** A table's header row: each column is [content, extra class?]. */
export function tableHead(...columns) {
  return el(
    "thead",
    { class: "utrecht-table__header" },
    el(
      "tr",
      { class: "utrecht-table__row" },
      ...columns.map(([content, extra]) => el("th", { scope: "col", class: `utrecht-table__header-cell${extra ? ` ${extra}` : ""}` }, content)),
    ),
  );
}

export function show(element, visible) {
  element.hidden = !visible;
}

/** The round's state as the server names it, in lower case: "open", "closed" or "revealed"; "none" without a round. */
export function roundState(round) {
  return round ? String(round.state).toLowerCase() : "none";
}

export function roundStatusText(round) {
  switch (roundState(round)) {
    case "open":
      return `Stemronde ${round.number} is open · ${round.progress}`;
    case "closed":
      return `Stemronde ${round.number} is gesloten · ${round.progress}`;
    case "revealed":
      return `Uitslag van stemronde ${round.number} · ${round.progress}`;
    default:
      return "Er is nog geen stemronde geopend.";
  }
}

const dutchNumber = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

export function formatNumber(value) {
  return value === null || value === undefined ? "–" : dutchNumber.format(value);
}

/** The page's data block: instrument names and which items each instrument has. */
export function pageData() {
  const block = document.getElementById("sessie-gegevens");
  const data = block ? JSON.parse(block.textContent) : { instruments: [] };
  const instrumentOf = new Map();
  for (const instrument of data.instruments) {
    for (const itemId of instrument.items) {
      instrumentOf.set(itemId, instrument);
    }
  }

  return {
    ...data,
    instrument: (id) => data.instruments.find((i) => i.id === id),
    instrumentOfItem: (itemId) => instrumentOf.get(itemId),
  };
}

/** Where to read more about an item: its page with the explanation and the knowledge-base articles about it. */
export function knowledgeLink(item) {
  return `/normen/${encodeURIComponent(item.itemId)}`;
}

/** The result of a revealed round: the chart when the server sent one, and always the same numbers as text and a
 *  table, so the result is complete without the chart. */
export function resultView(round, data, { headingLevel = 3, idPrefix = "uitslag" } = {}) {
  const heading = `h${headingLevel}`;
  if (round.withheldMessage) {
    return [el("p", { class: "live-withheld" }, round.withheldMessage)];
  }

  const result = round.result;
  if (!result) {
    return [];
  }

  const parts = [];
  const summary = el(
    "dl",
    { class: "live-summary" },
    el("div", {}, el("dt", {}, "Mediaan"), el("dd", {}, result.medianInWords ?? "geen (alleen 'weet ik niet')")),
    el("div", {}, el("dt", {}, "Spreiding"), el("dd", {}, result.spreadInWords ?? "te weinig antwoorden om iets te zeggen")),
    el("div", {}, el("dt", {}, "Gestemd"), el("dd", {}, round.progress)),
  );
  parts.push(summary);

  if (round.chart) {
    const chart = el("div", { class: "live-chart", "aria-hidden": "true" });
    chart.innerHTML = round.chart;
    parts.push(chart);
  }

  if (result.spreadRule) {
    parts.push(el("p", { class: "live-spread-rule" }, result.spreadRule));
  }

  const total = result.options.reduce((sum, o) => sum + o.count, 0);
  const captionId = `${idPrefix}-tabel`;
  parts.push(
    el(
      "table",
      { class: "utrecht-table utrecht-table--html-table live-table", "aria-labelledby": captionId },
      el("caption", { class: "utrecht-table__caption", id: captionId }, `Verdeling van de antwoorden in ronde ${round.number}`),
      tableHead(
        ["Antwoord"],
        ["Aantal", "live-table__number"],
        [el("span", { class: "site-visually-hidden" }, "Deel van het totaal"), "live-table__bar-cell"],
      ),
      el(
        "tbody",
        { class: "utrecht-table__body" },
        result.options.map((o) =>
          el(
            "tr",
            { class: "utrecht-table__row" },
            el("th", { scope: "row", class: "utrecht-table__cell" }, o.label),
            el("td", { class: "utrecht-table__cell live-table__number" }, String(o.count)),
            el(
              "td",
              { class: "utrecht-table__cell live-table__bar-cell" },
              el("meter", { class: "live-meter", min: 0, max: Math.max(total, 1), value: o.count, "aria-label": `${o.label}: ${o.count} van ${total}` }),
            ),
          ),
        ),
      ),
    ),
  );

  if (result.domains.length > 0) {
    parts.push(el(heading, { class: "live-subheading" }, "Per domein"));
    parts.push(
      el(
        "ul",
        { class: "live-domains" },
        result.domains.map((d) =>
          el("li", {}, el("strong", {}, d.domainName), `: mediaan ${formatNumber(d.median)} (${d.voted} ${d.voted === 1 ? "stem" : "stemmen"})`),
        ),
      ),
    );
  }

  if (result.domainsHidden) {
    parts.push(el("p", { class: "site-muted live-domains-note" }, "Niet elk domein staat hier: een groep kleiner dan drie tonen we niet, zodat niemand herkenbaar is."));
  }

  return parts;
}

/** The improvement points of one item, as list items. */
export function pointItems(points, itemId) {
  return points.filter((p) => p.itemId === itemId).map((p) => el("li", { class: "live-point" }, p.text));
}

/** Asks a yes/no question in the page's own dialog (role dialog, focus kept inside, Escape cancels). */
export function confirmDialog(dialog, question, confirmLabel) {
  return new Promise((resolve) => {
    dialog.querySelector("[data-dialog-text]").textContent = question;
    const yes = dialog.querySelector("[data-dialog-yes]");
    yes.textContent = confirmLabel;
    const done = (answer) => {
      dialog.removeEventListener("close", onClose);
      yes.removeEventListener("click", onYes);
      resolve(answer);
    };
    const onYes = () => {
      dialog.close("ja");
    };
    const onClose = () => done(dialog.returnValue === "ja");
    dialog.returnValue = "";
    yes.addEventListener("click", onYes);
    dialog.addEventListener("close", onClose);
    dialog.showModal();
  });
}

/** "12:05" since a moment, for the chair's round timer. */
export function elapsed(since, now = Date.now()) {
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}
