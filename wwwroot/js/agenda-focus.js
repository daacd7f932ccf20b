// The top of the verbeteragenda: where the group stands, and for the chair the first step, confirming the focus norms
// that session 1 chose.

import { button } from "./agenda-controls.js";
import { el, setText, show } from "./session-views.js";

export function createIntro({ command }) {
  let focusNorms = [];
  const status = el("p", { class: "agenda-status", id: "va-status" });
  const message = el("p", { class: "agenda-message", role: "alert" });
  const confirm = button("Deze focusnormen bevestigen", { id: "va-focus-bevestigen" }, "primary");
  const focusPart = el("div", { class: "agenda-focus-confirm", hidden: true }, message, confirm);
  confirm.addEventListener("click", async () => {
    const result = await command("ConfirmAgendaFocus", focusNorms.map((n) => n.normId));
    setText(message, result.ok ? "" : result.message);
  });

  return {
    element: el("div", { class: "agenda-intro" },
      el("h1", { class: "utrecht-heading-1", id: "va-kop" }, "Verbeteragenda"),
      status,
      focusPart),
    update(agenda) {
      focusNorms = agenda.focusNorms;
      setText(status, agenda.closed
        ? "Vastgesteld."
        : agenda.focusConfirmed
          ? "Per focusnorm maken we acties. Stuur je voorstellen in vanaf je tablet."
          : "De voorzitter bevestigt eerst de focusnormen.");
      show(focusPart, Boolean(agenda.chair) && !agenda.focusConfirmed && !agenda.closed);
    },
  };
}
