import { useEffect, useRef } from 'preact/hooks';

/** Focuses (and scrolls to) the element when it appears: the `autofocus` attribute only works at page load. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return ref;
}
