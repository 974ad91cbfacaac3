/** The current time, refreshed now and then, so ages like "8 days ago" move on while the app stays open. */
import { useEffect, useState } from 'react';

/** Re-renders every `intervalMs` with a fresh Date. */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
