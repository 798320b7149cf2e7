import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props<P> {
  /** Loads the component (a dynamic import): its code stays out of the popup's startup script. */
  load: () => Promise<ComponentType<P>>;
  props: P;
  /** Shown until it has loaded, holding its place. */
  fallback: ComponentChildren;
}

/**
 * A part of the popup that its first paint doesn't need, loaded after it:
 * every kilobyte of script the popup starts with is time before the
 * shortlist's first rows appear.
 */
export function Deferred<P extends object>({ load, props, fallback }: Props<P>) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((component) => live && setLoaded(() => component));
    return () => {
      live = false;
    };
  }, [load]);
  return Loaded ? <Loaded {...props} /> : <>{fallback}</>;
}
