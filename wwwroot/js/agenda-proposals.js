// Proposals for actions: every participant sends theirs per focus norm from the tablet and sees what became of them;
// the chair sees everyone's, with the sender, and uses them in an action or puts them aside.

import { button, commandForm, field, textArea } from "./agenda-controls.js";
import { el, setText } from "./session-views.js";

/** The chair's list of a focus norm's proposals; the state is in the server's words. */
export function proposalItems(norm, agenda, { command, actionForm }) {
  const all = (agenda.chair?.proposals ?? []).filter((p) => p.normId === norm.normId);
  if (all.length === 0) {
    return el("li", { class: "site-muted" }, "Nog geen voorstellen.");
  }

  return all.map((p) => {
    const open = p.state === "open" && !agenda.closed;
    const use = open ? button("Gebruiken in een actie", { "data-focus": `gebruik-${p.id}` }) : null;
    const dismiss = open ? button("Niet overnemen", { "data-focus": `afwijs-${p.id}` }) : null;
    use?.addEventListener("click", () => actionForm.startFrom(norm.normId, p.id));
    dismiss?.addEventListener("click", async () => {
      const result = await command("DismissProposal", p.id);
      actionForm.say(result.ok ? "" : result.message);
    });
    return el("li", { class: `agenda-proposal agenda-proposal--${p.state}` },
      el("span", { class: "agenda-proposal__text" }, p.text),
      el("span", { class: "agenda-proposal__meta" }, ` — ${p.senderName} · ${p.stateInWords}`),
      use || dismiss ? el("span", { class: "utrecht-button-group" }, use, dismiss) : null);
  });
}

/** A participant's own proposals on a focus norm, with what became of each. */
export function myProposalItems(norm, agenda) {
  return (agenda.me?.proposals ?? []).filter((p) => p.normId === norm.normId)
    .map((p) => el("li", {}, p.text, el("span", { class: "agenda-proposal__meta" }, ` — ${p.stateInWords}`)));
}

/** The form on a participant's tablet to send a proposal for an action on one focus norm. */
export function proposeForm(id, normId, command) {
  const text = textArea(`${id}-voorstel`, 2, 1000);
  const saved = el("p", { class: "agenda-message", role: "status" });
  const form = el("form", { class: "agenda-form agenda-form--compact agenda-propose", novalidate: true },
    field(`${id}-voorstel`, "Jouw voorstel voor een actie", text, "Kort en concreet: wat gaan we doen?"),
    saved,
    button("Voorstel insturen", { type: "submit" }, "primary"));
  commandForm(form, saved, () => {
    setText(saved, "Versturen…");
    return command("SubmitProposal", normId, text.value);
  }, { saved: "Opgeslagen", done: () => { text.value = ""; } });
  return form;
}
