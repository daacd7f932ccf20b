// Akkoord: each participant says akkoord or niet akkoord (with a reason the room sees without a name); the chair sees who
// has not answered, lets latecomers take part or leaves someone out with a reason, and adopts the agenda, which ends
// session 2. After that every tablet says so and links to the adopted agenda.

import { button, commandForm, field, noSeat, participantOptions, select, setOptions, textArea, textInput } from "./agenda-controls.js";
import { confirmDialog, el, replaceChildren, setText, show } from "./session-views.js";

/** The participant's own answer: a choice and, for niet akkoord, the reason. */
function answerForm({ command, announce }) {
  const reason = textArea("va-reden", 2, 1000);
  const reasonField = field("va-reden", "Waarom ben je niet akkoord?", reason, "Iedereen ziet je reden, zonder je naam.");
  const message = el("p", { class: "agenda-message", role: "alert" });
  const agree = el("input", { type: "radio", class: "utrecht-radio-button utrecht-radio-button--html-input", name: "va-oordeel", id: "va-akkoord", value: "akkoord" });
  const disagree = el("input", { type: "radio", class: "utrecht-radio-button utrecht-radio-button--html-input", name: "va-oordeel", id: "va-niet-akkoord", value: "niet" });
  const form = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Jouw oordeel over de verbeteragenda" },
    el("fieldset", { class: "agenda-fieldset" },
      el("legend", { class: "agenda-field__label" }, "Ga je akkoord met deze verbeteragenda?"),
      el("div", { class: "agenda-choice" }, agree, el("label", { for: "va-akkoord" }, "Akkoord")),
      el("div", { class: "agenda-choice" }, disagree, el("label", { for: "va-niet-akkoord" }, "Niet akkoord"))),
    reasonField,
    message,
    button("Mijn oordeel versturen", { type: "submit" }, "primary"));
  show(reasonField, false);
  form.addEventListener("change", () => show(reasonField, disagree.checked));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!agree.checked && !disagree.checked) {
      setText(message, "Kies akkoord of niet akkoord.");
      return;
    }

    const result = await command("ConfirmAgenda", agree.checked, disagree.checked ? reason.value : null);
    setText(message, result.ok ? "" : result.message);
    if (result.ok) {
      announce("Je oordeel is opgeslagen.");
    }
  });
  return form;
}

/** Who accepted takes part as they arrive; the chair may still leave someone out, and says why. */
function leaveOutForm(command) {
  const who = select("va-buiten-wie");
  const reason = textInput("va-buiten-reden", 300);
  const message = el("p", { class: "agenda-message", role: "alert" });
  const form = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Iemand niet laten meedoen" },
    field("va-buiten-wie", "Wie doet niet mee aan de verbeteragenda?", who),
    field("va-buiten-reden", "Waarom niet?", reason, "Bijvoorbeeld: kijkt alleen mee. De reden blijft bewaard."),
    message,
    button("Niet laten meedoen", { type: "submit" }));
  commandForm(form, message, () => command("LeaveOutOfAgenda", who.value || noSeat, reason.value),
    { saved: "Opgeslagen.", done: () => form.reset() });
  return { form, who };
}

/** What the chair sees under the count: who has not answered yet, and who is here but does not take part. */
function chairPeople(chair, { command, say }) {
  const waiting = chair.people.filter((p) => p.isParticipant && !p.confirmation && p.present).map((p) => p.name);
  const outside = chair.people.filter((p) => p.present && !p.isParticipant);
  return [
    el("p", { class: "agenda-field__hint" }, waiting.length > 0 ? `Nog geen oordeel van: ${waiting.join(", ")}.` : "Iedereen die er is heeft een oordeel gegeven."),
    outside.map((p) => {
      const admit = button(`${p.name} laten meedoen`, { "data-focus": `toelaten-${p.seatId}` });
      admit.addEventListener("click", async () => {
        const result = await command("AdmitToAgenda", p.seatId);
        say(result.ok ? "" : result.message);
      });
      const why = p.leftOutReason ? `${p.name} doet niet mee aan de verbeteragenda (${p.leftOutReason}). ` : `${p.name} is er, maar doet nog niet mee aan de verbeteragenda. `;
      return el("p", { class: "agenda-field__hint" }, why, admit);
    }),
  ];
}

export function createConfirmation({ command, announce, dialog }) {
  let latest = null;
  const count = el("p", { class: "agenda-count", id: "va-akkoord-telling" });
  const reasons = el("ul", { class: "agenda-list" });
  const myAnswer = el("p", { class: "agenda-my-answer", role: "status" });
  const form = answerForm({ command, announce });
  const people = el("div", {});
  const leaveOut = leaveOutForm(command);
  // The leave-out form stays put while the notes above it are redrawn, so a reason being typed keeps its focus.
  const chairPart = el("div", { class: "agenda-chair-confirm" }, people, leaveOut.form);
  const closeButton = button("Verbeteragenda vaststellen", { id: "va-vaststellen" }, "primary");
  const closeMessage = el("p", { class: "agenda-message", role: "alert" });
  const say = (text) => setText(closeMessage, text);
  closeButton.addEventListener("click", async () => {
    if (dialog && !(await confirmDialog(dialog, `Verbeteragenda vaststellen? ${latest?.confirmations.inWords ?? ""}. Daarna kan niets meer veranderen, is sessie 2 afgelopen en krijgt iedereen hem per mail.`, "Vaststellen"))) {
      return;
    }

    const result = await command("CloseAgenda");
    say(result.ok ? "" : result.message);
  });

  return {
    element: el("section", { class: "agenda-section", "aria-labelledby": "va-bevestigen-kop" },
      el("h2", { class: "utrecht-heading-2", id: "va-bevestigen-kop" }, "Akkoord"),
      count, reasons, myAnswer, form, chairPart, closeMessage, closeButton),
    update(agenda) {
      latest = agenda;
      const c = agenda.confirmations;
      setText(count, c.disagreed > 0 ? `${c.inWords} · ${c.disagreed} niet akkoord` : c.inWords);
      replaceChildren(reasons, c.reasons.map((reason) => el("li", {}, `Niet akkoord: ${reason}`)));
      const me = agenda.me;
      const answered = Boolean(me?.confirmation);
      setText(myAnswer, answered ? `Jouw oordeel: ${me.confirmation}${me.confirmationReason ? ` (${me.confirmationReason})` : ""}.` : "");
      show(myAnswer, answered);
      show(form, Boolean(me?.isParticipant) && !answered && !agenda.closed);
      const steering = Boolean(agenda.chair) && !agenda.closed;
      show(chairPart, steering);
      show(closeButton, steering);
      if (steering) {
        replaceChildren(people, chairPeople(agenda.chair, { command, say }));
        setOptions(leaveOut.who, participantOptions(agenda), "Kies iemand");
      }
    },
  };
}

/** Shown on every tablet once the agenda is adopted, with a link to it. */
export function createClosedNotice() {
  const link = el("a", { class: "utrecht-link", id: "va-link", href: "#" }, "De verbeteragenda bekijken");
  const element = el("section", { class: "agenda-done", "aria-labelledby": "va-klaar-kop", hidden: true },
    el("h2", { class: "utrecht-heading-2", id: "va-klaar-kop" }, "De verbeteragenda is vastgesteld"),
    el("p", { class: "utrecht-paragraph" }, "Iedereen krijgt hem per mail, met het Word-document en de data voor in de agenda."),
    el("p", { class: "utrecht-paragraph" }, link));
  return {
    element,
    update(agenda) {
      show(element, agenda.closed);
      link.setAttribute("href", `/scans/${agenda.scanId}/verbeteragenda`);
    },
  };
}
