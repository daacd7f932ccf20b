// One section per focus norm: its heading and question, session 1's improvement points, the actions formed so far, the
// proposals (everyone's for the chair, one's own on a tablet) and the form to send one. A section is built once per norm
// and kept, so a proposal being typed survives every update.

import { actionItems } from "./agenda-actions.js";
import { myProposalItems, proposalItems, proposeForm } from "./agenda-proposals.js";
import { el, replaceChildren, setText, show } from "./session-views.js";

function normSection(norm, command) {
  const id = `va-norm-${norm.normId}`;
  const heading = el("h2", { class: "utrecht-heading-2 agenda-norm__title", id: `${id}-kop` });
  const question = el("p", { class: "agenda-norm__question" });
  const points = el("ul", { class: "agenda-list agenda-list--points" });
  const actions = el("ul", { class: "agenda-actions" });
  const proposals = el("ul", { class: "agenda-list" });
  const proposalsPart = el("div", { class: "agenda-proposals", hidden: true },
    el("h3", { class: "utrecht-heading-3" }, "Voorstellen van de deelnemers"), proposals);
  const mine = el("ul", { class: "agenda-list" });
  const minePart = el("div", { hidden: true }, el("h3", { class: "utrecht-heading-3" }, "Jouw voorstellen"), mine);
  const form = proposeForm(id, norm.normId, command);
  const section = el("section", { class: "agenda-norm", "aria-labelledby": `${id}-kop` },
    heading, question,
    el("h3", { class: "utrecht-heading-3" }, "Verbeterpunten uit sessie 1"), points,
    el("h3", { class: "utrecht-heading-3" }, "Acties"), actions,
    proposalsPart, form, minePart);

  return {
    section,
    update(current, agenda, parts) {
      setText(heading, current.heading);
      setText(question, current.question ?? "");
      replaceChildren(points, current.improvementPoints.length === 0
        ? el("li", { class: "site-muted" }, "Geen verbeterpunten genoteerd.")
        : current.improvementPoints.map((point) => el("li", {}, point)));
      replaceChildren(actions, actionItems(current, agenda, parts));
      show(proposalsPart, Boolean(agenda.chair));
      replaceChildren(proposals, proposalItems(current, agenda, parts));
      show(form, Boolean(agenda.me?.isParticipant) && !agenda.closed);
      const own = myProposalItems(current, agenda);
      show(minePart, own.length > 0);
      replaceChildren(mine, own);
    },
  };
}

/** @param parts { command, announce, dialog, actionForm } what the buttons in a section need */
export function createNormSections(parts) {
  const sections = new Map();
  const element = el("div", { class: "agenda-norms" });

  return {
    element,
    update(agenda) {
      const shown = agenda.focusNorms.map((norm) => {
        let section = sections.get(norm.normId);
        if (!section) {
          section = normSection(norm, parts.command);
          sections.set(norm.normId, section);
        }

        section.update(norm, agenda, parts);
        return section.section;
      });
      if (shown.length !== element.children.length || shown.some((section, index) => element.children[index] !== section)) {
        element.replaceChildren(...shown);
      }
    },
  };
}
