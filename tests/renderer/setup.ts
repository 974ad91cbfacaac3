import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Screens other than the overview load on first use; on a busy two-core machine that can take
// longer than Testing Library's one-second default, so `findBy…` and `waitFor` wait longer. What
// never appears still fails, within the per-test time limit.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
