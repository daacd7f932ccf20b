// Procesafspraken: how the group keeps the agenda alive. Everyone reads them (the topics come from the server, the same
// words as the verbeteragenda's document); the chair writes them down in a form that keeps what they type.

import { button, commandForm, field, textInput } from "./agenda-controls.js";
import { el, replaceChildren, show } from "./session-views.js";

/** The agreements as a list of topics and what was agreed; the screen shows the same list. */
export function agreementsList(agenda) {
  const lines = agenda.agreementsInWords ?? [];
  if (lines.length === 0) {
    return el("p", { class: "site-muted" }, "Nog geen procesafspraken.");
  }

  return el("dl", { class: "agenda-facts" }, lines.map((line) => [el("dt", {}, line.topic), el("dd", {}, line.text || "–")]));
}

export function createAgreements({ command }) {
  const view = el("div", {});
  const inputs = {
    meetingFrequency: textInput("va-afspraak-frequentie", 1000),
    platform: textInput("va-afspraak-platform", 1000),
    reporting: textInput("va-afspraak-rapportage", 1000),
    celebrating: textInput("va-afspraak-vieren", 1000),
  };
  const message = el("p", { class: "agenda-message", role: "status" });
  const form = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Procesafspraken vastleggen" },
    field("va-afspraak-frequentie", "Hoe vaak komen we bijeen over de voortgang?", inputs.meetingFrequency),
    field("va-afspraak-platform", "Op welk bestaand overleg volgen we de voortgang?", inputs.platform),
    field("va-afspraak-rapportage", "Hoe rapporteren de trekkers?", inputs.reporting),
    field("va-afspraak-vieren", "Hoe vieren we successen?", inputs.celebrating),
    message,
    button("Afspraken opslaan", { type: "submit" }, "primary"));
  // What the chair typed wins over the server's copy until it is saved.
  let dirty = false;
  form.addEventListener("input", () => { dirty = true; });
  commandForm(form, message,
    () => command("SetProcessAgreements", Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.value]))),
    { saved: "Afspraken opgeslagen.", done: () => { dirty = false; } });

  return {
    element: el("section", { class: "agenda-section", "aria-labelledby": "va-afspraken-kop" },
      el("h2", { class: "utrecht-heading-2", id: "va-afspraken-kop" }, "Procesafspraken"), view, form),
    update(agenda) {
      const steering = Boolean(agenda.chair) && !agenda.closed;
      replaceChildren(view, agreementsList(agenda));
      show(form, steering);
      if (steering && !dirty && !form.contains(document.activeElement)) {
        for (const [name, input] of Object.entries(inputs)) {
          input.value = agenda.agreements?.[name] ?? "";
        }
      }
    },
  };
}
