// Session 2, the console: give an action an indicator, from a template in content/indicators/ or written anew. The
// templates and every label of the choices come from the server (`agenda.chair.indicators`); the rules are the
// server's too (the hub's AddIndicator answers with a Dutch message when something is wrong). Like the action form,
// this form is built once and kept, so an update from the server never wipes what the chair is typing.

import { button, dateInput, field, select, setOptions, textArea, textInput } from "./agenda-controls.js";
import { confirmDialog, el, replaceChildren, setText, show } from "./session-views.js";

/** Fills the form's fields from a template; the 0-meting and the target stay for the table to agree on. */
function fillFrom(fields, template) {
  fields.name.value = template?.name ?? "";
  fields.whatIsCounted.value = template?.whatIsCounted ?? "";
  fields.unit.value = template?.unit ?? "";
  fields.source.value = template?.source ?? "";
  fields.responsibleOrganisation.value = template?.responsibleOrganisation ?? "";
  fields.frequency.value = template?.frequency ?? "";
  fields.level.value = template?.level ?? "";
}

/**
 * The form, shown to whoever steers the agenda while it is open; `update(agenda)` keeps the lists of actions and
 * templates current.
 * @returns {{ element: HTMLElement, update: (agenda: object) => void }}
 */
export function createIndicatorForm({ command, announce, dialog }) {
  let actions = [];
  let choices = null;
  const message = el("p", { class: "agenda-message", role: "alert", id: "va-ind-melding" });
  const action = select("va-ind-actie");
  const template = select("va-ind-sjabloon");
  const templateHint = el("p", { class: "agenda-field__hint", id: "va-ind-sjabloon-uitleg" });
  const fields = {
    name: textInput("va-ind-naam"),
    whatIsCounted: textArea("va-ind-wat"),
    unit: select("va-ind-eenheid"),
    source: textInput("va-ind-bron"),
    responsibleOrganisation: textInput("va-ind-levert"),
    frequency: select("va-ind-frequentie"),
    level: select("va-ind-niveau"),
    baseline: textInput("va-ind-nul", 20),
    baselineDate: dateInput("va-ind-nul-datum"),
    target: textInput("va-ind-streef", 20),
    targetDate: dateInput("va-ind-streef-datum"),
  };
  fields.baseline.setAttribute("inputmode", "decimal");
  fields.target.setAttribute("inputmode", "decimal");
  const existing = el("ul", { class: "agenda-list", id: "va-ind-bestaand" });
  const existingPart = el("div", { hidden: true }, el("h3", { class: "utrecht-heading-3" }, "Indicatoren bij deze actie"), existing);
  const submit = button("Indicator toevoegen", { type: "submit" }, "primary");
  const form = el("form", { class: "agenda-form", novalidate: true, "aria-labelledby": "va-ind-kop" },
    el("h2", { class: "utrecht-heading-2", id: "va-ind-kop" }, "Indicator bij een actie"),
    el("p", { class: "agenda-field__hint" }, "Maak zichtbaar wat de actie oplevert: een cijfer dat we elke periode meten, van de 0-meting naar een streefwaarde. Kies een voorbeeld of vul zelf in."),
    message,
    field("va-ind-actie", "Bij welke actie?", action),
    existingPart,
    field("va-ind-sjabloon", "Voorbeeld", template),
    templateHint,
    field("va-ind-naam", "Naam van de indicator", fields.name),
    field("va-ind-wat", "Wat tellen we precies?", fields.whatIsCounted),
    el("div", { class: "agenda-dates" },
      field("va-ind-eenheid", "Eenheid", fields.unit),
      field("va-ind-frequentie", "Hoe vaak meten we?", fields.frequency),
      field("va-ind-niveau", "Niveau", fields.level)),
    field("va-ind-bron", "Bron", fields.source, "Waar komt het cijfer vandaan?"),
    field("va-ind-levert", "Wie levert het cijfer aan?", fields.responsibleOrganisation, "De organisatie, niet een persoon."),
    el("div", { class: "agenda-dates" },
      field("va-ind-nul", "0-meting", fields.baseline, "Een getal, bijvoorbeeld 12 of 12,5; ja of nee bij ja/nee."),
      field("va-ind-nul-datum", "Datum van de 0-meting", fields.baselineDate)),
    el("div", { class: "agenda-dates" },
      field("va-ind-streef", "Streefwaarde", fields.target),
      field("va-ind-streef-datum", "Streefdatum", fields.targetDate)),
    el("div", { class: "utrecht-button-group" }, submit));
  template.setAttribute("aria-describedby", "va-ind-sjabloon-uitleg");

  const chosenTemplate = () => choices?.templates.find((t) => t.id === template.value) ?? null;

  template.addEventListener("change", () => {
    const chosen = chosenTemplate();
    fillFrom(fields, chosen);
    setText(templateHint, chosen ? `Uit de voorbeelden: ${chosen.name}. Pas aan wat voor jullie regio anders is.` : "");
  });
  action.addEventListener("change", () => {
    renderTemplates();
    renderExisting();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!action.value) {
      setText(message, "Kies de actie waar de indicator bij hoort.");
      action.focus();
      return;
    }

    const indicator = Object.fromEntries(Object.entries(fields).map(([name, input]) => [name, input.value]));
    indicator.templateId = chosenTemplate()?.id ?? null;
    submit.disabled = true;
    const result = await command("AddIndicator", action.value, indicator);
    submit.disabled = false;
    if (result.ok) {
      const name = indicator.name.trim();
      const chosenAction = action.value;
      form.reset();
      action.value = chosenAction;
      setText(templateHint, "");
      setText(message, "");
      announce(`Indicator "${name}" toegevoegd.`);
    } else {
      setText(message, result.message);
    }
  });

  /** Templates that fit the chosen action's norm first, each group in the content's order. */
  function renderTemplates() {
    const normId = actions.find((a) => a.id === action.value)?.normId;
    const all = choices?.templates ?? [];
    const fitting = all.filter((t) => normId && t.norms.includes(normId));
    const others = all.filter((t) => !fitting.includes(t));
    setOptions(template, [...fitting, ...others].map((t) => [t.id, fitting.includes(t) ? `${t.name} (past bij deze norm)` : t.name]), "Nieuwe indicator, zelf invullen");
  }

  function renderExisting() {
    const chosen = actions.find((a) => a.id === action.value);
    const indicators = chosen?.indicators ?? [];
    show(existingPart, indicators.length > 0);
    replaceChildren(existing, indicators.map((i) => {
      const remove = button("Weghalen", { "aria-label": `Indicator ${i.name} weghalen`, "data-focus": `ind-weg-${i.id}` });
      remove.addEventListener("click", async () => {
        if (dialog && !(await confirmDialog(dialog, `Indicator "${i.name}" weghalen?`, "Weghalen"))) {
          return;
        }

        const result = await command("RemoveIndicator", chosen.id, i.id);
        setText(message, result.ok ? "" : result.message);
      });
      return el("li", { class: "agenda-ratification" }, el("span", {}, i.inWords), " ", remove);
    }));
  }

  function update(agenda) {
    const steering = Boolean(agenda.chair) && !agenda.closed;
    show(element, steering);
    if (!steering) {
      return;
    }

    choices = agenda.chair.indicators ?? choices;
    actions = agenda.focusNorms.flatMap((n) => n.actions.map((a) => ({ ...a, normId: n.normId })));
    setOptions(action, actions.map((a) => [a.id, a.title]), actions.length === 0 ? "Nog geen acties" : "Kies een actie");
    if (choices) {
      setOptions(fields.unit, choices.units.map((c) => [c.value, c.label]), "Kies een eenheid");
      setOptions(fields.frequency, choices.frequencies.map((c) => [c.value, c.label]), "Kies hoe vaak");
      setOptions(fields.level, choices.levels.map((c) => [c.value, c.label]), "Kies een niveau");
    }

    renderTemplates();
    renderExisting();
    submit.disabled = actions.length === 0;
  }
  const element = el("div", { class: "agenda-chair", hidden: true }, form);
  return { element, update };
}
