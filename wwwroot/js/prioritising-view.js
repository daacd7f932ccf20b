// The end of session 1: prioritising on the tablets, the chair's prioritising panel, the ranking and the focus list
// on the screen. The server decides what each audience sees: a tablet gets only its own points, the screen and the
// chair only progress until the chair closes; the ranking comes after that.

import { el, formatNumber, replaceChildren, show, tableHead } from "./session-views.js";

const pointsWord = (n) => (n === 1 ? "1 punt" : `${n} punten`);

/** Context for a norm from session 1: "mediaan 1,5 (Gedeeltelijk) · sterk verdeeld". */
function normContext(norm) {
  if (norm.median === null || norm.median === undefined) {
    return "niet gescoord of te weinig antwoorden";
  }

  const parts = [`mediaan ${formatNumber(norm.median)}${norm.medianInWords ? ` (${norm.medianInWords})` : ""}`];
  if (norm.spreadInWords) {
    parts.push(norm.spreadInWords);
  }

  return parts.join(" · ");
}

/** The ranking as the server's chart plus the same numbers in a table; norms without points are left out. */
export function rankingView(view, { headingLevel = 2, idPrefix = "ranglijst" } = {}) {
  const heading = `h${headingLevel}`;
  const rows = (view.ranking ?? []).filter((r) => r.points > 0);
  const captionId = `${idPrefix}-tabel`;
  const parts = [el(heading, { class: "prio-heading" }, "Uitslag van het prioriteren")];
  parts.push(el("p", { class: "prio-text" }, `${view.progress}. Iedereen had ${pointsWord(view.budget)}.`));
  if (view.rankingChart) {
    const chart = el("div", { class: "live-chart prio-chart", "aria-hidden": "true" });
    chart.innerHTML = view.rankingChart;
    parts.push(chart);
  }

  parts.push(
    rows.length === 0
      ? el("p", { class: "prio-text" }, "Niemand heeft punten gegeven.")
      : el(
        "table",
        { class: "utrecht-table utrecht-table--html-table live-table prio-table", "aria-labelledby": captionId },
        el("caption", { class: "utrecht-table__caption", id: captionId }, "Punten per norm, de meeste eerst"),
        tableHead(["Plaats", "live-table__number"], ["Norm"], ["Punten", "live-table__number"]),
        el(
          "tbody",
          { class: "utrecht-table__body" },
          rows.map((r) =>
            el(
              "tr",
              { class: "utrecht-table__row" },
              el("td", { class: "utrecht-table__cell live-table__number" }, String(r.rank)),
              el("th", { scope: "row", class: "utrecht-table__cell" }, `${r.number}. ${r.title}`),
              el("td", { class: "utrecht-table__cell live-table__number" }, String(r.points)),
            ),
          ),
        ),
      ),
  );
  return parts;
}

/** The confirmed focus list with why each norm is on it. */
export function focusView(focus, { headingLevel = 2 } = {}) {
  return [
    el(`h${headingLevel}`, { class: "prio-heading" }, "Focusnormen"),
    el("p", { class: "prio-text" }, "Hiermee gaan we in sessie 2 aan de slag."),
    el(
      "ol",
      { class: "prio-focus" },
      focus.map((f) => el("li", { class: "prio-focus__item" }, el("strong", { class: "prio-focus__title" }, `${f.number}. ${f.title}`), el("span", { class: "prio-focus__reasons" }, f.reasons.join(", ")))),
    ),
  ];
}

/**
 * The tablet (and the chair's own tablet view): + and − per norm, a draft kept here until the participant saves it,
 * and "Opgeslagen" only after the server said ok.
 * @param {HTMLElement} container  the #prioriteren section
 */
export function createTabletPrioritising(container) {
  let draft = null;
  let saved = null;
  let dirty = false;
  let message = "";
  let seen = { started: false, closed: false, focus: false };
  let latest = null;
  let send = null;
  let say = () => {};

  const total = () => Object.values(draft ?? {}).reduce((sum, n) => sum + n, 0);

  const change = (itemId, delta) => {
    const budget = latest.budget;
    const now = draft[itemId] ?? 0;
    const next = now + delta;
    if (next < 0 || total() + delta > budget) {
      return;
    }

    draft = { ...draft, [itemId]: next };
    dirty = true;
    message = "";
    draw();
    const left = budget - total();
    say(left === 0 ? "Alle punten verdeeld. Sla je verdeling op." : `Nog ${pointsWord(left)} te verdelen.`);
  };

  const save = async () => {
    const points = Object.fromEntries(Object.entries(draft).filter(([, n]) => n > 0));
    message = "Bezig met opslaan…";
    draw();
    const result = await send("DistributePoints", points);
    if (result.ok) {
      dirty = false;
      saved = { ...draft };
      message = "Opgeslagen. Je kunt je verdeling aanpassen tot de voorzitter het prioriteren afsluit.";
    } else {
      message = result.message;
    }

    draw();
  };

  function draw() {
    const view = latest;
    const parts = [];
    if (view.closed) {
      if (view.focus) {
        parts.push(...focusView(view.focus, { headingLevel: 1 }));
        parts.push(...rankingView(view, { headingLevel: 2, idPrefix: "tablet-ranglijst" }));
      } else {
        parts.push(el("h1", { class: "utrecht-heading-1 prio-title" }, "Prioriteren is afgesloten"));
        parts.push(...rankingView(view, { headingLevel: 2, idPrefix: "tablet-ranglijst" }));
        parts.push(el("p", { class: "prio-text" }, "De voorzitter stelt nu met jullie de focusnormen vast."));
      }

      replaceChildren(container, parts);
      return;
    }

    parts.push(el("h1", { class: "utrecht-heading-1 prio-title" }, "Welke normen verdienen voorrang?"));
    if (!view.mayDistribute) {
      parts.push(el("p", { class: "prio-text" }, `De anderen verdelen nu hun punten (${view.progress}). Je was er nog niet toen het prioriteren begon; de voorzitter kan je laten meedoen.`));
      replaceChildren(container, parts);
      return;
    }

    const left = view.budget - total();
    parts.push(el("p", { class: "prio-text" }, `Verdeel ${pointsWord(view.budget)} over de normen die volgens jou het eerst aandacht nodig hebben. Je mag ook meer punten aan één norm geven. Bij elke norm zie je hoe de groep hem vandaag scoorde.`));
    parts.push(el("p", { class: `prio-left${left === 0 ? " prio-left--done" : ""}`, id: "prio-over" }, left === 0 ? "Alle punten verdeeld" : `Nog ${pointsWord(left)} te verdelen`));
    parts.push(
      el(
        "ul",
        { class: "prio-norms", "aria-describedby": "prio-over" },
        view.norms.map((norm) => {
          const count = draft[norm.itemId] ?? 0;
          const name = `${norm.number}. ${norm.title}`;
          const minus = el("button", { type: "button", class: "prio-step", "aria-label": `Een punt minder voor ${name}`, "data-focus": `min-${norm.itemId}`, disabled: count === 0 }, "−");
          const plus = el("button", { type: "button", class: "prio-step", "aria-label": `Een punt meer voor ${name}`, "data-focus": `plus-${norm.itemId}`, disabled: left === 0 }, "+");
          minus.addEventListener("click", () => change(norm.itemId, -1));
          plus.addEventListener("click", () => change(norm.itemId, 1));
          return el(
            "li",
            { class: `prio-norm${count > 0 ? " prio-norm--chosen" : ""}` },
            el("span", { class: "prio-norm__text" }, el("span", { class: "prio-norm__title" }, name), el("span", { class: "site-visually-hidden" }, ": "), el("span", { class: "prio-norm__context" }, normContext(norm))),
            el("span", { class: "prio-norm__controls" }, minus, el("span", { class: "prio-norm__count" }, el("span", { "aria-hidden": "true" }, String(count)), el("span", { class: "site-visually-hidden" }, `${pointsWord(count)} voor ${name}`)), plus),
          );
        }),
      ),
    );
    const submit = el("button", { type: "button", class: "utrecht-button utrecht-button--primary-action prio-save", "data-focus": "prio-opslaan", disabled: left !== 0 || !dirty }, "Verdeling opslaan");
    submit.addEventListener("click", save);
    parts.push(el("div", { class: "prio-actions" }, submit, el("p", { class: "live-message prio-message", role: "status", "aria-live": "polite" }, message)));
    if (!dirty && saved && Object.keys(saved).length > 0 && !message) {
      parts.push(el("p", { class: "prio-text" }, "Je verdeling is opgeslagen. Je kunt haar aanpassen tot de voorzitter het prioriteren afsluit."));
    }

    replaceChildren(container, parts);
  }

  return {
    /** @returns {boolean} whether prioritising is on (the scoring view steps aside) */
    render(view, { command, announce }) {
      send = command;
      say = announce;
      latest = view;
      if (!view) {
        container.replaceChildren();
        show(container, false);
        return false;
      }

      const announcements = [];
      if (!seen.started) {
        announcements.push(view.closed ? "De uitslag van het prioriteren is bekend." : `Het prioriteren is begonnen. Verdeel ${pointsWord(view.budget)} over de normen.`);
      } else if (view.closed && !seen.closed) {
        announcements.push("Het prioriteren is afgesloten. De uitslag is bekend.");
      }

      if (view.focus && !seen.focus) {
        announcements.push("De focusnormen zijn vastgesteld.");
      }

      seen = { started: true, closed: view.closed, focus: Boolean(view.focus) };
      const mine = view.myPoints ?? {};
      if (!dirty) {
        // Until the participant changes something, the tablet shows what the server has stored.
        draft = { ...mine };
        saved = { ...mine };
      }

      show(container, true);
      draw();
      if (announcements.length > 0) {
        say(announcements.join(" "));
      }

      return true;
    },
  };
}

/**
 * The chair's panel in the console's side column.
 * @param {HTMLElement} panel  the #prioriteren-console section
 */
export function createChairPrioritising(panel, { steer, confirm, message }) {
  let chosen = null;
  let chosenKey = "";
  let budgetDraft = "";

  return {
    render(chairState) {
      const extras = chairState?.prioritisingChair;
      if (!extras) {
        show(panel, false);
        return;
      }

      show(panel, true);
      const view = chairState.own.prioritising;
      const parts = [el("h2", { class: "live-panel__title", id: "prio-console-kop" }, "Prioriteren")];
      if (!view) {
        if (!extras.canStart) {
          parts.push(el("p", { class: "live-panel__text" }, "Prioriteren kan alleen tijdens sessie 1."));
          replaceChildren(panel, parts);
          return;
        }

        const input = el("input", {
          type: "number", class: "utrecht-textbox utrecht-textbox--html-input prio-budget", id: "prio-punten",
          min: 1, max: extras.maximumBudget, step: 1, inputmode: "numeric", "aria-describedby": "prio-punten-hint", "data-focus": "prio-punten",
        });
        input.value = budgetDraft || String(extras.defaultBudget);
        input.addEventListener("input", () => {
          budgetDraft = input.value;
        });
        const start = el("button", { type: "button", class: "utrecht-button utrecht-button--primary-action", "data-focus": "prio-start" }, "Prioriteren starten");
        start.addEventListener("click", async () => {
          const budget = Number.parseInt(input.value, 10);
          if (!Number.isInteger(budget) || budget < 1 || budget > extras.maximumBudget) {
            message(`Kies een aantal punten van 1 tot en met ${extras.maximumBudget}.`);
            input.focus();
            return;
          }

          const question = `Prioriteren starten met ${pointsWord(budget)} per deelnemer? De tablets gaan dan van het scoren naar het verdelen van punten. Wie er nu is, doet mee.`;
          if (await confirm(question, "Ja, starten")) {
            await steer("StartPrioritising", budget);
          }
        });
        parts.push(
          el("p", { class: "live-panel__text" }, "Na de laatste norm en de checklist: iedereen die er is verdeelt punten over de normen die het eerst aandacht verdienen."),
          el("label", { class: "live-comment__label", for: "prio-punten" }, "Punten per deelnemer"),
          el("p", { class: "live-comment__hint", id: "prio-punten-hint" }, `Gewoonlijk 3; hoogstens ${extras.maximumBudget}.`),
          el("div", { class: "prio-start" }, input, start),
        );
        replaceChildren(panel, parts);
        return;
      }

      if (!view.closed) {
        parts.push(el("p", { class: "live-panel__text prio-progress", role: "status" }, view.progress));
        parts.push(
          el(
            "ul",
            { class: "live-people" },
            extras.people.map((p) =>
              el(
                "li",
                { class: `live-person${p.present ? "" : " live-person--away"}` },
                el("span", { class: "live-person__name" }, p.name),
                el("span", { class: `live-person__vote${p.distributed ? " live-person__vote--done" : ""}` }, p.distributed ? [el("span", { "aria-hidden": "true" }, "✓ "), "verdeeld"] : "nog niet"),
              ),
            ),
          ),
        );
        const late = chairState.people.filter((p) => p.present && !extras.people.some((d) => d.seatId === p.seatId));
        for (const person of late) {
          const admit = el("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action live-small-button", "data-focus": `prio-toelaten-${person.seatId}` }, `${person.name} laten meedoen`);
          admit.addEventListener("click", () => steer("AdmitToPrioritising", person.seatId));
          parts.push(admit);
        }

        const close = el("button", { type: "button", class: "utrecht-button utrecht-button--primary-action prio-close", "data-focus": "prio-sluiten" }, "Afsluiten en uitslag tonen");
        close.addEventListener("click", async () => {
          if (await confirm(`Het prioriteren afsluiten? ${view.progress}. Daarna kan niemand zijn punten nog veranderen en ziet iedereen de uitslag.`, "Ja, afsluiten")) {
            await steer("ClosePrioritising");
          }
        });
        parts.push(close);
        replaceChildren(panel, parts);
        return;
      }

      parts.push(...focusChoice(view, extras));
      replaceChildren(panel, parts);
    },
  };

  function focusChoice(view, extras) {
    const proposal = extras.proposal ?? [];
    const confirmedIds = view.focus?.map((f) => f.itemId);
    const key = JSON.stringify([proposal.map((p) => p.itemId), confirmedIds]);
    if (key !== chosenKey) {
      chosenKey = key;
      chosen = new Set(confirmedIds ?? proposal.map((p) => p.itemId));
    }

    const reasons = new Map(proposal.map((p) => [p.itemId, p.reasons]));
    const ordered = [...proposal.map((p) => view.norms.find((n) => n.itemId === p.itemId)).filter(Boolean), ...view.norms.filter((n) => !reasons.has(n.itemId))];
    const parts = [];
    if (view.focus) {
      parts.push(el("p", { class: "live-panel__text" }, `Vastgesteld: ${view.focus.map((f) => `${f.number}. ${f.title}`).join("; ")}. Je kunt de keuze nog aanpassen.`));
    } else {
      parts.push(el("p", { class: "live-panel__text" }, "Het voorstel volgt uit drie signalen: een lage score, sterke verdeeldheid en veel punten. Pas het samen met de groep aan als dat beter past."));
    }

    for (const note of extras.proposalNotes ?? []) {
      parts.push(el("p", { class: "live-panel__text prio-note" }, note));
    }

    const fieldset = el(
      "fieldset",
      { class: "prio-choice" },
      el("legend", { class: "prio-choice__legend" }, `Focusnormen (kies 1 tot ${extras.maximumFocus})`),
      ordered.map((norm) => {
        const id = `focus-${norm.itemId}`;
        const box = el("input", { type: "checkbox", class: "utrecht-checkbox utrecht-checkbox--html-input", id, "data-focus": id, checked: chosen.has(norm.itemId) });
        box.addEventListener("change", () => {
          if (box.checked) {
            chosen.add(norm.itemId);
          } else {
            chosen.delete(norm.itemId);
          }
        });
        const why = reasons.get(norm.itemId);
        return el(
          "div",
          { class: `site-checkbox prio-choice__item${why ? " prio-choice__item--proposed" : ""}` },
          box,
          el("label", { for: id }, el("span", { class: "prio-choice__title" }, `${norm.number}. ${norm.title}`), why ? el("span", { class: "prio-choice__reasons" }, `voorgesteld: ${why.join(", ")}`) : null),
        );
      }),
    );
    const confirmButton = el("button", { type: "button", class: "utrecht-button utrecht-button--primary-action", "data-focus": "prio-vaststellen" }, view.focus ? "Keuze opnieuw vaststellen" : "Focusnormen vaststellen");
    confirmButton.addEventListener("click", async () => {
      const ids = ordered.map((n) => n.itemId).filter((id) => chosen.has(id));
      if (ids.length < 1 || ids.length > extras.maximumFocus) {
        message(`Kies 1 tot ${extras.maximumFocus} focusnormen.`);
        return;
      }

      const result = await steer("ConfirmFocus", ids);
      if (result.ok) {
        message("De focusnormen zijn vastgesteld. Het scherm en de tablets laten ze zien.");
      }
    });
    parts.push(fieldset, confirmButton);
    return parts;
  }
}

/**
 * The beamer. Before the close: only progress (the overview of the scores stays visible below it); after: the ranking,
 * and the focus list once confirmed. Returns "none", "progress" or "result".
 */
export function renderScreenPrioritising(container, view) {
  if (!view) {
    container.replaceChildren();
    show(container, false);
    return "none";
  }

  show(container, true);
  if (!view.closed) {
    replaceChildren(
      container,
      el("p", { class: "screen-kicker" }, "Prioriteren"),
      el("h2", { class: "screen-title" }, "Verdeel je punten op je tablet"),
      el("p", { class: "screen-question" }, `Iedereen verdeelt ${pointsWord(view.budget)} over de normen die het eerst aandacht verdienen. De uitslag komt als de voorzitter afsluit.`),
      el("div", { class: "screen-progress", role: "status", "aria-live": "polite" }, el("p", { class: "screen-progress__count" }, view.progress)),
    );
    return "progress";
  }

  const parts = [];
  if (view.focus) {
    parts.push(...focusView(view.focus, { headingLevel: 2 }));
  }

  parts.push(...rankingView(view, { headingLevel: view.focus ? 3 : 2, idPrefix: "scherm-ranglijst" }));
  replaceChildren(container, el("div", { class: "prio-screen" }, parts));
  return "result";
}
