// Session 2: the verbeteragenda on the tablet, the chair's console and the screen. The state's `agenda` view drives
// everything; when it is absent (session 1, or no agenda yet) these functions return false and the scoring view stays.
// The tablet is made of parts, one module each, built once and updated with every state: forms are kept, so an update
// from the server never wipes what someone is typing; only the lists around them are redrawn. Every label that names a
// state (a standing, a proposal's fate, a date, a focus norm's heading) comes from the server.

import { createActionForm } from "./agenda-action-form.js";
import { ownerMark, ownershipNews } from "./agenda-actions.js";
import { agreementsList, createAgreements } from "./agenda-agreements.js";
import { createClosedNotice, createConfirmation } from "./agenda-confirmation.js";
import { createIntro } from "./agenda-focus.js";
import { createNormSections } from "./agenda-norms.js";
import { createRatification } from "./agenda-ratification.js";
import { createIndicatorForm } from "./indicator-console.js";
import { el, replaceChildren, show } from "./session-views.js";

/* ---------------------------------------------------------------- tablet and console */

const tablets = new WeakMap();

/**
 * Renders the agenda flow into `container` on the tablet; with `state.agenda.chair` also the chair's forms.
 * @returns {boolean} whether the agenda flow is shown (and the scoring view should step aside)
 */
export function renderAgendaView(container, state, options) {
  const agenda = state.agenda;
  show(container, Boolean(agenda));
  if (!agenda) {
    return false;
  }

  let view = tablets.get(container);
  if (!view) {
    view = buildTablet(container, options);
    tablets.set(container, view);
  }

  view.update(agenda);
  return true;
}

/** The parts top to bottom: where we are, the notice once adopted, the focus norms with their actions and proposals,
 *  the chair's action form and indicator form, the agreements, the afhechting and the akkoord. */
function buildTablet(container, { command, announce, dialog }) {
  const actionForm = createActionForm({ command, announce });
  const parts = [
    createIntro({ command }),
    createClosedNotice(),
    createNormSections({ command, announce, dialog, actionForm }),
    actionForm,
    createIndicatorForm({ command, announce, dialog }),
    createAgreements({ command }),
    createRatification({ command }),
    createConfirmation({ command, announce, dialog }),
  ];
  replaceChildren(container, parts.map((part) => part.element));

  const told = new Set();
  let wasClosed;
  return {
    update(agenda) {
      for (const part of parts) {
        part.update(agenda);
      }

      const news = ownershipNews(agenda, told);
      if (wasClosed === false && agenda.closed) {
        news.push("De verbeteragenda is vastgesteld.");
      }

      wasClosed = agenda.closed;
      for (const message of news) {
        announce(message);
      }
    },
  };
}

/* ---------------------------------------------------------------- screen */

function screenAction(action) {
  return el("li", { class: "screen-agenda__action" },
    el("span", { class: "screen-agenda__action-title" }, action.title),
    el("span", { class: "screen-agenda__owner" }, `Trekker: ${action.ownerName}`, " ", ownerMark(action)),
    el("span", { class: "screen-agenda__dates" }, `Deadline ${action.deadlineInWords} · eerste checkmoment ${action.firstCheckInWords}`));
}

function screenNorm(norm) {
  return el("section", { class: "screen-agenda__norm", "aria-labelledby": `scherm-norm-${norm.normId}` },
    el("h3", { class: "screen-agenda__norm-title", id: `scherm-norm-${norm.normId}` }, norm.heading),
    norm.actions.length === 0
      ? el("p", { class: "screen-muted" }, norm.improvementPoints.length > 0 ? `Uit sessie 1: ${norm.improvementPoints.join(" · ")}` : "Nog geen acties.")
      : el("ul", { class: "screen-agenda__actions" }, norm.actions.map(screenAction)));
}

function screenBox(id, title, ...content) {
  return el("section", { class: "screen-agenda__box", "aria-labelledby": id },
    el("h3", { class: "screen-agenda__norm-title", id }, title),
    content);
}

/** The beamer: the actions per focus norm as they are formed, the agreements, the afhechting and the count. */
export function renderScreenAgenda(container, state) {
  const agenda = state.agenda;
  show(container, Boolean(agenda));
  if (!agenda) {
    return false;
  }

  const c = agenda.confirmations;
  replaceChildren(container,
    el("h2", { class: "screen-title" }, agenda.closed ? "De verbeteragenda is vastgesteld" : "Verbeteragenda"),
    el("div", { class: "screen-agenda__norms" }, agenda.focusNorms.map(screenNorm)),
    el("div", { class: "screen-agenda__bottom" },
      screenBox("scherm-afspraken", "Procesafspraken", agreementsList(agenda)),
      screenBox("scherm-afhechting", "Afhechting",
        agenda.approvals.length + agenda.invitations.length === 0
          ? el("p", { class: "screen-muted" }, "Nog niets genoteerd.")
          : el("ul", { class: "screen-agenda__list" },
            agenda.approvals.map((a) => el("li", {}, `${a.organisation}: ${a.body} — ${a.statusInWords}`)),
            agenda.invitations.map((i) => el("li", {}, `${i.organisation} vragen mee te doen (${i.contactName}) — ${i.statusInWords}`)))),
      screenBox("scherm-akkoord", "Akkoord",
        el("p", { class: "screen-agenda__count", role: "status" }, c.inWords),
        c.reasons.length > 0 ? el("ul", { class: "screen-agenda__list" }, c.reasons.map((r) => el("li", {}, `Niet akkoord: ${r}`))) : null)));
  return true;
}
