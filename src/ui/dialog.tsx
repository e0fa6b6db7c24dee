import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

/** Asks the learner before anything discards their work, in a modal <dialog> (focus trapped, Escape cancels). */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (confirm === null) throw new Error('useConfirm needs a ConfirmProvider');
  return confirm;
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<{ request: ConfirmRequest; answer: (yes: boolean) => void } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const confirm = useCallback<Confirm>(
    (request) => new Promise<boolean>((resolve) => setPending({ request, answer: resolve })),
    [],
  );

  useEffect(() => {
    if (pending !== null && dialog.current !== null && !dialog.current.open) dialog.current.showModal();
  }, [pending]);

  const close = (yes: boolean) => {
    pending?.answer(yes);
    setPending(null);
    dialog.current?.close();
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-message"
        data-testid="confirm-dialog"
        onCancel={(event) => {
          event.preventDefault();
          close(false);
        }}
      >
        {pending !== null && (
          <>
            <h2 id="confirm-title">{pending.request.title}</h2>
            <p id="confirm-message">{pending.request.message}</p>
            <div className="dialog-actions">
              <button type="button" className="button button-quiet" autoFocus onClick={() => close(false)}>
                {pending.request.cancelLabel ?? 'Cancel'}
              </button>
              <button type="button" className="button button-danger" data-testid="confirm-yes" onClick={() => close(true)}>
                {pending.request.confirmLabel}
              </button>
            </div>
          </>
        )}
      </dialog>
    </ConfirmContext.Provider>
  );
}
