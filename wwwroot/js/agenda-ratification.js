// Afhechting: the organisations that must still approve the agenda internally, and those not at the table that the group
// asks to join. The chair adds them and keeps their standing up to date; the choices of a standing come from the server.

import { button, commandForm, field, noSeat, participantOptions, select, setOptions, textInput } from "./agenda-controls.js";
import { el, replaceChildren, setText, show } from "./session-views.js";

export function createRatification({ command }) {
  const approvals = el("ul", { class: "agenda-list", id: "va-goedkeuringen" });
  const invitations = el("ul", { class: "agenda-list", id: "va-organisaties" });
  // Refusals of a change to a standing or a removal, under the approvals' form.
  const message = el("p", { class: "agenda-message", role: "status" });

  const approvalOrganisation = textInput("va-goedkeuring-organisatie");
  const approvalBody = textInput("va-goedkeuring-wie");
  const approvalForm = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Interne goedkeuring toevoegen" },
    field("va-goedkeuring-organisatie", "Organisatie", approvalOrganisation),
    field("va-goedkeuring-wie", "Wie keurt goed?", approvalBody, "Bijvoorbeeld het College van B&W of de directie."),
    message,
    button("Goedkeuring toevoegen", { type: "submit" }));
  commandForm(approvalForm, message, () => command("AddInternalApproval", approvalOrganisation.value, approvalBody.value),
    { saved: "Goedkeuring toegevoegd.", done: () => approvalForm.reset() });

  const invitationOrganisation = textInput("va-extern-organisatie");
  const invitationContact = select("va-extern-contact");
  const invitationMessage = el("p", { class: "agenda-message", role: "status" });
  const invitationForm = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Organisatie toevoegen die we vragen mee te doen" },
    field("va-extern-organisatie", "Organisatie die niet aan tafel zat", invitationOrganisation),
    field("va-extern-contact", "Wie benadert ze?", invitationContact),
    invitationMessage,
    button("Organisatie toevoegen", { type: "submit" }));
  commandForm(invitationForm, invitationMessage, () => command("AddExternalInvitation", invitationOrganisation.value, invitationContact.value || noSeat),
    { saved: "Organisatie toegevoegd.", done: () => invitationForm.reset() });

  /** The chair's select for a standing: the server's choices, sent back as their number. */
  function statusSelect(id, label, choices, value, send) {
    const control = el("select", { class: "utrecht-select utrecht-select--html-select agenda-status-select", id, "aria-label": label, "data-focus": id },
      choices.map((choice) => el("option", { value: String(choice.value), selected: choice.value === value }, choice.label)));
    control.addEventListener("change", async () => {
      const result = await send(Number(control.value));
      setText(message, result.ok ? "" : result.message);
    });
    return control;
  }

  function removeButton(itemId, name) {
    const remove = button("Weghalen", { "aria-label": `${name} weghalen`, "data-focus": `weg-${itemId}` });
    remove.addEventListener("click", async () => {
      const result = await command("RemoveRatificationItem", itemId);
      setText(message, result.ok ? "" : result.message);
    });
    return remove;
  }

  /** One organisation: what it is, its standing (a select for the chair, words for the others), and for the chair a way
   *  to take it off again. */
  function item(entry, text, choices, method, agenda) {
    const steering = Boolean(agenda.chair);
    return el("li", { class: "agenda-ratification" },
      el("span", {}, text), " ",
      steering ? statusSelect(`va-status-${entry.id}`, `Stand bij ${entry.organisation}`, choices, entry.status, (value) => command(method, entry.id, value))
        : el("span", { class: "agenda-mark" }, entry.statusInWords),
      steering && !agenda.closed ? removeButton(entry.id, entry.organisation) : null);
  }

  return {
    element: el("section", { class: "agenda-section", "aria-labelledby": "va-afhechting-kop" },
      el("h2", { class: "utrecht-heading-2", id: "va-afhechting-kop" }, "Afhechting"),
      el("h3", { class: "utrecht-heading-3" }, "Interne goedkeuring"), approvals, approvalForm,
      el("h3", { class: "utrecht-heading-3" }, "Organisaties die we vragen mee te doen"), invitations, invitationForm),
    update(agenda) {
      const steering = Boolean(agenda.chair) && !agenda.closed;
      show(approvalForm, steering);
      show(invitationForm, steering);
      if (steering) {
        setOptions(invitationContact, participantOptions(agenda), "Kies wie ze benadert");
      }

      replaceChildren(approvals, agenda.approvals.length === 0
        ? el("li", { class: "site-muted" }, "Nog geen goedkeuringen genoteerd.")
        : agenda.approvals.map((a) => item(a, `${a.organisation}: ${a.body}`, agenda.chair?.approvalStatuses, "SetApprovalStatus", agenda)));
      replaceChildren(invitations, agenda.invitations.length === 0
        ? el("li", { class: "site-muted" }, "Nog geen organisaties genoteerd.")
        : agenda.invitations.map((i) => item(i, `${i.organisation} (benaderd door ${i.contactName})`, agenda.chair?.invitationStatuses, "SetInvitationStatus", agenda)));
    },
  };
}
