// The actions of one focus norm as everyone sees them: what changes for young people, who pulls it and whether they
// confirmed, when. The trekker confirms here on their own tablet; the chair edits or removes an action.

import { button } from "./agenda-controls.js";
import { confirmDialog, el } from "./session-views.js";

/** "trekker bevestigd" or "wacht op bevestiging", in the server's words; the tick or the dots say it again in shape. */
export function ownerMark(action) {
  return el("span", { class: `agenda-mark agenda-mark--${action.ownerConfirmed ? "ok" : "waiting"}` }, action.ownerStatusInWords);
}

function actionFacts(action) {
  return el("dl", { class: "agenda-facts" },
    el("dt", {}, "Voor de jongeren"), el("dd", {}, action.forYoungPeople),
    el("dt", {}, "Trekker"), el("dd", {}, action.ownerName, " ", ownerMark(action)),
    action.organisations.length > 0 ? [el("dt", {}, "Betrokken organisaties"), el("dd", {}, action.organisations.join(", "))] : null,
    el("dt", {}, "Wanneer"), el("dd", {}, `${action.startInWords} tot ${action.deadlineInWords}; eerste checkmoment ${action.firstCheckInWords}`),
    el("dt", {}, "Hoe merken we het"), el("dd", {}, action.resultIndicator),
    action.indicators?.length > 0 ? [el("dt", {}, "Indicatoren"), el("dd", {}, action.indicators.map((i) => i.inWords).join("; "))] : null);
}

/** Asked of the trekker only, until they confirm. */
function ownerAsk(action, { command, announce }) {
  const confirm = button("Ik neem deze actie op me", { "data-focus": `trekker-${action.id}` }, "primary");
  confirm.addEventListener("click", async () => {
    const result = await command("ConfirmOwnership", action.id);
    announce(result.ok ? `Je bent trekker van "${action.title}". Dank je wel.` : result.message);
  });
  return el("div", { class: "agenda-owner-ask" },
    el("p", { class: "agenda-owner-ask__text" }, `Jij bent trekker van "${action.title}".`),
    confirm);
}

function chairButtons(action, { command, dialog, actionForm }) {
  const edit = button("Bewerken", { "data-focus": `bewerk-${action.id}`, "aria-label": `Bewerken: ${action.title}` });
  const remove = button("Verwijderen", { "data-focus": `verwijder-${action.id}`, "aria-label": `Verwijderen: ${action.title}`, class: "utrecht-button utrecht-button--secondary-action live-danger" });
  edit.addEventListener("click", () => actionForm.edit(action));
  remove.addEventListener("click", async () => {
    if (dialog && !(await confirmDialog(dialog, `Actie "${action.title}" verwijderen?`, "Verwijderen"))) {
      return;
    }

    const result = await command("RemoveAction", action.id);
    actionForm.say(result.ok ? "" : result.message);
  });
  return el("div", { class: "utrecht-button-group" }, edit, remove);
}

/** The list items of a focus norm's actions. */
export function actionItems(norm, agenda, parts) {
  const steering = Boolean(agenda.chair) && !agenda.closed;
  if (norm.actions.length === 0) {
    return el("li", { class: "site-muted" }, "Nog geen acties.");
  }

  return norm.actions.map((action) => el("li", { class: "agenda-action" },
    el("p", { class: "agenda-action__title" }, action.title),
    actionFacts(action),
    action.isMine && !action.ownerConfirmed && !agenda.closed ? ownerAsk(action, parts) : null,
    steering ? chairButtons(action, parts) : null));
}

/** Tells a trekker once per action that the group asks them to pull it. */
export function ownershipNews(agenda, told) {
  const news = [];
  for (const action of agenda.focusNorms.flatMap((norm) => norm.actions)) {
    if (action.isMine && !action.ownerConfirmed && !told.has(action.id)) {
      told.add(action.id);
      news.push(`Jij bent trekker van "${action.title}". Bevestig het op je tablet.`);
    }
  }

  return news;
}
