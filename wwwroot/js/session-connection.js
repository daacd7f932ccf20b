// One SignalR connection to the live session, shared by the tablet, the chair's console and the screen.
// The server is authoritative: on every (re)connect we join again and render the full state it pushes; commands carry
// a command id made here, so re-sending one after a reconnect never counts twice.

const signalR = window.signalR;

/** Keeps trying for the whole session: quickly at first, then every ten seconds with some jitter so twelve tablets
 *  that lost the same Wi-Fi do not all knock at once. The library's default gives up after about 42 seconds. */
export const retryPolicy = {
  nextRetryDelayInMilliseconds(context) {
    const steps = [0, 1000, 2000, 5000];
    if (context.previousRetryCount < steps.length) {
      return steps[context.previousRetryCount];
    }

    return 10000 + Math.floor(Math.random() * 2000);
  },
};

export function newCommandId() {
  if (window.crypto?.randomUUID) {
    return window.crypto.randomUUID();
  }

  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Connects and keeps connected.
 * @param {object} options
 * @param {(connection: object) => Promise<object>} options.join  calls Join or JoinScreen; returns the SessionResult
 * @param {object} options.handlers  { participantState, chairState, screenState } render functions
 * @param {HTMLElement} options.banner  the "Verbinding herstellen…" element (role=status)
 * @param {(message: string) => void} options.onRefused  shows a Dutch refusal (e.g. of the join)
 */
export function connectSession({ join, handlers, banner, onRefused }) {
  // Straight to a WebSocket without the negotiate request: negotiating hands out a connection id that only the node
  // which answered knows, so behind a proxy that spreads requests over several nodes the connection would fail.
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/sessie", { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
    .withAutomaticReconnect(retryPolicy)
    .configureLogging(signalR.LogLevel.None)
    .build();

  let shown = 0;
  let joined = false;
  let waiters = [];
  let fetching = false;
  // The latest state of this connection, as rendered: a full state, then patched by the small updates.
  let latest = null;
  // Versions between the last full state and the newest update that have not come (yet). Two commands that finish at
  // the same moment may arrive the other way round; only a version still missing after a short wait asks for the state.
  let missing = new Set();
  let gapTimer = null;

  const fetchState = async () => {
    if (fetching) {
      return;
    }

    fetching = true;
    try {
      await connection.invoke("GetState");
    } catch {
      // The next reconnect asks for the full state anyway.
    } finally {
      fetching = false;
    }
  };

  const watchGaps = () => {
    if (missing.size === 0 || gapTimer) {
      return;
    }

    gapTimer = setTimeout(() => {
      gapTimer = null;
      if (missing.size > 0) {
        missing = new Set();
        fetchState();
      }
    }, 400);
  };

  const advanceTo = (version) => {
    for (let v = shown + 1; v < version; v++) {
      missing.add(v);
    }

    missing.delete(version);
    shown = version;
  };

  const accept = (kind, render) => (state) => {
    if (state.version < shown) {
      // An older full state that fills a gap may hold a change the newer small updates do not carry.
      if (missing.has(state.version)) {
        missing = new Set();
        fetchState();
      }

      return;
    }

    // A full state holds everything up to its version: nothing before it is missing any more.
    missing = new Set([...missing].filter((v) => v > state.version));
    shown = state.version;
    latest = { kind, state, render };
    render(state);
  };

  /** The room's small updates: after a vote the count and who voted (never an answer), after someone came in or left
   *  who is present. Each carries the whole of what it is about, so a newer one makes an older one that arrives late
   *  superfluous. */
  const smallUpdate = (patch) => (update) => {
    if (update.version <= shown) {
      missing.delete(update.version);
      return;
    }

    advanceTo(update.version);
    if (latest) {
      latest.state = patch(latest.kind, latest.state, update);
      latest.render(latest.state);
    }

    watchGaps();
  };

  connection.on("ParticipantState", accept("participant", handlers.participantState ?? (() => {})));
  connection.on("ChairState", accept("chair", handlers.chairState ?? (() => {})));
  connection.on("ScreenState", accept("screen", handlers.screenState ?? (() => {})));
  connection.on("VoteCounted", smallUpdate(withVoteCount));
  connection.on("PresenceChanged", smallUpdate(withPresence));

  // Set when the server says it is stopping (an update or a restart): until we are back, say that instead.
  let restarting = false;
  connection.on("ServerRestarting", () => {
    restarting = true;
    showBanner("De server start opnieuw…");
  });

  // Set when this person's access ended (account switched off, withdrawn from the scan): the server closes the
  // connection; do not reconnect, say why.
  let ended = false;
  connection.on("AccessEnded", (message) => {
    ended = true;
    joined = false;
    hideBanner();
    onRefused(message);
    connection.stop();
  });

  const showBanner = (text) => {
    banner.textContent = restarting ? "De server start opnieuw…" : text;
    banner.hidden = false;
  };

  const hideBanner = () => {
    banner.hidden = true;
    banner.textContent = "";
  };

  const ready = () => {
    joined = true;
    restarting = false;
    hideBanner();
    const waiting = waiters;
    waiters = [];
    waiting.forEach((resolve) => resolve());
  };

  const joinAgain = async () => {
    // A state from before the reconnect may be older than one the server now sends; start counting afresh.
    shown = 0;
    missing = new Set();
    const result = await join(connection);
    if (result?.ok) {
      ready();
    } else {
      onRefused(result?.message ?? "Je kunt niet aan deze sessie meedoen.");
      hideBanner();
    }
  };

  const start = async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        await connection.start();
        await joinAgain();
        return;
      } catch {
        showBanner("Verbinding herstellen…");
        await new Promise((resolve) => setTimeout(resolve, retryPolicy.nextRetryDelayInMilliseconds({ previousRetryCount: attempt })));
      }
    }
  };

  connection.onreconnecting(() => {
    joined = false;
    if (ended) {
      connection.stop();
      return;
    }

    showBanner("Verbinding herstellen…");
  });
  connection.onreconnected(() => joinAgain().catch(() => showBanner("Verbinding herstellen…")));
  // Only after the retry policy stops (it never does) or a fatal error: start over ourselves.
  connection.onclose(() => {
    joined = false;
    if (ended) {
      return;
    }

    showBanner("Verbinding herstellen…");
    setTimeout(start, 2000);
  });

  holdWakeLock();
  start();

  const whenJoined = () => (joined ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve)));

  /** Sends a command with a fresh command id and waits for the server's answer; when the connection drops on the
   *  way, it waits for the reconnect and sends the same command, with the same id, again. */
  const command = async (method, ...args) => {
    const id = newCommandId();
    for (;;) {
      await whenJoined();
      try {
        return await connection.invoke(method, id, ...args);
      } catch (error) {
        if (connection.state === signalR.HubConnectionState.Connected) {
          return { ok: false, message: "Er ging iets mis. Probeer het opnieuw; lukt het niet, ververs dan de pagina." };
        }

        joined = false;
      }
    }
  };

  /** Changes this connection's own part of the latest state (the tablet's answer after the server acknowledged a
   *  vote) and renders it again. */
  const updateOwn = (change) => {
    if (!latest || latest.kind === "screen") {
      return;
    }

    latest.state = latest.kind === "chair" ? { ...latest.state, own: { ...latest.state.own, ...change } } : { ...latest.state, ...change };
    latest.render(latest.state);
  };

  return { connection, command, updateOwn, isJoined: () => joined };
}

/** The state with a round's new count: the tally of its round, and on the console who has voted. */
export function withVoteCount(kind, state, update) {
  const counted = (round) => (round && round.roundId === update.roundId
    ? { ...round, voted: update.seats.length, progress: update.progress }
    : round);
  if (kind !== "chair") {
    return { ...state, version: update.version, round: counted(state.round) };
  }

  const voted = new Set(update.seats);
  const sameRound = state.own.round?.roundId === update.roundId;
  return {
    ...state,
    own: { ...state.own, version: update.version, round: counted(state.own.round) },
    people: sameRound ? state.people.map((p) => ({ ...p, voted: voted.has(p.place) })) : state.people,
  };
}

/** The state with who is present now: the screen's list of names and the console's people. */
export function withPresence(kind, state, update) {
  if (kind === "screen") {
    return { ...state, version: update.version, present: update.names };
  }

  if (kind !== "chair") {
    return { ...state, version: update.version };
  }

  const present = new Set(update.present);
  return {
    ...state,
    own: { ...state.own, version: update.version },
    people: state.people.map((p) => ({ ...p, present: present.has(p.place) })),
  };
}

/** A lock held for as long as the page lives makes browsers less eager to freeze a tab on a tablet that dims its
 *  screen, so the connection (and the seat's presence) survives a short pause. */
function holdWakeLock() {
  if (navigator.locks?.request) {
    // A name of its own, so a second tab does not queue behind the first and go without.
    navigator.locks.request(`glansrijk-sessie-${newCommandId()}`, () => new Promise(() => {})).catch(() => {});
  }
}
