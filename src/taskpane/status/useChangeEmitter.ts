import * as React from "react";

export type ChangeEmitter = {
  emit: () => void;
  subscribe: (listener: () => void) => () => void;
};

/** The user's edits in the in-browser grid, for Validar to re-validate on (the grid is the only way to edit there). */
export function useChangeEmitter(): ChangeEmitter {
  return React.useMemo(() => {
    const listeners = new Set<() => void>();
    return {
      emit: () => listeners.forEach((listener) => listener()),
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  }, []);
}
