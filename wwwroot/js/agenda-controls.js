// The form controls of the verbeteragenda's parts: NL Design System classes, a label for every control, and selects that
// keep what someone chose when the server sends a new list.

import { el, setText } from "./session-views.js";

/** What the hub takes for "nobody chosen": it answers with a Dutch message instead of failing to read an empty id. */
export const noSeat = "00000000-0000-0000-0000-000000000000";

export function field(id, label, control, hint) {
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) {
    control.setAttribute("aria-describedby", hintId);
  }

  return el("div", { class: "agenda-field" },
    el("label", { class: "agenda-field__label", for: id }, label),
    hint ? el("p", { class: "agenda-field__hint", id: hintId }, hint) : null,
    control);
}

export function textInput(id, maxlength = 200) {
  return el("input", { class: "utrecht-textbox utrecht-textbox--html-input", id, type: "text", maxlength, autocomplete: "off" });
}

export function textArea(id, rows = 2, maxlength = 1000) {
  return el("textarea", { class: "utrecht-textarea utrecht-textarea--html-textarea", id, rows, maxlength });
}

export function select(id) {
  return el("select", { class: "utrecht-select utrecht-select--html-select", id });
}

export function dateInput(id) {
  return el("input", { class: "utrecht-textbox utrecht-textbox--html-input agenda-date", id, type: "date" });
}

export function button(text, attributes = {}, kind = "secondary") {
  return el("button", { type: attributes.type ?? "button", class: `utrecht-button utrecht-button--${kind}-action`, ...attributes }, text);
}

/** A form that sends one command on submit and shows the result in its own message line; `done` runs after an ok. */
export function commandForm(form, message, send, { saved = "", done = () => {} } = {}) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = await send();
    if (result.ok) {
      done();
    }

    setText(message, result.ok ? saved : result.message);
  });
}

/** Fills a select with options when they changed, keeping the chosen value. */
export function setOptions(selectElement, options, placeholder) {
  const key = JSON.stringify(options);
  if (selectElement.dataset.key === key) {
    return;
  }

  const value = selectElement.value;
  selectElement.replaceChildren(
    ...(placeholder ? [el("option", { value: "" }, placeholder)] : []),
    ...options.map(([optionValue, label]) => el("option", { value: optionValue }, label)));
  selectElement.dataset.key = key;
  if (options.some(([optionValue]) => optionValue === value)) {
    selectElement.value = value;
  }
}

/** The people taking part in the agenda as select options: [seatId, name]. */
export function participantOptions(agenda) {
  return agenda.chair.people.filter((p) => p.isParticipant).map((p) => [p.seatId, p.name]);
}
