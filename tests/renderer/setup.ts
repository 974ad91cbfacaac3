import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Screens load lazily; on a busy two-core machine their first load alone can pass Testing Library's one-second default.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
