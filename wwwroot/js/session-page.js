// /sessie/{id}: a participant's tablet, and for whoever may steer (the chair, the initiator) the console on top of it.
// Which one shows follows the state the server sends: ChairState brings the console, ParticipantState takes it away.

import { renderAgendaView } from "./agenda-view.js";
import { connectSession } from "./session-connection.js";
import { createChairPrioritising, createTabletPrioritising } from "./prioritising-view.js";
import { renderProgressMeeting, successesOnly } from "./progress-view.js";
import {
  confirmDialog, el, elapsed, knowledgeLink, pageData, pointItems, replaceChildren, resultView, roundState, roundStatusText,
  setText, show,
} from "./session-views.js";

const $ = (id) => document.getElementById(id);
const root = $("sessie");
const sessionId = root.dataset.sessionId;
const mySeatId = root.dataset.seatId;
const isInitiator = root.dataset.initiator === "true";
const data = pageData();

let own = null;
let chair = null;
let answersKey = "";
let agendaKey = "";
let commentRoundId = null;
let editingPointId = null;
let editingDraft = "";
let seen = { itemId: undefined, roundState: undefined, roundId: undefined, ended: false, steering: undefined };
let timer = null;

const session = connectSession({
  join: (connection) => connection.invoke("Join", sessionId),
  handlers: {
    participantState: (state) => render(state, null),
    chairState: (state) => render(state.own, state),
  },
  banner: $("verbinding"),
  onRefused: (message) => {
    const alert = $("sessie-fout");
    replaceChildren(alert, el("p", { class: "utrecht-paragraph" }, message));
    show(alert, true);
    show($("laden"), false);
  },
});

const tabletPrioritising = createTabletPrioritising($("prioriteren"));
const chairPrioritising = createChairPrioritising($("prioriteren-console"), {
  steer: (...args) => steer(...args),
  confirm: (question, label) => confirmDialog($("bevestigen"), question, label),
  message: (text) => setText($("console-melding"), text),
});

// While the console sticks to the top, whatever the keyboard or a label click brings into view must land below it, not
// under it: the page's scroll padding follows the bar's real height (it wraps to two rows on a narrow tablet).
const consoleBar = $("console");
function measureConsole() {
  const sticky = !consoleBar.hidden && getComputedStyle(consoleBar).position === "sticky";
  document.documentElement.style.setProperty("--live-console-height", sticky ? `${consoleBar.offsetHeight}px` : "0px");
}

new ResizeObserver(measureConsole).observe(consoleBar);

function announce(text) {
  setText($("aankondiging"), text);
}

function render(state, chairState) {
  own = state;
  chair = chairState;
  show($("laden"), false);
  show($("sessie-fout"), false);
  if (state.ended) {
    show($("indeling"), false);
    show($("console"), false);
    show($("afgelopen"), true);
    const successes = $("afgelopen-successen");
    show(successes, Boolean(state.progressMeeting));
    if (state.progressMeeting) {
      successesOnly(successes, state.progressMeeting);
    }

    stopTimer();
    if (!seen.ended) {
      announce("De sessie is afgelopen.");
      seen.ended = true;
    }

    return;
  }

  show($("afgelopen"), false);
  show($("indeling"), true);
  root.classList.toggle("live--prioritising", tabletPrioritising.render(state.prioritising ?? null, { command: session.command, announce }));
  // Session 2 with a verbeteragenda: the agenda flow takes the place of the scoring view.
  const agendaActive = renderAgendaView($("verbeteragenda"), state, { command: (...args) => session.command(...args), announce, dialog: $("bevestigen") });
  document.querySelectorAll(".live-item, .live-round, .live-points, #console .live-controls").forEach((part) => show(part, !agendaActive));
  // The scored items and the voting settings belong to the rounds; next to the agenda they would only distract.
  [$("agenda-paneel"), $("instellingen-paneel")].forEach((part) => show(part, !agendaActive));
  // Without the round controls the bar only names the chair; sticking, it would just cover the agenda's forms.
  root.classList.toggle("live--agenda", agendaActive);
  // In a voortgangsoverleg the improvement points per item are the notes per action.
  const progress = Boolean(state.progressMeeting);
  setText($("punten-kop"), progress ? "Notities bij deze actie" : "Verbeterpunten bij dit onderwerp");
  setText($("punt-label"), progress ? "Nieuwe notitie" : "Nieuw verbeterpunt");
  setText($("punt-knop"), progress ? "Notitie toevoegen" : "Verbeterpunt toevoegen");
  setText($("geen-punten"), progress ? "Nog geen notities." : "Nog geen verbeterpunten.");
  renderProgressMeeting($("voortgang-actie"), state.progressMeeting ?? null, {
    steering: chairState !== null,
    command: (...args) => session.command(...args),
    announce,
    itemId: () => own?.item?.itemId,
  });
  renderItem(state);
  renderRound(state);
  renderPoints(state);
  renderConsole(chairState);
  measureConsole();
  announceChanges(state, chairState);
}

function announceChanges(state, chairState) {
  const steering = chairState !== null;
  const messages = [];
  if (seen.steering !== undefined && seen.steering !== steering) {
    messages.push(steering ? "Je bent nu voorzitter; het bedieningspaneel staat bovenaan." : "Je bent geen voorzitter meer.");
  }

  const itemId = state.item?.itemId ?? null;
  const stateNow = roundState(state.round);
  if (seen.itemId !== undefined && seen.itemId !== itemId && state.item) {
    messages.push(`Nieuw onderwerp: ${state.item.number}. ${state.item.title}.`);
  }

  if (seen.roundState !== undefined && (seen.roundState !== stateNow || seen.roundId !== state.round?.roundId)) {
    const words = { open: "De stemronde is open. Kies je antwoord.", closed: "De stemronde is gesloten.", revealed: "De uitslag is bekend." };
    if (words[stateNow]) {
      messages.push(words[stateNow]);
    }
  }

  seen = { ...seen, itemId, roundState: stateNow, roundId: state.round?.roundId, steering };
  if (messages.length > 0) {
    announce(messages.join(" "));
  }
}

function renderItem(state) {
  const item = state.item;
  if (!item) {
    setText($("onderwerp-plaats"), state.progressMeeting?.name ?? `Sessie ${state.sessionNumber}`);
    setText($("onderwerp-kop"), "Er staat geen onderwerp klaar");
    show($("onderwerp-vraag"), false);
    return;
  }

  const instrument = data.instrument(item.instrumentId);
  setText($("onderwerp-plaats"), state.progressMeeting
    ? `${state.progressMeeting.name} · actie ${item.position + 1} van ${item.agendaLength}`
    : `Sessie ${state.sessionNumber} · ${instrument?.name ?? ""} · onderwerp ${item.position + 1} van ${item.agendaLength}`);
  setText($("onderwerp-kop"), `${item.number}. ${item.title}`);
  setText($("onderwerp-vraag"), item.question ?? "");
  show($("onderwerp-vraag"), Boolean(item.question));
  setText($("onderwerp-uitleg"), item.explanation);
  const link = $("onderwerp-link");
  // An action of the verbeteragenda has no page in the kennisbank.
  show(link.parentElement, !state.progressMeeting);
  const href = knowledgeLink(item);
  if (link.getAttribute("href") !== href) {
    link.setAttribute("href", href);
  }
}

function renderRound(state) {
  const round = state.round;
  const stateNow = roundState(round);
  setText($("ronde-status"), roundStatusText(round));

  const waiting = { none: "Wacht op de voorzitter…", closed: "De stemronde is gesloten. Wacht op de uitslag…" }[stateNow];
  setText($("wachten"), waiting ?? "");
  show($("wachten"), Boolean(waiting));

  const chosen = state.item?.options.find((o) => o.code === state.myAnswer);
  const mine = $("mijn-antwoord");
  setText(mine, chosen ? `Jouw antwoord: ${chosen.label}` : stateNow === "none" ? "" : "Je hebt in deze ronde niet gestemd.");
  show(mine, stateNow === "closed" || stateNow === "revealed");

  const open = stateNow === "open";
  show($("stemmen"), open);
  if (open) {
    renderAnswers(state);
  }

  if (round && commentRoundId !== round.roundId) {
    commentRoundId = round.roundId;
    $("toelichting").value = state.myComment ?? "";
    setText($("stem-melding"), "");
  }

  const result = $("uitslag");
  if (stateNow === "revealed") {
    replaceChildren(result, el("h3", { class: "utrecht-heading-3" }, "Uitslag"), resultView(round, data, { headingLevel: 4, idPrefix: "uitslag" }));
    show(result, true);
  } else {
    show(result, false);
    result.replaceChildren();
  }
}

function renderAnswers(state) {
  const options = state.item?.options ?? [];
  const key = `${state.round.roundId}|${options.map((o) => o.code).join(",")}`;
  const container = $("antwoorden");
  if (key !== answersKey) {
    answersKey = key;
    replaceChildren(
      container,
      options.map((option, index) => {
        const descriptionId = `antwoord-uitleg-${index}`;
        const button = el(
          "button",
          {
            type: "button",
            class: "live-answer",
            "aria-pressed": "false",
            "aria-describedby": descriptionId,
            "data-code": option.code,
            "data-focus": `antwoord-${option.code}`,
          },
          el("span", { class: "live-answer__label" }, option.label),
          // Hidden from the name (which stays the answer itself) but read as the button's description.
          el("span", { class: "live-answer__description", id: descriptionId, "aria-hidden": "true" }, option.description),
        );
        button.addEventListener("click", () => vote(option.code));
        return button;
      }),
    );
  }

  for (const button of container.querySelectorAll("button[data-code]")) {
    const pressed = button.dataset.code === state.myAnswer;
    button.setAttribute("aria-pressed", pressed ? "true" : "false");
  }
}

async function vote(code) {
  const round = own?.round;
  if (!round) {
    return;
  }

  const label = own.item?.options.find((o) => o.code === code)?.label ?? code;
  setText($("stem-melding"), session.isJoined() ? "Bezig met opslaan…" : "Je antwoord wordt verstuurd zodra de verbinding terug is…");
  const comment = $("toelichting").value;
  const result = await session.command("Vote", round.roundId, code, comment);
  if (result.ok) {
    // The room only hears that someone voted; the answer itself comes back to this tablet alone, with the acknowledgement.
    session.updateOwn({ myAnswer: code, myComment: comment.trim() || null });
  }

  setText($("stem-melding"), result.ok ? `Opgeslagen: ${label}.` : result.message);
}

$("toelichting-opslaan").addEventListener("click", async () => {
  if (!own?.round || roundState(own.round) !== "open") {
    return;
  }

  if (!own.myAnswer) {
    setText($("stem-melding"), "Kies eerst een antwoord; je toelichting gaat met je antwoord mee.");
    return;
  }

  setText($("stem-melding"), "Bezig met opslaan…");
  const comment = $("toelichting").value;
  const result = await session.command("Vote", own.round.roundId, own.myAnswer, comment);
  if (result.ok) {
    session.updateOwn({ myComment: comment.trim() || null });
  }

  setText($("stem-melding"), result.ok ? "Opgeslagen: je toelichting." : result.message);
});

function renderPoints(state) {
  const itemId = state.item?.itemId;
  const points = state.improvementPoints.filter((p) => p.itemId === itemId);
  const list = $("punten");
  const steering = chair !== null;
  if (!steering) {
    editingPointId = null;
    replaceChildren(list, pointItems(points, itemId));
  } else {
    replaceChildren(list, points.map((p, index) => editablePoint(p, index + 1)));
  }

  show($("geen-punten"), points.length === 0);
  show($("punt-formulier"), steering);
}

function editablePoint(point, number) {
  if (editingPointId === point.id) {
    const inputId = `punt-wijzigen-${point.id}`;
    const input = el("textarea", { class: "utrecht-textarea utrecht-textarea--html-textarea live-comment__input", id: inputId, rows: 2, maxlength: 500, "data-focus": `punt-invoer-${point.id}` });
    input.value = editingDraft;
    input.addEventListener("input", () => {
      editingDraft = input.value;
    });
    const save = el("button", { type: "button", class: "utrecht-button utrecht-button--primary-action", "data-focus": `punt-bewaar-${point.id}` }, "Opslaan");
    save.addEventListener("click", async () => {
      const result = await steer("ReviseImprovementPoint", point.id, input.value);
      if (result.ok) {
        editingPointId = null;
        setText($("console-melding"), "Verbeterpunt gewijzigd.");
        render(own, chair);
      }
    });
    const cancel = el("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action" }, "Annuleren");
    cancel.addEventListener("click", () => {
      editingPointId = null;
      render(own, chair);
    });
    return el(
      "li",
      { class: "live-point live-point--editing" },
      el("label", { class: "live-comment__label", for: inputId }, `Verbeterpunt ${number} wijzigen`),
      el("div", { class: "live-comment__row" }, input, save, cancel),
    );
  }

  const edit = el("button", { type: "button", class: "utrecht-button utrecht-button--subtle live-small-button", "data-focus": `punt-wijzig-${point.id}` },
    "Wijzigen", el("span", { class: "site-visually-hidden" }, ` verbeterpunt ${number}`));
  edit.addEventListener("click", () => {
    editingPointId = point.id;
    editingDraft = point.text;
    render(own, chair);
    document.getElementById(`punt-wijzigen-${point.id}`)?.focus();
  });
  const remove = el("button", { type: "button", class: "utrecht-button utrecht-button--subtle live-small-button", "data-focus": `punt-weg-${point.id}` },
    "Verwijderen", el("span", { class: "site-visually-hidden" }, ` verbeterpunt ${number}`));
  remove.addEventListener("click", async () => {
    if (await confirmDialog($("bevestigen"), `Verbeterpunt "${point.text}" verwijderen?`, "Verwijderen")) {
      const result = await steer("RemoveImprovementPoint", point.id);
      if (result.ok) {
        setText($("console-melding"), "Verbeterpunt verwijderd.");
      }
    }
  });
  return el("li", { class: "live-point" }, el("span", { class: "live-point__text" }, point.text), el("span", { class: "live-point__actions" }, edit, remove));
}

$("punt-formulier").addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = $("punt-tekst");
  const text = input.value.trim();
  if (!own?.item) {
    return;
  }

  if (!text) {
    setText($("console-melding"), "Schrijf eerst het verbeterpunt op.");
    input.focus();
    return;
  }

  const result = await steer("RecordImprovementPoint", own.item.itemId, text);
  if (result.ok) {
    input.value = "";
    setText($("console-melding"), "Verbeterpunt opgeslagen.");
  }
});

/** A chair command; a refusal is shown in the console's message line. */
async function steer(method, ...args) {
  const result = await session.command(method, ...args);
  setText($("console-melding"), result.ok ? "" : result.message);
  return result;
}

function renderConsole(chairState) {
  const steering = chairState !== null;
  show($("console"), steering);
  show($("console-zijkant"), steering);
  root.classList.toggle("live--chair", steering);
  if (!steering) {
    stopTimer();
    return;
  }

  const round = chairState.own.round;
  const stateNow = roundState(round);
  const item = chairState.own.item;
  const enabled = {
    OpenRound: Boolean(item) && stateNow === "none",
    CloseRound: stateNow === "open",
    Reveal: stateNow === "closed",
    Revote: stateNow === "closed" || stateNow === "revealed",
    Previous: Boolean(item) && item.position > 0,
    Next: Boolean(item) && item.position + 1 < item.agendaLength,
  };
  for (const button of document.querySelectorAll("#console [data-command]")) {
    button.disabled = !enabled[button.dataset.command];
  }

  if (stateNow === "open") {
    startTimer(round);
  } else {
    stopTimer();
  }

  chairPrioritising.render(chairState);
  renderPeople(chairState);
  renderAgenda(chairState);
  renderSettings(chairState);
  renderChair(chairState);
}

for (const button of document.querySelectorAll("#console [data-command]")) {
  button.addEventListener("click", async () => {
    const method = button.dataset.command;
    const roundId = chair?.own.round?.roundId;
    const args = method === "CloseRound" || method === "Reveal" ? [roundId] : [];
    await steer(method, ...args);
  });
}

function startTimer(round) {
  const since = round.openedAt ? Date.parse(round.openedAt) : Date.now();
  if (timer?.roundId === round.roundId) {
    return;
  }

  stopTimer();
  const tick = () => setText($("timer-tijd"), elapsed(since));
  tick();
  timer = { roundId: round.roundId, handle: setInterval(tick, 1000) };
  show($("timer"), true);
}

function stopTimer() {
  if (timer) {
    clearInterval(timer.handle);
    timer = null;
  }

  show($("timer"), false);
}

function renderPeople(chairState) {
  const hasRound = roundState(chairState.own.round) !== "none";
  const present = chairState.people.filter((p) => p.present).length;
  const round = chairState.own.round;
  setText($("mensen-samenvatting"), `${present} van ${chairState.people.length} aanwezig${round ? ` · ${round.progress}` : ""}`);
  replaceChildren(
    $("mensen"),
    chairState.people.map((p) =>
      el(
        "li",
        { class: `live-person${p.present ? "" : " live-person--away"}` },
        el("span", { class: "live-person__name" }, p.name, p.isChair ? " (voorzitter)" : ""),
        el("span", { class: "live-person__presence" }, p.present ? "aanwezig" : "afwezig"),
        hasRound
          ? el("span", { class: `live-person__vote${p.voted ? " live-person__vote--done" : ""}` },
            p.voted ? [el("span", { "aria-hidden": "true" }, "✓ "), "gestemd"] : "nog niet")
          : null,
      ),
    ),
  );
}

function renderAgenda(chairState) {
  const key = JSON.stringify(chairState.agenda);
  if (key === agendaKey) {
    return;
  }

  agendaKey = key;
  const groups = [];
  for (const entry of chairState.agenda) {
    const instrument = data.instrumentOfItem(entry.itemId);
    const name = instrument?.name ?? "Agenda";
    let group = groups.at(-1);
    if (!group || group.name !== name) {
      group = { name, entries: [] };
      groups.push(group);
    }

    group.entries.push(entry);
  }

  replaceChildren(
    $("agenda"),
    groups.map((group, index) => {
      const headingId = `agenda-groep-${index}`;
      return el(
        "div",
        { class: "live-agenda__group" },
        el("h3", { class: "live-agenda__heading", id: headingId }, group.name),
        el(
          "ol",
          { class: "live-agenda__list", "aria-labelledby": headingId },
          group.entries.map((entry) => {
            const button = el(
              "button",
              {
                type: "button",
                class: `live-agenda__item live-agenda__item--${statusClass(entry.roundState)}`,
                "aria-current": entry.isCurrent ? "step" : false,
                "data-focus": `agenda-${entry.position}`,
              },
              el("span", { class: "live-agenda__title" }, `${entry.number}. ${entry.title}`),
              el("span", { class: "live-agenda__status" }, entry.isCurrent ? `nu · ${entry.status}` : entry.status),
            );
            button.addEventListener("click", () => steer("GoTo", entry.position));
            return el("li", {}, button);
          }),
        ),
      );
    }),
  );
}

/** The look of an agenda item follows the state of its latest round; the words beside it come from the server. */
function statusClass(roundState) {
  return { open: "open", closed: "closed", revealed: "done" }[roundState] ?? "todo";
}

function renderSettings(chairState) {
  const auto = $("automatisch");
  if (document.activeElement !== auto || auto.checked === chairState.autoReveal) {
    auto.checked = chairState.autoReveal;
  }

  const started = chairState.agenda.some((entry) => entry.roundState !== "none");
  setText($("open-status"), chairState.openDiscussion
    ? "De groep koos voor open bespreken: de uitslag per domein is zichtbaar."
    : "De uitslag per domein blijft verborgen zolang een domein minder dan drie stemmen heeft.");
  show($("open-bespreken"), !chairState.openDiscussion && !started);
}

$("automatisch").addEventListener("change", async (event) => {
  const result = await steer("SetAutoReveal", event.target.checked);
  if (!result.ok && chair) {
    event.target.checked = chair.autoReveal;
  }
});

$("open-bespreken").addEventListener("click", async () => {
  const question = "Kiest de groep voor open bespreken? Dan is de uitslag per domein te zien, ook als een domein uit twee mensen bestaat. Dit komt in het verslag en kan in deze sessie niet terug.";
  if (await confirmDialog($("bevestigen"), question, "Ja, open bespreken")) {
    await steer("ChooseOpenDiscussion");
  }
});

function renderChair(chairState) {
  const current = chairState.people.find((p) => p.isChair);
  setText($("voorzitter-nu"), current ? `Voorzitter nu: ${current.name}.` : "");
  const select = $("nieuwe-voorzitter");
  const candidates = chairState.people.filter((p) => p.present && !p.isChair);
  const selected = select.value;
  replaceChildren(
    select,
    candidates.length === 0
      ? [el("option", { value: "" }, "Nog niemand anders aanwezig")]
      : candidates.map((p) => el("option", { value: p.seatId, selected: p.seatId === selected }, p.name)),
  );
  for (const control of $("overdragen").querySelectorAll("select, button")) {
    control.disabled = candidates.length === 0;
  }

  show($("terugnemen"), isInitiator && current !== undefined && current.seatId !== mySeatId);
}

$("overdragen").addEventListener("submit", async (event) => {
  event.preventDefault();
  const to = $("nieuwe-voorzitter").value;
  if (to) {
    const result = await steer("HandOverChair", to);
    if (result.ok) {
      setText($("console-melding"), "Het voorzitterschap is overgedragen.");
    }
  }
});

$("terugnemen").addEventListener("click", () => steer("TakeBackChair"));

$("beeindigen").addEventListener("click", async () => {
  if (await confirmDialog($("bevestigen"), "De sessie beëindigen? Daarna kan niemand meer stemmen.", "Ja, beëindigen")) {
    await steer("End");
  }
});
