// /scherm/{code}: the beamer. Read-only: it joins with the code and shows what the server pushes, aggregates only.

import { renderScreenAgenda } from "./agenda-view.js";
import { connectSession } from "./session-connection.js";
import { renderScreenPrioritising } from "./prioritising-view.js";
import { renderScreenIndicators, renderScreenProgress, renderScreenSuccess } from "./progress-view.js";
import { el, formatNumber, pageData, replaceChildren, resultView, roundState, setText, show, tableHead } from "./session-views.js";

const $ = (id) => document.getElementById(id);
const root = $("scherm");
const code = root.dataset.code;
const data = pageData();

let latest = null;
// The screen shows one thing at a time, so it never needs scrolling: the overview when no round is on the item (between
// items, and at the end), the item with its round otherwise. The button shows the other one until the default changes.
let otherOnRequest = false;
let lastDefault = null;

connectSession({
  join: (connection) => connection.invoke("JoinScreen", code),
  handlers: { screenState: render },
  banner: $("verbinding"),
  onRefused: (message) => {
    replaceChildren($("scherm-fout"), el("p", { class: "utrecht-paragraph" }, message, " ", el("a", { class: "utrecht-link", href: "/scherm" }, "Een andere code typen")));
    show($("scherm-fout"), true);
    show($("laden"), false);
  },
});

const toggle = $("wissel");
toggle.addEventListener("click", () => {
  otherOnRequest = !otherOnRequest;
  if (latest) {
    render(latest);
  }
});

function render(state) {
  latest = state;
  show($("laden"), false);
  show($("scherm-fout"), false);
  const stateNow = roundState(state.round);
  const defaultView = state.ended || stateNow === "none" ? "overview" : "item";
  if (defaultView !== lastDefault) {
    otherOnRequest = false;
    lastDefault = defaultView;
  }

  const showOverview = state.ended || (defaultView === "overview") !== otherOnRequest;
  show($("nu"), !showOverview);
  show($("afgelopen"), state.ended);
  show($("overzicht"), showOverview);
  root.classList.toggle("screen--overview", showOverview);
  $("nu").classList.toggle("screen-now--revealed", stateNow === "revealed");
  toggle.setAttribute("aria-pressed", otherOnRequest ? "true" : "false");
  setText(toggle, showOverview ? "Huidig onderwerp tonen" : "Overzicht tonen");
  show(toggle, !state.ended);
  const prioritising = renderScreenPrioritising($("prioriteren"), state.ended ? null : state.prioritising ?? null);
  if (prioritising !== "none") {
    // While points are handed out the room sees the scores at a glance below the progress; after the close, the ranking.
    show($("nu"), false);
    show($("overzicht"), prioritising === "progress");
    show(toggle, false);
  }

  // Session 2 with a verbeteragenda: the actions as they are formed take the place of the voting view.
  const agendaShown = renderScreenAgenda($("verbeteragenda"), state);
  if (agendaShown) {
    [$("nu"), $("overzicht"), $("afgelopen"), toggle, $("punten").closest("section")].forEach((part) => show(part, false));
  }

  // The verbeteragenda takes the whole width of the beamer, so the actions fit without scrolling.
  root.classList.toggle("screen--agenda", agendaShown);

  renderNow(state);
  renderOverview(state);
  // A voortgangsoverleg: the overview is where every action stands and what there is to celebrate.
  if (state.progressMeeting) {
    renderScreenProgress($("overzicht-inhoud"), state.progressMeeting, state.ended);
    setText($("afgelopen-kop"), `${state.progressMeeting.name} is afgelopen`);
    setText($("punten-kop"), "Notities bij deze actie");
    setText($("geen-punten"), "Nog geen notities.");
  }

  renderScreenSuccess($("succes"), state.progressMeeting ?? null);
  renderScreenIndicators($("indicatoren"), state.progressMeeting ?? null);
  renderSide(state);
}

function renderNow(state) {
  const item = state.item;
  const round = state.round;
  const stateNow = roundState(round);
  const instrument = item ? data.instrument(item.instrumentId) : undefined;
  const word = state.progressMeeting ? "actie" : "onderwerp";
  setText($("plaats"), item ? `${instrument?.name ?? ""} · ${word} ${item.position + 1} van ${item.agendaLength}` : "");
  setText($("titel"), item ? `${item.number}. ${item.title}` : "Er staat geen onderwerp klaar");
  setText($("vraag"), item?.question ?? "");
  show($("vraag"), Boolean(item?.question));
  setText($("voortgang"), round ? round.progress : "");
  show($("voortgang"), Boolean(round));
  const words = {
    none: "De voorzitter opent zo de stemronde.",
    open: round?.number > 1 ? `Stemronde ${round.number} is open: stem op je tablet.` : "De stemronde is open: stem op je tablet.",
    closed: "De stemronde is gesloten. De uitslag komt zo.",
    revealed: round?.number > 1 ? `Uitslag van stemronde ${round.number}` : "De uitslag",
  };
  setText($("ronde-staat"), words[stateNow]);

  const result = $("uitslag");
  if (stateNow === "revealed") {
    replaceChildren(result, secondaryWhenCharted(resultView(round, data, { headingLevel: 3, idPrefix: "scherm-uitslag" }), Boolean(round.chart)));
    show(result, true);
  } else {
    show(result, false);
    result.replaceChildren();
  }
}

/** On the beamer the chart carries the counts, the median and the spread as text, so the summary, the table and the
 * per-domain list beside it would only push the chart off the screen (and say "12 van 12 gestemd" a second time): they
 * stay for screen readers, out of sight. Without a chart they are the result and stay. */
function secondaryWhenCharted(parts, charted) {
  if (!charted) {
    return parts;
  }

  const secondary = parts.filter((p) => p.matches(".live-summary, table, .live-subheading, .live-domains, .live-domains-note"));
  return [...parts.filter((p) => !secondary.includes(p)), el("div", { class: "site-visually-hidden" }, secondary)];
}

function renderOverview(state) {
  const item = state.item;
  const upcoming = !state.ended && item && roundState(state.round) === "none";
  setText($("volgende"), upcoming ? `Zo meteen: ${item.number}. ${item.title}` : "");
  show($("volgende"), Boolean(upcoming));

  const parts = [];
  let overviewChartPlaced = false;

  for (const instrument of data.instruments) {
    const items = state.overview.filter((i) => i.instrumentId === instrument.id);
    const heatMapIndex = state.heatMaps.findIndex((h) => h.instrumentId === instrument.id);
    const headingId = `overzicht-${instrument.id}`;
    const block = el("div", { class: "screen-overview__block" }, el("h3", { class: "screen-overview__heading", id: headingId }, instrument.name));
    if (heatMapIndex >= 0) {
      const svg = state.heatMapCharts?.[heatMapIndex];
      if (svg) {
        const chart = el("div", { class: "screen-chart", "aria-hidden": "true" });
        chart.innerHTML = svg;
        block.append(chart);
      }

      const table = heatMapTable(state.heatMaps[heatMapIndex], instrument);
      block.append(svg ? el("div", { class: "site-visually-hidden" }, table) : table);
    } else {
      // The server's overview chart shows the norms at a glance; the table below it says the same in words.
      const charted = Boolean(state.overviewChart) && !overviewChartPlaced;
      if (charted) {
        const chart = el("div", { class: "screen-chart", "aria-hidden": "true" });
        chart.innerHTML = state.overviewChart;
        block.append(chart);
        overviewChartPlaced = true;
      }

      const table = normsTable(items, instrument, headingId);
      block.append(charted ? el("div", { class: "site-visually-hidden" }, table) : table);
    }

    parts.push(block);
  }

  replaceChildren($("overzicht-inhoud"), parts);
}

function normsTable(items, instrument, headingId) {
  return el(
    "table",
    { class: "utrecht-table utrecht-table--html-table screen-table", "aria-labelledby": headingId },
    tableHead(
      ["Norm"],
      ["Mediaan", "screen-table__number"],
      [el("span", { class: "site-visually-hidden" }, "Als balk"), "screen-table__bar"],
      ["Spreiding"],
    ),
    el(
      "tbody",
      { class: "utrecht-table__body" },
      items.map((item) =>
        el(
          "tr",
          { class: "utrecht-table__row" },
          el("th", { scope: "row", class: "utrecht-table__cell" }, `${item.number}. ${item.title}`),
          el("td", { class: "utrecht-table__cell screen-table__number" }, item.median === null ? "–" : formatNumber(item.median)),
          el(
            "td",
            { class: "utrecht-table__cell screen-table__bar" },
            item.median === null
              ? null
              : el("meter", { class: "live-meter", min: 0, max: instrument.maxScore, value: item.median, "aria-label": `Mediaan ${formatNumber(item.median)} van ${instrument.maxScore}` }),
          ),
          el("td", { class: "utrecht-table__cell" }, item.median === null ? "–" : item.spreadInWords ?? "te weinig antwoorden"),
        ),
      ),
    ),
  );
}

function heatMapTable(map, instrument) {
  const captionId = `heatmap-${instrument.id}`;
  return el(
    "table",
    { class: "utrecht-table utrecht-table--html-table screen-heatmap", "aria-labelledby": captionId },
    el("caption", { class: "utrecht-table__caption screen-heatmap__caption", id: captionId }, `Aandeel '${map.topLabel}' per niveau en fase`),
    el(
      "thead",
      { class: "utrecht-table__header" },
      el(
        "tr",
        { class: "utrecht-table__row" },
        el("td", { class: "utrecht-table__header-cell" }),
        map.phases.map((phase) => el("th", { scope: "col", class: "utrecht-table__header-cell" }, phase.title)),
      ),
    ),
    el(
      "tbody",
      { class: "utrecht-table__body" },
      map.levels.map((level) =>
        el(
          "tr",
          { class: "utrecht-table__row" },
          el("th", { scope: "row", class: "utrecht-table__header-cell" }, level.title),
          map.phases.map((phase) => {
            const cell = map.cells.find((c) => c.levelCode === level.code && c.phaseCode === phase.code);
            return heatCell(cell, map.topLabel);
          }),
        ),
      ),
    ),
  );
}

function heatCell(cell, topLabel) {
  if (!cell || cell.items === 0) {
    return el("td", { class: "utrecht-table__cell screen-heat screen-heat--empty" }, "–");
  }

  if (cell.topShare === null || cell.topShare === undefined) {
    return el("td", { class: "utrecht-table__cell screen-heat screen-heat--none" }, `nog niet besproken`, el("span", { class: "screen-heat__detail" }, `${cell.items} ${cell.items === 1 ? "onderdeel" : "onderdelen"}`));
  }

  const percent = Math.round(cell.topShare * 100);
  const level = percent >= 75 ? 4 : percent >= 50 ? 3 : percent >= 25 ? 2 : 1;
  return el(
    "td",
    { class: `utrecht-table__cell screen-heat screen-heat--${level}` },
    el("span", { class: "screen-heat__value" }, `${percent}% ${topLabel.toLowerCase()}`),
    el("span", { class: "screen-heat__detail" }, `${cell.itemsRevealed} van ${cell.items} besproken`),
  );
}

function renderSide(state) {
  replaceChildren($("aanwezig"), state.present.map((name) => el("li", {}, name)));
  setText($("aanwezig-kop"), `Aanwezig (${state.present.length})`);
  const itemId = state.item?.itemId;
  const points = state.improvementPoints.filter((p) => p.itemId === itemId);
  replaceChildren($("punten"), points.map((p) => el("li", { class: "screen-point" }, p.text)));
  show($("geen-punten"), points.length === 0);
}
