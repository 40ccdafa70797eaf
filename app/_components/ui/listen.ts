type Handlers<M> = { [K in keyof M]?: (event: M[K]) => void };

/** Adds each handler to `target` for its event and returns what removes them all, for an
 *  effect's cleanup (with the same options, so a capturing one is removed too). */
export function listen(
  target: Document,
  handlers: Handlers<DocumentEventMap>,
  options?: boolean | AddEventListenerOptions,
): () => void;
export function listen(
  target: Window,
  handlers: Handlers<WindowEventMap>,
  options?: boolean | AddEventListenerOptions,
): () => void;
export function listen(target: EventTarget, handlers: object, options?: boolean | AddEventListenerOptions) {
  const entries = Object.entries(handlers as Record<string, EventListener>);
  for (const [type, handler] of entries) target.addEventListener(type, handler, options);
  return () => {
    for (const [type, handler] of entries) target.removeEventListener(type, handler, options);
  };
}
