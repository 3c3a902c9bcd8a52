import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/** Returns the latest value of `observable`, starting with `initialValue`. */
export const useObservable = <T>(observable: Observable<T>, initialValue: T): T => {
  const [value, setValue] = useState(initialValue);

  useEffect(() => {
    const subscription = observable.subscribe(setValue);

    return () => subscription.unsubscribe();
  }, [observable]);

  return value;
};
