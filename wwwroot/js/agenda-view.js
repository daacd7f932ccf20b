// Session 2: the verbeteragenda on the tablet, the chair's console and the screen. The state's `agenda` view drives
// everything; when it is absent (session 1, or no agenda yet) these functions return false and the scoring view stays.
// Forms are built once and kept, so an update from the server never wipes what someone is typing; only the lists
// around them are redrawn.

import { buildIndicatorForm } from "./indicator-console.js";
import { confirmDialog, el, replaceChildren, setText, show } from "./session-views.js";

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "1 maart 2027" from "2027-03-01". */
export function dutchDate(iso) {
  return iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : "";
}

const approvalStatuses = ["nog voorleggen", "voorgelegd", "goedgekeurd", "afgewezen"];
const invitationStatuses = ["nog vragen", "gevraagd", "doet mee", "doet (nog) niet mee"];

function normHeading(norm, index) {
  return `Focusnorm ${index + 1} · ${norm.number}. ${norm.title}`;
}

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

function actionFacts(action) {
  return el("dl", { class: "agenda-facts" },
    el("dt", {}, "Voor de jongeren"), el("dd", {}, action.forYoungPeople),
    el("dt", {}, "Trekker"), el("dd", {}, action.ownerName, " ", action.ownerConfirmed
      ? el("span", { class: "agenda-mark agenda-mark--ok" }, "trekker bevestigd")
      : el("span", { class: "agenda-mark agenda-mark--waiting" }, "wacht op bevestiging")),
    action.organisations.length > 0 ? [el("dt", {}, "Betrokken organisaties"), el("dd", {}, action.organisations.join(", "))] : null,
    el("dt", {}, "Wanneer"), el("dd", {}, `${dutchDate(action.start)} tot ${dutchDate(action.deadline)}; eerste checkmoment ${dutchDate(action.firstCheck)}`),
    el("dt", {}, "Hoe merken we het"), el("dd", {}, action.resultIndicator),
    action.indicators?.length > 0 ? [el("dt", {}, "Indicatoren"), el("dd", {}, action.indicators.map((i) => i.inWords).join("; "))] : null);
}

function agreementsList(agreements) {
  if (!agreements) {
    return el("p", { class: "site-muted" }, "Nog geen procesafspraken.");
  }

  const rows = [
    ["Hoe vaak we bijeenkomen", agreements.meetingFrequency],
    ["Op welk overleg we de voortgang volgen", agreements.platform],
    ["Hoe trekkers rapporteren", agreements.reporting],
    ["Hoe we successen vieren", agreements.celebrating],
  ];
  return el("dl", { class: "agenda-facts" }, rows.map(([label, value]) => [el("dt", {}, label), el("dd", {}, value || "–")]));
}

/* ---------------------------------------------------------------- tablet and console */

const tablets = new WeakMap();

/**
 * Renders the agenda flow into `container` on the tablet; with `state.agenda.chair` also the chair's forms.
 * @returns {boolean} whether the agenda flow is shown (and the scoring view should step aside)
 */
export function renderAgendaView(container, state, options) {
  const agenda = state.agenda;
  show(container, Boolean(agenda));
  if (!agenda) {
    return false;
  }

  let view = tablets.get(container);
  if (!view) {
    view = buildTablet(container, options);
    tablets.set(container, view);
  }

  view.update(agenda);
  return true;
}

function buildTablet(container, { command, announce, dialog }) {
  let current = null;
  let editingActionId = null;
  const norms = new Map();
  const seen = { confirmed: new Set(), closed: undefined };

  const status = el("p", { class: "agenda-status", id: "va-status" });
  const focusMessage = el("p", { class: "agenda-message", role: "alert" });
  const focusButton = button("Deze focusnormen bevestigen", { id: "va-focus-bevestigen" }, "primary");
  const focusPart = el("div", { class: "agenda-focus-confirm", hidden: true }, focusMessage, focusButton);
  focusButton.addEventListener("click", async () => {
    const result = await command("ConfirmAgendaFocus", (current?.focusNorms ?? []).map((n) => n.normId));
    setText(focusMessage, result.ok ? "" : result.message);
  });
  const normList = el("div", { class: "agenda-norms" });
  const chairPart = el("div", { class: "agenda-chair", hidden: true });

  /* The chair's action form. */
  const actionMessage = el("p", { class: "agenda-message", role: "alert", id: "va-actie-melding" });
  const actionNorm = select("va-actie-norm");
  const actionTitle = textInput("va-actie-titel");
  const actionYoung = textArea("va-actie-jongeren");
  const actionOwner = select("va-actie-trekker");
  const actionOrganisations = textInput("va-actie-organisaties", 1000);
  const actionStart = dateInput("va-actie-start");
  const actionDeadline = dateInput("va-actie-deadline");
  const actionResult = textArea("va-actie-merken");
  const actionCheck = dateInput("va-actie-check");
  const actionProposals = el("div", { class: "agenda-proposal-choice", id: "va-actie-voorstellen" });
  const actionSubmit = button("Actie toevoegen", { type: "submit" }, "primary");
  const actionCancel = button("Annuleren", { hidden: true });
  const actionHeading = el("h2", { class: "utrecht-heading-2", id: "va-actie-kop" }, "Actie vastleggen");
  const actionForm = el("form", { class: "agenda-form", novalidate: true, "aria-labelledby": "va-actie-kop" },
    actionHeading,
    el("p", { class: "agenda-field__hint" }, "Voeg voorstellen samen tot een actie. Alle velden zijn nodig; de trekker bevestigt op de eigen tablet."),
    actionMessage,
    field("va-actie-norm", "Focusnorm", actionNorm),
    field("va-actie-titel", "Titel van de actie", actionTitle),
    field("va-actie-jongeren", "Wat wordt er anders voor de jongeren?", actionYoung),
    field("va-actie-trekker", "Trekker", actionOwner),
    field("va-actie-organisaties", "Betrokken organisaties", actionOrganisations, "Scheid de namen met komma's."),
    el("div", { class: "agenda-dates" },
      field("va-actie-start", "Start", actionStart),
      field("va-actie-deadline", "Deadline", actionDeadline),
      field("va-actie-check", "Eerste checkmoment", actionCheck)),
    field("va-actie-merken", "Hoe merken we dat het gelukt is?", actionResult),
    el("fieldset", { class: "agenda-fieldset" }, el("legend", { class: "agenda-field__label" }, "Voorstellen die in deze actie opgaan"), actionProposals),
    el("div", { class: "utrecht-button-group" }, actionSubmit, actionCancel));

  const resetActionForm = () => {
    editingActionId = null;
    actionForm.reset();
    setText(actionHeading, "Actie vastleggen");
    setText(actionSubmit, "Actie toevoegen");
    show(actionCancel, false);
    setText(actionMessage, "");
    renderProposalChoice();
  };

  actionCancel.addEventListener("click", resetActionForm);
  actionNorm.addEventListener("change", () => renderProposalChoice());
  actionForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = {
      normId: actionNorm.value,
      title: actionTitle.value,
      forYoungPeople: actionYoung.value,
      ownerSeatId: actionOwner.value || "00000000-0000-0000-0000-000000000000",
      organisations: actionOrganisations.value.split(",").map((o) => o.trim()).filter((o) => o.length > 0),
      start: actionStart.value,
      deadline: actionDeadline.value,
      resultIndicator: actionResult.value,
      firstCheck: actionCheck.value,
    };
    if (!input.normId) {
      setText(actionMessage, "Kies de focusnorm van de actie.");
      actionNorm.focus();
      return;
    }

    const chosen = [...actionProposals.querySelectorAll("input:checked")].map((box) => box.value);
    actionSubmit.disabled = true;
    const result = editingActionId
      ? await command("EditAction", editingActionId, input)
      : await command("AddAction", input, chosen);
    actionSubmit.disabled = false;
    if (result.ok) {
      const title = input.title.trim();
      resetActionForm();
      setText(actionMessage, "");
      announce(`Actie "${title}" opgeslagen.`);
    } else {
      setText(actionMessage, result.message);
    }
  });

  const editAction = (action) => {
    editingActionId = action.id;
    actionNorm.value = action.normId;
    actionTitle.value = action.title;
    actionYoung.value = action.forYoungPeople;
    actionOwner.value = action.ownerSeatId;
    actionOrganisations.value = action.organisations.join(", ");
    actionStart.value = action.start;
    actionDeadline.value = action.deadline;
    actionResult.value = action.resultIndicator;
    actionCheck.value = action.firstCheck;
    setText(actionHeading, `Actie bewerken: ${action.title}`);
    setText(actionSubmit, "Wijzigingen opslaan");
    show(actionCancel, true);
    renderProposalChoice();
    actionTitle.focus();
  };

  function renderProposalChoice() {
    const open = (current?.chair?.proposals ?? []).filter((p) => p.state === "open" && p.normId === actionNorm.value);
    const checked = new Set([...actionProposals.querySelectorAll("input:checked")].map((box) => box.value));
    if (editingActionId || open.length === 0) {
      replaceChildren(actionProposals, el("p", { class: "site-muted" }, editingActionId ? "Bij bewerken blijven de voorstellen zoals ze waren." : "Geen open voorstellen bij deze norm."));
      return;
    }

    replaceChildren(actionProposals, open.map((p) => el("div", { class: "site-checkbox" },
      el("input", { type: "checkbox", class: "utrecht-checkbox utrecht-checkbox--html-input", id: `va-kies-${p.id}`, value: p.id, checked: checked.has(p.id), "data-focus": `kies-${p.id}` }),
      el("label", { for: `va-kies-${p.id}` }, `${p.text} (${p.senderName})`))));
  }

  /* Process agreements: read by everyone, a form for the chair. */
  const agreementsView = el("div", {});
  const agreementFields = {
    meetingFrequency: textInput("va-afspraak-frequentie", 1000),
    platform: textInput("va-afspraak-platform", 1000),
    reporting: textInput("va-afspraak-rapportage", 1000),
    celebrating: textInput("va-afspraak-vieren", 1000),
  };
  const agreementsMessage = el("p", { class: "agenda-message", role: "status" });
  const agreementsForm = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Procesafspraken vastleggen" },
    field("va-afspraak-frequentie", "Hoe vaak komen we bijeen over de voortgang?", agreementFields.meetingFrequency),
    field("va-afspraak-platform", "Op welk bestaand overleg volgen we de voortgang?", agreementFields.platform),
    field("va-afspraak-rapportage", "Hoe rapporteren de trekkers?", agreementFields.reporting),
    field("va-afspraak-vieren", "Hoe vieren we successen?", agreementFields.celebrating),
    agreementsMessage,
    button("Afspraken opslaan", { type: "submit" }, "primary"));
  let agreementsDirty = false;
  agreementsForm.addEventListener("input", () => { agreementsDirty = true; });
  agreementsForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = await command("SetProcessAgreements", Object.fromEntries(Object.entries(agreementFields).map(([name, input]) => [name, input.value])));
    if (result.ok) {
      agreementsDirty = false;
    }

    setText(agreementsMessage, result.ok ? "Afspraken opgeslagen." : result.message);
  });

  /* Afhechting. */
  const approvalsList = el("ul", { class: "agenda-list", id: "va-goedkeuringen" });
  const invitationsList = el("ul", { class: "agenda-list", id: "va-organisaties" });
  const approvalOrganisation = textInput("va-goedkeuring-organisatie");
  const approvalBody = textInput("va-goedkeuring-wie");
  const approvalMessage = el("p", { class: "agenda-message", role: "status" });
  const approvalForm = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Interne goedkeuring toevoegen" },
    field("va-goedkeuring-organisatie", "Organisatie", approvalOrganisation),
    field("va-goedkeuring-wie", "Wie keurt goed?", approvalBody, "Bijvoorbeeld het College van B&W of de directie."),
    approvalMessage,
    button("Goedkeuring toevoegen", { type: "submit" }));
  approvalForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = await command("AddInternalApproval", approvalOrganisation.value, approvalBody.value);
    if (result.ok) {
      approvalForm.reset();
    }

    setText(approvalMessage, result.ok ? "Goedkeuring toegevoegd." : result.message);
  });
  const invitationOrganisation = textInput("va-extern-organisatie");
  const invitationContact = select("va-extern-contact");
  const invitationMessage = el("p", { class: "agenda-message", role: "status" });
  const invitationForm = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Organisatie toevoegen die we vragen mee te doen" },
    field("va-extern-organisatie", "Organisatie die niet aan tafel zat", invitationOrganisation),
    field("va-extern-contact", "Wie benadert ze?", invitationContact),
    invitationMessage,
    button("Organisatie toevoegen", { type: "submit" }));
  invitationForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = await command("AddExternalInvitation", invitationOrganisation.value, invitationContact.value || "00000000-0000-0000-0000-000000000000");
    if (result.ok) {
      invitationForm.reset();
    }

    setText(invitationMessage, result.ok ? "Organisatie toegevoegd." : result.message);
  });

  /* Confirmation. */
  const confirmCount = el("p", { class: "agenda-count", id: "va-akkoord-telling" });
  const confirmReasons = el("ul", { class: "agenda-list" });
  const myAnswer = el("p", { class: "agenda-my-answer", role: "status" });
  const reasonInput = textArea("va-reden", 2, 1000);
  const reasonField = field("va-reden", "Waarom ben je niet akkoord?", reasonInput, "Iedereen ziet je reden, zonder je naam.");
  const confirmMessage = el("p", { class: "agenda-message", role: "alert" });
  const agreeRadio = el("input", { type: "radio", class: "utrecht-radio-button utrecht-radio-button--html-input", name: "va-oordeel", id: "va-akkoord", value: "akkoord" });
  const disagreeRadio = el("input", { type: "radio", class: "utrecht-radio-button utrecht-radio-button--html-input", name: "va-oordeel", id: "va-niet-akkoord", value: "niet" });
  const confirmForm = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Jouw oordeel over de verbeteragenda" },
    el("fieldset", { class: "agenda-fieldset" },
      el("legend", { class: "agenda-field__label" }, "Ga je akkoord met deze verbeteragenda?"),
      el("div", { class: "agenda-choice" }, agreeRadio, el("label", { for: "va-akkoord" }, "Akkoord")),
      el("div", { class: "agenda-choice" }, disagreeRadio, el("label", { for: "va-niet-akkoord" }, "Niet akkoord"))),
    reasonField,
    confirmMessage,
    button("Mijn oordeel versturen", { type: "submit" }, "primary"));
  show(reasonField, false);
  confirmForm.addEventListener("change", () => show(reasonField, disagreeRadio.checked));
  confirmForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!agreeRadio.checked && !disagreeRadio.checked) {
      setText(confirmMessage, "Kies akkoord of niet akkoord.");
      return;
    }

    const result = await command("ConfirmAgenda", agreeRadio.checked, disagreeRadio.checked ? reasonInput.value : null);
    setText(confirmMessage, result.ok ? "" : result.message);
    if (result.ok) {
      announce("Je oordeel is opgeslagen.");
    }
  });
  const chairConfirm = el("div", { class: "agenda-chair-confirm" });
  // Who accepted takes part as they arrive; the chair may still leave someone out, and says why.
  const leaveOutWho = select("va-buiten-wie");
  const leaveOutReason = textInput("va-buiten-reden", 300);
  const leaveOutMessage = el("p", { class: "agenda-message", role: "alert" });
  const leaveOutForm = el("form", { class: "agenda-form agenda-form--compact", novalidate: true, "aria-label": "Iemand niet laten meedoen" },
    field("va-buiten-wie", "Wie doet niet mee aan de verbeteragenda?", leaveOutWho),
    field("va-buiten-reden", "Waarom niet?", leaveOutReason, "Bijvoorbeeld: kijkt alleen mee. De reden blijft bewaard."),
    leaveOutMessage,
    button("Niet laten meedoen", { type: "submit" }));
  leaveOutForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = await command("LeaveOutOfAgenda", leaveOutWho.value || "00000000-0000-0000-0000-000000000000", leaveOutReason.value);
    if (result.ok) {
      leaveOutForm.reset();
    }

    setText(leaveOutMessage, result.ok ? "Opgeslagen." : result.message);
  });
  const closeButton = button("Verbeteragenda vaststellen", { id: "va-vaststellen" }, "primary");
  const closeMessage = el("p", { class: "agenda-message", role: "alert" });
  closeButton.addEventListener("click", async () => {
    if (dialog && !(await confirmDialog(dialog, `Verbeteragenda vaststellen? ${current?.confirmations.inWords ?? ""}. Daarna kan niets meer veranderen, is sessie 2 afgelopen en krijgt iedereen hem per mail.`, "Vaststellen"))) {
      return;
    }

    const result = await command("CloseAgenda");
    setText(closeMessage, result.ok ? "" : result.message);
  });

  const closedPart = el("section", { class: "agenda-done", "aria-labelledby": "va-klaar-kop", hidden: true },
    el("h2", { class: "utrecht-heading-2", id: "va-klaar-kop" }, "De verbeteragenda is vastgesteld"),
    el("p", { class: "utrecht-paragraph" }, "Iedereen krijgt hem per mail, met het Word-document en de data voor in de agenda."),
    el("p", { class: "utrecht-paragraph" }, el("a", { class: "utrecht-link", id: "va-link", href: "#" }, "De verbeteragenda bekijken")));

  const agreementsSection = el("section", { class: "agenda-section", "aria-labelledby": "va-afspraken-kop" },
    el("h2", { class: "utrecht-heading-2", id: "va-afspraken-kop" }, "Procesafspraken"), agreementsView, agreementsForm);
  const ratificationSection = el("section", { class: "agenda-section", "aria-labelledby": "va-afhechting-kop" },
    el("h2", { class: "utrecht-heading-2", id: "va-afhechting-kop" }, "Afhechting"),
    el("h3", { class: "utrecht-heading-3" }, "Interne goedkeuring"), approvalsList, approvalForm,
    el("h3", { class: "utrecht-heading-3" }, "Organisaties die we vragen mee te doen"), invitationsList, invitationForm);
  const confirmSection = el("section", { class: "agenda-section", "aria-labelledby": "va-bevestigen-kop" },
    el("h2", { class: "utrecht-heading-2", id: "va-bevestigen-kop" }, "Akkoord"),
    confirmCount, confirmReasons, myAnswer, confirmForm, chairConfirm, closeMessage, closeButton);

  replaceChildren(container,
    el("div", { class: "agenda-intro" },
      el("h1", { class: "utrecht-heading-1", id: "va-kop" }, "Verbeteragenda"),
      status,
      focusPart),
    closedPart,
    normList,
    chairPart,
    agreementsSection,
    ratificationSection,
    confirmSection);
  const indicatorForm = buildIndicatorForm({ command, announce, dialog, confirmDialog });
  chairPart.append(actionForm, indicatorForm.element);

  function normPart(norm) {
    let part = norms.get(norm.normId);
    if (part) {
      return part;
    }

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
    const text = textArea(`${id}-voorstel`, 2, 1000);
    const saved = el("p", { class: "agenda-message", role: "status" });
    const form = el("form", { class: "agenda-form agenda-form--compact agenda-propose", novalidate: true },
      field(`${id}-voorstel`, "Jouw voorstel voor een actie", text, "Kort en concreet: wat gaan we doen?"),
      saved,
      button("Voorstel insturen", { type: "submit" }, "primary"));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      setText(saved, "Versturen…");
      const result = await command("SubmitProposal", norm.normId, text.value);
      if (result.ok) {
        text.value = "";
      }

      setText(saved, result.ok ? "Opgeslagen" : result.message);
    });
    const section = el("section", { class: "agenda-norm", "aria-labelledby": `${id}-kop` },
      heading, question,
      el("h3", { class: "utrecht-heading-3" }, "Verbeterpunten uit sessie 1"), points,
      el("h3", { class: "utrecht-heading-3" }, "Acties"), actions,
      proposalsPart, form, minePart);
    part = { section, heading, question, points, actions, proposals, proposalsPart, mine, minePart, form };
    norms.set(norm.normId, part);
    return part;
  }

  function renderActions(part, norm, agenda) {
    const steering = Boolean(agenda.chair) && !agenda.closed;
    replaceChildren(part.actions, norm.actions.length === 0
      ? el("li", { class: "site-muted" }, "Nog geen acties.")
      : norm.actions.map((action) => el("li", { class: "agenda-action" },
        el("p", { class: "agenda-action__title" }, action.title),
        actionFacts(action),
        action.isMine && !action.ownerConfirmed && !agenda.closed
          ? el("div", { class: "agenda-owner-ask" },
            el("p", { class: "agenda-owner-ask__text" }, `Jij bent trekker van "${action.title}".`),
            ownerButton(action))
          : null,
        steering
          ? el("div", { class: "utrecht-button-group" },
            button("Bewerken", { "data-focus": `bewerk-${action.id}`, "aria-label": `Bewerken: ${action.title}` }),
            button("Verwijderen", { "data-focus": `verwijder-${action.id}`, "aria-label": `Verwijderen: ${action.title}`, class: "utrecht-button utrecht-button--secondary-action live-danger" }))
          : null)));
    if (steering) {
      for (const action of norm.actions) {
        part.actions.querySelector(`[data-focus="bewerk-${action.id}"]`).addEventListener("click", () => editAction(action));
        part.actions.querySelector(`[data-focus="verwijder-${action.id}"]`).addEventListener("click", async () => {
          if (dialog && !(await confirmDialog(dialog, `Actie "${action.title}" verwijderen?`, "Verwijderen"))) {
            return;
          }

          const result = await command("RemoveAction", action.id);
          setText(actionMessage, result.ok ? "" : result.message);
        });
      }
    }
  }

  function ownerButton(action) {
    const confirm = button("Ik neem deze actie op me", { "data-focus": `trekker-${action.id}` }, "primary");
    confirm.addEventListener("click", async () => {
      const result = await command("ConfirmOwnership", action.id);
      announce(result.ok ? `Je bent trekker van "${action.title}". Dank je wel.` : result.message);
    });
    return confirm;
  }

  function renderProposals(part, norm, agenda) {
    const all = (agenda.chair?.proposals ?? []).filter((p) => p.normId === norm.normId);
    show(part.proposalsPart, Boolean(agenda.chair));
    const words = { open: "open", merged: "opgenomen in een actie", dismissed: "niet overgenomen" };
    replaceChildren(part.proposals, all.length === 0
      ? el("li", { class: "site-muted" }, "Nog geen voorstellen.")
      : all.map((p) => {
        const use = p.state === "open" && !agenda.closed ? button("Gebruiken in een actie", { "data-focus": `gebruik-${p.id}` }) : null;
        const dismiss = p.state === "open" && !agenda.closed ? button("Niet overnemen", { "data-focus": `afwijs-${p.id}` }) : null;
        use?.addEventListener("click", () => {
          resetActionForm();
          actionNorm.value = norm.normId;
          renderProposalChoice();
          const box = actionProposals.querySelector(`input[value="${p.id}"]`);
          if (box) {
            box.checked = true;
          }

          actionTitle.focus();
        });
        dismiss?.addEventListener("click", async () => {
          const result = await command("DismissProposal", p.id);
          setText(actionMessage, result.ok ? "" : result.message);
        });
        return el("li", { class: `agenda-proposal agenda-proposal--${p.state}` },
          el("span", { class: "agenda-proposal__text" }, p.text),
          el("span", { class: "agenda-proposal__meta" }, ` — ${p.senderName} · ${words[p.state] ?? p.state}`),
          use || dismiss ? el("span", { class: "utrecht-button-group" }, use, dismiss) : null);
      }));
  }

  function renderRatification(agenda) {
    const steering = Boolean(agenda.chair);
    replaceChildren(approvalsList, agenda.approvals.length === 0
      ? el("li", { class: "site-muted" }, "Nog geen goedkeuringen genoteerd.")
      : agenda.approvals.map((a) => el("li", { class: "agenda-ratification" },
        el("span", {}, `${a.organisation}: ${a.body}`), " ",
        steering ? statusSelect(`va-status-${a.id}`, `Stand bij ${a.organisation}`, approvalStatuses, a.status, (value) => command("SetApprovalStatus", a.id, value))
          : el("span", { class: "agenda-mark" }, a.statusInWords),
        steering && !agenda.closed ? removeButton(a.id, a.organisation) : null)));
    replaceChildren(invitationsList, agenda.invitations.length === 0
      ? el("li", { class: "site-muted" }, "Nog geen organisaties genoteerd.")
      : agenda.invitations.map((i) => el("li", { class: "agenda-ratification" },
        el("span", {}, `${i.organisation} (benaderd door ${i.contactName})`), " ",
        steering ? statusSelect(`va-status-${i.id}`, `Stand bij ${i.organisation}`, invitationStatuses, i.status, (value) => command("SetInvitationStatus", i.id, value))
          : el("span", { class: "agenda-mark" }, i.statusInWords),
        steering && !agenda.closed ? removeButton(i.id, i.organisation) : null)));
  }

  function statusSelect(id, label, words, value, send) {
    const control = el("select", { class: "utrecht-select utrecht-select--html-select agenda-status-select", id, "aria-label": label, "data-focus": id },
      words.map((word, index) => el("option", { value: String(index), selected: index === value }, word)));
    control.addEventListener("change", async () => {
      const result = await send(Number(control.value));
      setText(approvalMessage, result.ok ? "" : result.message);
    });
    return control;
  }

  function removeButton(itemId, name) {
    const remove = button("Weghalen", { "aria-label": `${name} weghalen`, "data-focus": `weg-${itemId}` });
    remove.addEventListener("click", async () => {
      const result = await command("RemoveRatificationItem", itemId);
      setText(approvalMessage, result.ok ? "" : result.message);
    });
    return remove;
  }

  function renderConfirmations(agenda) {
    const c = agenda.confirmations;
    setText(confirmCount, c.disagreed > 0 ? `${c.inWords} · ${c.disagreed} niet akkoord` : c.inWords);
    replaceChildren(confirmReasons, c.reasons.map((reason) => el("li", {}, `Niet akkoord: ${reason}`)));
    const me = agenda.me;
    const answered = Boolean(me?.confirmation);
    setText(myAnswer, answered ? `Jouw oordeel: ${me.confirmation}${me.confirmationReason ? ` (${me.confirmationReason})` : ""}.` : "");
    show(myAnswer, answered);
    show(confirmForm, Boolean(me?.isParticipant) && !answered && !agenda.closed);
    const chair = agenda.chair;
    show(chairConfirm, Boolean(chair) && !agenda.closed);
    show(closeButton, Boolean(chair) && !agenda.closed);
    if (chair && !agenda.closed) {
      const waiting = chair.people.filter((p) => p.isParticipant && !p.confirmation && p.present).map((p) => p.name);
      const outside = chair.people.filter((p) => p.present && !p.isParticipant);
      replaceChildren(chairConfirm,
        el("p", { class: "agenda-field__hint" }, waiting.length > 0 ? `Nog geen oordeel van: ${waiting.join(", ")}.` : "Iedereen die er is heeft een oordeel gegeven."),
        outside.map((p) => {
          const admit = button(`${p.name} laten meedoen`, { "data-focus": `toelaten-${p.seatId}` });
          admit.addEventListener("click", async () => {
            const result = await command("AdmitToAgenda", p.seatId);
            setText(closeMessage, result.ok ? "" : result.message);
          });
          const why = p.leftOutReason ? `${p.name} doet niet mee aan de verbeteragenda (${p.leftOutReason}). ` : `${p.name} is er, maar doet nog niet mee aan de verbeteragenda. `;
          return el("p", { class: "agenda-field__hint" }, why, admit);
        }),
        leaveOutForm);
      setOptions(leaveOutWho, chair.people.filter((p) => p.isParticipant).map((p) => [p.seatId, p.name]), "Kies iemand");
    }
  }

  function update(agenda) {
    current = agenda;
    const steering = Boolean(agenda.chair) && !agenda.closed;
    setText(status, agenda.closed
      ? "Vastgesteld."
      : agenda.focusConfirmed
        ? "Per focusnorm maken we acties. Stuur je voorstellen in vanaf je tablet."
        : "De voorzitter bevestigt eerst de focusnormen.");
    show(closedPart, agenda.closed);
    show(focusPart, Boolean(agenda.chair) && !agenda.focusConfirmed && !agenda.closed);
    closedPart.querySelector("#va-link").setAttribute("href", `/scans/${agenda.scanId}/verbeteragenda`);

    const sections = agenda.focusNorms.map((norm, index) => {
      const part = normPart(norm);
      setText(part.heading, normHeading(norm, index));
      setText(part.question, norm.question ?? "");
      replaceChildren(part.points, norm.improvementPoints.length === 0
        ? el("li", { class: "site-muted" }, "Geen verbeterpunten genoteerd.")
        : norm.improvementPoints.map((point) => el("li", {}, point)));
      renderActions(part, norm, agenda);
      renderProposals(part, norm, agenda);
      show(part.form, Boolean(agenda.me?.isParticipant) && !agenda.closed);
      const mine = (agenda.me?.proposals ?? []).filter((p) => p.normId === norm.normId);
      show(part.minePart, mine.length > 0);
      replaceChildren(part.mine, mine.map((p) => el("li", {}, p.text, el("span", { class: "agenda-proposal__meta" }, ` — ${p.stateInWords}`))));
      return part.section;
    });
    if (sections.some((section, index) => normList.children[index] !== section) || normList.children.length !== sections.length) {
      normList.replaceChildren(...sections);
    }

    show(chairPart, steering);
    if (steering) {
      setOptions(actionNorm, agenda.focusNorms.map((n, i) => [n.normId, normHeading(n, i)]), "Kies een focusnorm");
      const participants = agenda.chair.people.filter((p) => p.isParticipant).map((p) => [p.seatId, p.name]);
      setOptions(actionOwner, participants, "Kies de trekker");
      setOptions(invitationContact, participants, "Kies wie ze benadert");
      renderProposalChoice();
      indicatorForm.update(agenda);
    }

    replaceChildren(agreementsView, agreementsList(agenda.agreements));
    show(agreementsForm, steering);
    if (steering && !agreementsDirty && !agreementsForm.contains(document.activeElement)) {
      for (const [name, input] of Object.entries(agreementFields)) {
        input.value = agenda.agreements?.[name] ?? "";
      }
    }

    show(approvalForm, steering);
    show(invitationForm, steering);
    renderRatification(agenda);
    renderConfirmations(agenda);

    for (const norm of agenda.focusNorms) {
      for (const action of norm.actions) {
        if (action.isMine && !action.ownerConfirmed && !seen.confirmed.has(action.id)) {
          seen.confirmed.add(action.id);
          announce(`Jij bent trekker van "${action.title}". Bevestig het op je tablet.`);
        }
      }
    }

    if (seen.closed === false && agenda.closed) {
      announce("De verbeteragenda is vastgesteld.");
    }

    seen.closed = agenda.closed;
  }

  return { update };
}

/* ---------------------------------------------------------------- screen */

/** The beamer: the actions per focus norm as they are formed, the agreements, the afhechting and the count. */
export function renderScreenAgenda(container, state) {
  const agenda = state.agenda;
  show(container, Boolean(agenda));
  if (!agenda) {
    return false;
  }

  const c = agenda.confirmations;
  replaceChildren(container,
    el("h2", { class: "screen-title" }, agenda.closed ? "De verbeteragenda is vastgesteld" : "Verbeteragenda"),
    el("div", { class: "screen-agenda__norms" }, agenda.focusNorms.map((norm, index) => el("section", { class: "screen-agenda__norm", "aria-labelledby": `scherm-norm-${norm.normId}` },
      el("h3", { class: "screen-agenda__norm-title", id: `scherm-norm-${norm.normId}` }, normHeading(norm, index)),
      norm.actions.length === 0
        ? el("p", { class: "screen-muted" }, norm.improvementPoints.length > 0 ? `Uit sessie 1: ${norm.improvementPoints.join(" · ")}` : "Nog geen acties.")
        : el("ul", { class: "screen-agenda__actions" }, norm.actions.map((action) => el("li", { class: "screen-agenda__action" },
          el("span", { class: "screen-agenda__action-title" }, action.title),
          el("span", { class: "screen-agenda__owner" }, `Trekker: ${action.ownerName}`, " ", action.ownerConfirmed
            ? el("span", { class: "agenda-mark agenda-mark--ok" }, "trekker bevestigd")
            : el("span", { class: "agenda-mark agenda-mark--waiting" }, "wacht op bevestiging")),
          el("span", { class: "screen-agenda__dates" }, `Deadline ${dutchDate(action.deadline)} · eerste checkmoment ${dutchDate(action.firstCheck)}`))))))),
    el("div", { class: "screen-agenda__bottom" },
      el("section", { class: "screen-agenda__box", "aria-labelledby": "scherm-afspraken" },
        el("h3", { class: "screen-agenda__norm-title", id: "scherm-afspraken" }, "Procesafspraken"),
        agreementsList(agenda.agreements)),
      el("section", { class: "screen-agenda__box", "aria-labelledby": "scherm-afhechting" },
        el("h3", { class: "screen-agenda__norm-title", id: "scherm-afhechting" }, "Afhechting"),
        agenda.approvals.length + agenda.invitations.length === 0
          ? el("p", { class: "screen-muted" }, "Nog niets genoteerd.")
          : el("ul", { class: "screen-agenda__list" },
            agenda.approvals.map((a) => el("li", {}, `${a.organisation}: ${a.body} — ${a.statusInWords}`)),
            agenda.invitations.map((i) => el("li", {}, `${i.organisation} vragen mee te doen (${i.contactName}) — ${i.statusInWords}`)))),
      el("section", { class: "screen-agenda__box", "aria-labelledby": "scherm-akkoord" },
        el("h3", { class: "screen-agenda__norm-title", id: "scherm-akkoord" }, "Akkoord"),
        el("p", { class: "screen-agenda__count", role: "status" }, c.inWords),
        c.reasons.length > 0 ? el("ul", { class: "screen-agenda__list" }, c.reasons.map((r) => el("li", {}, `Niet akkoord: ${r}`))) : null)));
  return true;
}
