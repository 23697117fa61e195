// comlink endpoints over a child process's IPC channel, one for each side. Messages are
// structured-cloned by Node ("advanced" serialization); nothing is transferred.
import type { Endpoint } from "comlink";
import type { ChildProcess } from "node:child_process";

type Listener = (event: MessageEvent) => void;

interface MessageChannelLike {
  send?(message: unknown): boolean;
  on(event: "message", handler: (message: unknown) => void): unknown;
  off(event: "message", handler: (message: unknown) => void): unknown;
}

function endpointOver(channel: MessageChannelLike, send: (message: unknown) => void): Endpoint {
  const handlers = new WeakMap<object, (message: unknown) => void>();
  return {
    postMessage: (message: unknown) => send(message),
    addEventListener: (_type: string, listener: EventListenerOrEventListenerObject) => {
      const handler = (data: unknown) => {
        const event = { data } as MessageEvent;
        if (typeof listener === "function") (listener as Listener)(event);
        else listener.handleEvent(event);
      };
      handlers.set(listener, handler);
      channel.on("message", handler);
    },
    removeEventListener: (_type: string, listener: EventListenerOrEventListenerObject) => {
      const handler = handlers.get(listener);
      if (handler) channel.off("message", handler);
    },
  };
}

/** The judge's side: talks to the sandbox in `child`. */
export function childProcessEndpoint(child: ChildProcess): Endpoint {
  return endpointOver(child as unknown as MessageChannelLike, (message) => {
    // A dead child cannot answer; its death is reported through `died`.
    if (child.connected) child.send(message as never);
  });
}

/** The sandbox's side: talks to the judge that forked this process. */
export function parentProcessEndpoint(): Endpoint {
  if (!process.send) throw new Error("the sandbox must run in a forked child process");
  const send = process.send.bind(process);
  return endpointOver(process as unknown as MessageChannelLike, (message) => {
    send(message as never);
  });
}
