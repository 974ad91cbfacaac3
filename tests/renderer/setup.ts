import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// A busy two-core machine can take more than Testing Library's default second to re-render a
// screen; slowness must not read as failure (see vitest.config.ts).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
