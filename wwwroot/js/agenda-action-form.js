// The chair's form for an action of the verbeteragenda: a new one, which may take in open proposals of its focus norm,
// or one being edited. Built once, so a state from the server never wipes what the chair is typing.

import { button, dateInput, field, noSeat, participantOptions, select, setOptions, textArea, textInput } from "./agenda-controls.js";
import { el, replaceChildren, setText, show } from "./session-views.js";

export function createActionForm({ command, announce }) {
  let agenda = null;
  let editingId = null;

  const message = el("p", { class: "agenda-message", role: "alert", id: "va-actie-melding" });
  const norm = select("va-actie-norm");
  const title = textInput("va-actie-titel");
  const young = textArea("va-actie-jongeren");
  const owner = select("va-actie-trekker");
  const organisations = textInput("va-actie-organisaties", 1000);
  const start = dateInput("va-actie-start");
  const deadline = dateInput("va-actie-deadline");
  const result = textArea("va-actie-merken");
  const check = dateInput("va-actie-check");
  const proposals = el("div", { class: "agenda-proposal-choice", id: "va-actie-voorstellen" });
  const submit = button("Actie toevoegen", { type: "submit" }, "primary");
  const cancel = button("Annuleren", { hidden: true });
  const heading = el("h2", { class: "utrecht-heading-2", id: "va-actie-kop" }, "Actie vastleggen");
  const form = el("form", { class: "agenda-form", novalidate: true, "aria-labelledby": "va-actie-kop" },
    heading,
    el("p", { class: "agenda-field__hint" }, "Voeg voorstellen samen tot een actie. Alle velden zijn nodig; de trekker bevestigt op de eigen tablet."),
    message,
    field("va-actie-norm", "Focusnorm", norm),
    field("va-actie-titel", "Titel van de actie", title),
    field("va-actie-jongeren", "Wat wordt er anders voor de jongeren?", young),
    field("va-actie-trekker", "Trekker", owner),
    field("va-actie-organisaties", "Betrokken organisaties", organisations, "Scheid de namen met komma's."),
    el("div", { class: "agenda-dates" },
      field("va-actie-start", "Start", start),
      field("va-actie-deadline", "Deadline", deadline),
      field("va-actie-check", "Eerste checkmoment", check)),
    field("va-actie-merken", "Hoe merken we dat het gelukt is?", result),
    el("fieldset", { class: "agenda-fieldset" }, el("legend", { class: "agenda-field__label" }, "Voorstellen die in deze actie opgaan"), proposals),
    el("div", { class: "utrecht-button-group" }, submit, cancel));

  /** The open proposals of the chosen focus norm as check boxes; an edited action keeps the proposals it had. */
  function renderProposalChoice() {
    const open = (agenda?.chair?.proposals ?? []).filter((p) => p.state === "open" && p.normId === norm.value);
    const checked = new Set([...proposals.querySelectorAll("input:checked")].map((box) => box.value));
    if (editingId || open.length === 0) {
      replaceChildren(proposals, el("p", { class: "site-muted" }, editingId ? "Bij bewerken blijven de voorstellen zoals ze waren." : "Geen open voorstellen bij deze norm."));
      return;
    }

    replaceChildren(proposals, open.map((p) => el("div", { class: "site-checkbox" },
      el("input", { type: "checkbox", class: "utrecht-checkbox utrecht-checkbox--html-input", id: `va-kies-${p.id}`, value: p.id, checked: checked.has(p.id), "data-focus": `kies-${p.id}` }),
      el("label", { for: `va-kies-${p.id}` }, `${p.text} (${p.senderName})`))));
  }

  function reset() {
    editingId = null;
    form.reset();
    setText(heading, "Actie vastleggen");
    setText(submit, "Actie toevoegen");
    show(cancel, false);
    setText(message, "");
    renderProposalChoice();
  }

  function input() {
    return {
      normId: norm.value,
      title: title.value,
      forYoungPeople: young.value,
      ownerSeatId: owner.value || noSeat,
      organisations: organisations.value.split(",").map((o) => o.trim()).filter((o) => o.length > 0),
      start: start.value,
      deadline: deadline.value,
      resultIndicator: result.value,
      firstCheck: check.value,
    };
  }

  cancel.addEventListener("click", reset);
  norm.addEventListener("change", () => renderProposalChoice());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const action = input();
    if (!action.normId) {
      setText(message, "Kies de focusnorm van de actie.");
      norm.focus();
      return;
    }

    const chosen = [...proposals.querySelectorAll("input:checked")].map((box) => box.value);
    submit.disabled = true;
    const answer = editingId ? await command("EditAction", editingId, action) : await command("AddAction", action, chosen);
    submit.disabled = false;
    if (answer.ok) {
      reset();
      announce(`Actie "${action.title.trim()}" opgeslagen.`);
    } else {
      setText(message, answer.message);
    }
  });

  const element = el("div", { class: "agenda-chair", hidden: true }, form);
  return {
    element,

    update(next) {
      agenda = next;
      const steering = Boolean(agenda.chair) && !agenda.closed;
      show(element, steering);
      if (steering) {
        setOptions(norm, agenda.focusNorms.map((n) => [n.normId, n.heading]), "Kies een focusnorm");
        setOptions(owner, participantOptions(agenda), "Kies de trekker");
        renderProposalChoice();
      }
    },

    /** Puts an action in the form to change it. */
    edit(action) {
      editingId = action.id;
      norm.value = action.normId;
      title.value = action.title;
      young.value = action.forYoungPeople;
      owner.value = action.ownerSeatId;
      organisations.value = action.organisations.join(", ");
      start.value = action.start;
      deadline.value = action.deadline;
      result.value = action.resultIndicator;
      check.value = action.firstCheck;
      setText(heading, `Actie bewerken: ${action.title}`);
      setText(submit, "Wijzigingen opslaan");
      show(cancel, true);
      renderProposalChoice();
      title.focus();
    },

    /** Starts a new action on a focus norm with one proposal already ticked. */
    startFrom(normId, proposalId) {
      reset();
      norm.value = normId;
      renderProposalChoice();
      const box = proposals.querySelector(`input[value="${CSS.escape(proposalId)}"]`);
      if (box) {
        box.checked = true;
      }

      title.focus();
    },

    /** Shows a refusal of a command about actions or proposals where the chair is working. */
    say(text) {
      setText(message, text);
    },
  };
}
