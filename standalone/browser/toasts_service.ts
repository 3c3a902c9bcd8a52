import type { ReactNode } from 'react';
import { BehaviorSubject } from 'rxjs';

import type {
  ErrorToastOptions,
  IToasts,
  Toast,
  ToastInput,
  ToastInputFields,
  ToastOptions,
} from '../../public/kibana_contracts';

/** A toast as `EuiGlobalToastList` renders it. */
export interface EuiToastItem {
  id: string;
  title?: ReactNode;
  text?: ReactNode;
  color: 'success' | 'warning' | 'danger' | 'primary';
  iconType: string;
  toastLifeTimeMs?: number;
  'data-test-subj'?: string;
}

const toFields = (input: ToastInput): ToastInputFields =>
  typeof input === 'string' ? { title: input } : input;

/** `notifications.toasts` for the standalone page, listed by the header's `EuiGlobalToastList`. */
export class StandaloneToastsService implements IToasts {
  private nextId = 1;

  readonly toasts$ = new BehaviorSubject<EuiToastItem[]>([]);

  addSuccess(toastOrTitle: ToastInput, options?: ToastOptions): Toast {
    return this.add(toFields(toastOrTitle), 'success', 'check', options);
  }

  addDanger(toastOrTitle: ToastInput, options?: ToastOptions): Toast {
    return this.add(toFields(toastOrTitle), 'danger', 'error', options);
  }

  addError(error: Error, { title, toastMessage, toastLifeTimeMs }: ErrorToastOptions): Toast {
    // Kibana's toast links to the full error, so here the console keeps it.
    console.error(title, error);

    const fields = { title, text: toastMessage ?? error.message };

    return this.add(fields, 'danger', 'error', { toastLifeTimeMs });
  }

  remove(id: string): void {
    this.toasts$.next(this.toasts$.getValue().filter((toast) => toast.id !== id));
  }

  private add(
    fields: ToastInputFields,
    color: EuiToastItem['color'],
    iconType: string,
    options: ToastOptions = {}
  ): Toast {
    const toast: Toast = { ...fields, id: String(this.nextId++) };

    this.toasts$.next([
      ...this.toasts$.getValue(),
      { ...toast, color, iconType, toastLifeTimeMs: options.toastLifeTimeMs },
    ]);

    return toast;
  }
}
