// The voortgangsoverleg: the live engine walks the actions of the verbeteragenda. The engine's own views show the action
// (title, question, explanation), the round and the notes; this module adds where each action stands, the successes to
// celebrate, each action's indicators (latest value, status, trend), and on the console the form to record the status
// the group agreed.

import { el, replaceChildren, setText, show } from "./session-views.js";

let formKey = "";

/** One action in a list: its number and title, the trekker, and its status in words. A success says "Afgerond" in
 *  text and gets the calm celebratory style; colour is never the only signal. */
function actionLine(action) {
  return el("li", { class: `progress-action${action.done ? " progress-action--done" : ""}${action.isCurrent ? " progress-action--current" : ""}` },
    el("span", { class: "progress-action__title" }, `${action.number}. ${action.title}`),
    el("span", { class: "progress-action__meta" }, `Trekker: ${action.owner} · ${action.standing}`),
    action.done ? el("span", { class: "progress-action__badge" }, el("span", { "aria-hidden": "true" }, "✓ "), "Een succes om te vieren") : null,
    action.agreedHere ? el("span", { class: "progress-action__agreed" }, action.agreedHere) : null,
    indicatorList(action.indicators, false));
}

/** The server's small trend chart; the words beside it carry the same figures, so it is hidden from screen readers. */
function smallChart(svg) {
  const chart = el("span", { class: "site-indicator-line__chart", "aria-hidden": "true" });
  chart.innerHTML = svg;
  return chart;
}

/** An action's indicators: name, latest value and status in words, the small trend; with `detailed` also the trend
 *  in words (the tablet has room for it, the screen's overview does not). */
function indicatorList(indicators, detailed) {
  if (!indicators || indicators.length === 0) {
    return null;
  }

  return el("ul", { class: `site-indicator-lines${detailed ? " site-indicator-lines--detailed" : ""}` }, indicators.map((i) => el("li", { class: "site-indicator-line" },
    i.chart ? smallChart(i.chart) : null,
    el("span", { class: "site-indicator-line__text" },
      el("span", { class: "site-indicator-line__name" }, `${i.name}: `),
      i.latest ? `${i.latest} ` : null,
      el("span", { class: i.statusClass }, i.statusInWords),
      detailed ? el("span", { class: "site-indicator-line__trend" }, i.trend) : null))));
}

function successesList(view, headingTag) {
  if (view.successes.length === 0) {
    return [el(headingTag, { class: "progress-heading" }, "Successen"), el("p", { class: "utrecht-paragraph" }, "Nog geen actie is afgerond.")];
  }

  return [
    el(headingTag, { class: "progress-heading" }, "Successen om te vieren"),
    el("ul", { class: "progress-successes" }, view.successes.map((a) => el("li", { class: "progress-success" },
      el("span", { class: "progress-success__mark", "aria-hidden": "true" }, "✓"), ` ${a.title} — afgerond, getrokken door ${a.owner}`))),
  ];
}

/** The tablet and the console: the current action's standing, the agreed update, and for whoever steers the form.
 *  Returns whether this is a progress meeting. */
export function renderProgressMeeting(container, view, { steering, command, announce, itemId }) {
  if (!view) {
    show(container, false);
    return false;
  }

  show(container, true);
  const current = view.current;
  const parts = [];
  if (current?.done) {
    parts.push(el("p", { class: "progress-celebrate" }, el("strong", {}, "Afgerond! "), "Deze actie is klaar. Tijd om dat te vieren."));
  }

  if (current?.agreedHere) {
    parts.push(el("p", { class: "progress-agreed" }, current.agreedHere));
  }

  if (current?.indicators?.length > 0) {
    parts.push(el("h2", { class: "progress-heading" }, "Indicatoren"), indicatorList(current.indicators, true));
  }

  const key = `${current?.actionId ?? ""}|${current?.status ?? ""}|${steering}`;
  const existing = container.querySelector("#afspraak");
  let form = existing;
  if (steering && current && view.nextStatuses.length > 0) {
    if (!existing || formKey !== key) {
      form = el("form", { id: "afspraak", class: "progress-form", novalidate: true },
        el("h2", { class: "utrecht-heading-3" }, "Afspraak vastleggen"),
        el("label", { class: "live-comment__label", for: "afspraak-status" }, "Status van de actie"),
        el("select", { class: "utrecht-select utrecht-select--html-select", id: "afspraak-status", "data-focus": "afspraak-status" },
          view.nextStatuses.map((s) => el("option", { value: s.status }, s.label))),
        el("label", { class: "live-comment__label", for: "afspraak-notitie" }, "Notitie (wat de groep afspreekt)"),
        el("textarea", { class: "utrecht-textarea", id: "afspraak-notitie", rows: 3, maxlength: 1000, "data-focus": "afspraak-notitie" }),
        el("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action", "data-focus": "afspraak-knop" }, "Afspraak vastleggen"),
        el("p", { class: "live-message", id: "afspraak-melding", role: "status", "aria-live": "polite" }));
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const status = form.querySelector("#afspraak-status").value;
        const note = form.querySelector("#afspraak-notitie").value;
        const result = await command("RecordActionStatus", itemId(), status, note);
        if (result.ok) {
          form.querySelector("#afspraak-notitie").value = "";
          announce("De afspraak is vastgelegd.");
        } else {
          setText(form.querySelector("#afspraak-melding"), result.message);
        }
      });
      formKey = key;
    }

    parts.push(form);
  } else if (current && view.nextStatuses.length === 0) {
    parts.push(el("p", { class: "utrecht-paragraph" }, `Deze actie is ${current.status.toLowerCase()}; de status ligt vast.`));
  }

  parts.push(...successesList(view, "h2"));
  replaceChildren(container, parts);
  return true;
}

/** The screen: every action with where it stands, and the successes; at the end this is the closing overview. */
export function renderScreenProgress(container, view, ended) {
  // Two blocks, so the overview's columns put the actions beside the successes rather than a heading beside its list.
  replaceChildren(container,
    el("div", { class: "screen-overview__block" },
      el("p", { class: "screen-question" }, ended ? `${view.name} van ${view.date} is afgelopen. Dit is waar de acties nu staan.` : `${view.name} · ${view.date}`),
      el("ol", { class: "progress-actions" }, view.actions.map(actionLine))),
    el("div", { class: "screen-overview__block" }, ...successesList(view, "h3")));
}

/** On the screen, the action on the screen: when it is done, a calm celebration in words. */
export function renderScreenSuccess(element, view) {
  const done = Boolean(view?.current?.done);
  show(element, done);
  setText(element, done ? `Afgerond! ${view.current.title} is klaar. Dat vieren we.` : "");
}

/** On the screen, the action on the screen: its indicators with latest value, status and trend. */
export function renderScreenIndicators(element, view) {
  const indicators = view?.current?.indicators ?? [];
  show(element, indicators.length > 0);
  replaceChildren(element, indicators.length > 0 ? [el("h3", { class: "progress-heading" }, "Indicatoren"), indicatorList(indicators, true)] : []);
}

/** The closing overview on a tablet: the successes of the meeting. */
export function successesOnly(container, view) {
  replaceChildren(container, successesList(view, "h2"));
}
